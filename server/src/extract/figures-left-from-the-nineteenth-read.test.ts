import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Figures and dates left from the nineteenth read of news copy (decision 460), mended or checked
 * in decision 475. The articles are in tests/fixtures/newsroom-read-460; the other texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const counted = (body: string, fragment: string): string[] => quoting(body, fragment).quantities.map((q) => q.text);
const dated = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

describe("a category's number is a label, not a count", () => {
  it("reads no count in 'the response to category 2 calls'", () => {
    const ambulance =
      "The average response to category 2 calls, which include heart attacks and strokes, was 35 minutes and 12 seconds.";
    expect(counted(ambulance, "category 2")).toEqual(["35 minutes and 12 seconds"]);
  });

  it("does so after 'to' before other words that are never verbs", () => {
    expect(counted("The town moved to Tier 2 restrictions on Monday.", "Tier 2")).toEqual([]);
    expect(counted("The storm was upgraded to category 4 status on Monday.", "category 4")).toEqual([]);
  });

  it("keeps labels read before: Category 1, category 4, Level 3, Tier 2, grade 2", () => {
    expect(counted("Category 1 incidents rose sharply in March.", "Category 1")).toEqual([]);
    expect(counted("A category 4 hurricane struck Florida on Monday.", "category 4")).toEqual([]);
    expect(counted("Level 3 restrictions were imposed on 14 areas in March.", "Level 3")).toEqual(["14 areas"]);
    expect(counted("Tier 2 areas saw 500 cases.", "Tier 2")).toEqual(["500 cases"]);
    expect(counted("The grade 2 listed building was sold in March.", "grade 2")).toEqual([]);
  });

  it("still counts categories and tiers, and a verb after 'to'", () => {
    expect(counted("There are 2 categories of call, the trust said.", "categories")).toEqual(["2 categories"]);
    expect(counted("The top 3 tiers lost 40 staff.", "tiers")).toEqual(["3 tiers", "40 staff"]);
    expect(counted("The council plans to grade 10 roads this year.", "grade")).toEqual(["10 roads"]);
    expect(counted("The union plans to stage 10 rallies.", "stage")).toEqual(["10 rallies"]);
  });
});

describe("times of day (already read as no quantity)", () => {
  it("counts nothing in '11.20pm', '18:00', '13:30' or 'at 11pm', and keeps the date", () => {
    const crash = "Tom Whitcombe was struck at about 11.20pm on June 14, police said.";
    expect(counted(crash, "11.20pm")).toEqual([]);
    expect(dated(crash, "11.20pm")).toEqual(["2025-06-14"]);
    const peak = "River levels were expected to peak between 18:00 and 21:00 on Thursday.";
    expect(counted(peak, "18:00")).toEqual([]);
    expect(quoting(peak, "18:00").dates).toHaveLength(1);
    expect(counted("National Grid said 4,200 homes were without power at 13:30.", "13:30")).toEqual(["4,200 homes"]);
    const close = "The summer transfer window will close at 11pm on Monday September 1.";
    expect(counted(close, "11pm")).toEqual([]);
    expect(dated(close, "11pm")).toEqual(["2026-09-01"]);
  });
});

describe("a span of two years (already read as two dates)", () => {
  it("dates '2025-26' 2025 and 2026 and counts no figure in it", () => {
    const spent = "The Welsh government spent £75m on flood defences in 2025-26, up from £71m the year before.";
    expect(dated(spent, "2025-26")).toEqual(["2025", "2026"]);
    expect(counted(spent, "2025-26")).toEqual(["£75m", "£71m"]);
    expect(dated("He scored 20 goals in the 2025-26 season.", "season")).toEqual(["2025", "2026"]);
  });
});

describe("an age after a name", () => {
  it("keeps the age a quantity but makes no statistic of it", () => {
    const jailed = "Daniel Pryce, 34, of Meadow Close, Redditch, was jailed on Monday.";
    expect(quoting(jailed, "Pryce").kind).not.toBe("statistic");
    expect(counted(jailed, "Pryce")).toEqual(["34"]);
    const harries = 'Lisa Harries, 47, who lives on Sion Street, told BBC Wales: "We\'ve moved everything upstairs."';
    expect(quoting(harries, "Harries").kind).not.toBe("statistic");
  });

  it("keeps a statistic that counts something besides the age", () => {
    expect(quoting("Daniel Pryce, 34, of Redditch, was jailed for 12 years.", "Pryce").kind).toBe("statistic");
    expect(quoting("Tom Whitfield, 34, from Belper, won 3 medals.", "Whitfield").kind).toBe("statistic");
    expect(quoting("The scheme ran over 40 years rather than 30.", "scheme").kind).toBe("statistic");
  });
});

describe("counter-examples from a review", () => {
  it("reads 'tier' and 'platform' after a modal as verbs whose count stays", () => {
    expect(counted("The firm said it would tier 3 products by price.", "tier 3")).toEqual(["3 products"]);
    expect(counted("The company will platform 40 new sellers this year.", "platform 40")).toEqual(["40 new sellers"]);
  });

  it("still reads the label after 'to' beside a modal", () => {
    expect(counted("The region will move to tier 3 from Monday.", "tier 3")).toEqual([]);
    expect(counted("The airline said it would move flights to terminal 5 and close 2 gates.", "terminal 5")).toEqual([
      "2 gates",
    ]);
  });

  it("keeps a statistic whose age is the record: 'oldest', 'youngest'", () => {
    const kind = (body: string, fragment: string): string => quoting(body, fragment).kind;
    expect(kind("Ethel Caterham, 116, is the oldest living person in the world.", "116")).toBe("statistic");
    expect(kind("Joe Biden, 82, is the oldest president in US history.", "82")).toBe("statistic");
    expect(kind("The youngest MP, Sam Carling, 22, was elected in 2024.", "22")).toBe("statistic");
    expect(kind("Rolling Stones frontman Mick Jagger, 82, announced a new tour.", "82")).not.toBe("statistic");
  });
});
