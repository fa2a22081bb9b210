import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Lead-ins and sources left from decisions 1050 and 1055 (decision 1085): "by 2024 standards" is a
 * yardstick, no date; "According to the rules" (and the terms, guidelines, regulations) names no
 * speaker, on its own line or under a one-word tag.
 */
const { claims } = claimsOn("2026-05-10");
const BEFORE = "Rents rose sharply across the country in the first quarter.";
/** The claim that quotes `fragment`. */
const claimWith = (body: string, fragment: string) => claims(body).find((x) => x.quote.includes(fragment));
/** The dates read in the claim that quotes `fragment`. */
const datesOf = (body: string, fragment: string) => claimWith(body, fragment)?.dates.map((d) => d.text);
/** Who is given the claim that quotes `fragment`, and its wording. */
const read = (body: string, fragment: string) => {
  const c = claimWith(body, fragment);
  return c && { who: c.claimant.name, text: c.text };
};

describe("'by 2024 standards' as a yardstick", () => {
  it("reads no date in 'By 2024 standards' at the sentence's head", () => {
    expect(datesOf("By 2024 standards, the rise of 5% was modest, the minister said.", "5%")).toEqual([]);
  });

  it("reads no date in 'by 2024 standards' after the figure", () => {
    expect(datesOf("The pay rise of 5% was small by 2024 standards, the union said.", "5%")).toEqual([]);
  });
});

describe("'According to the rules' names no speaker", () => {
  it("leaves 'According to the rules, …' the article's, with the rules in its wording", () => {
    expect(read("According to the rules, players must retire at 70.", "retire at 70")).toEqual({
      who: "the article",
      text: "According to the rules, players must retire at 70",
    });
  });

  it("leaves '…, according to the terms of the deal' the article's", () => {
    expect(read("The club will pay £40m, according to the terms of the deal.", "£40m")?.who).toBe("the article");
  });

  it("runs 'According to the guidelines' on under a one-word tag, the tag's speaker's", () => {
    const body = `${BEFORE} Otherwise, critics said\nAccording to the guidelines, patients must wait 18 weeks.`;
    expect(read(body, "18 weeks")?.who).toBe("critics");
  });
});

describe("near-misses of decision 1085's rules", () => {
  it("keeps the deadline of 'by 2024' and of 'By 2024, standards …'", () => {
    expect(datesOf("The council will cut 300 jobs by 2024, the mayor said.", "300 jobs")).toEqual(["by 2024"]);
    expect(datesOf("By 2024, standards of care will rise by 5%, the minister said.", "5%")).toEqual(["By 2024"]);
  });

  it("keeps a deadline before 'standards' that opens its clause with no comma", () => {
    expect(
      datesOf("By 2030 standards in schools will be judged on 12 measures, the minister said.", "12 measures"),
    ).toEqual(["By 2030"]);
  });

  it("keeps 'in 2024 standards were tightened' dated", () => {
    expect(datesOf("In 2024 standards were tightened and 300 firms were fined.", "300 firms")).toEqual(["In 2024"]);
  });

  it("keeps 'According to the figures' and 'According to the report' their documents'", () => {
    expect(read("According to the figures, 40% of schools are short of staff.", "40%")?.who).toBe("figures");
    expect(read("According to the report, 40% of schools are short of staff.", "40%")?.who).toBe("report");
  });

  it("keeps 'According to analysts' under a one-word tag their own", () => {
    const body = `${BEFORE} Otherwise, critics said\nAccording to analysts, prices would rise by 5% next year.`;
    expect(read(body, "rise by 5%")?.who).toBe("analysts");
  });

  it("keeps 'according to rules experts' a group of people", () => {
    expect(read("Players must retire at 70, according to rules experts.", "retire at 70")?.who).not.toBe("the article");
  });
});

describe("near-misses of decision 1085's rules (review)", () => {
  it("keeps the deadline where 'standards' opens its clause with a verb or a noun after it", () => {
    expect(datesOf("By 2030 standards need to rise by 20%, the minister said.", "20%")).toEqual(["By 2030"]);
    expect(datesOf("By 2030 standards bodies will cut 300 jobs, the minister said.", "300 jobs")).toEqual(["By 2030"]);
    expect(
      datesOf("By 2026 standards-setting bodies must report 12 measures, the minister said.", "12 measures"),
    ).toEqual(["By 2026"]);
  });

  it("keeps the time of 'Before 2024 standards changed'", () => {
    expect(datesOf("Before 2024 standards changed, 300 firms were fined, the regulator said.", "300 firms")).toEqual([
      "Before 2024",
    ]);
  });

  it("still reads no date in 'By 1950 standards the 4% growth was fast'", () => {
    expect(datesOf("By 1950 standards the 4% growth was fast, historians said.", "4%")).toEqual([]);
  });

  it("gives 'According to the rules, …, according to the league' to the league", () => {
    expect(read("According to the rules, players must retire at 70, according to the league.", "retire at 70")).toEqual(
      {
        who: "league",
        text: "According to the league, according to the rules, players must retire at 70",
      },
    );
  });

  it("keeps 'the rules committee' and 'rules experts' their own under a one-word tag", () => {
    const committee = `${BEFORE} Otherwise, critics said\nAccording to the rules committee, players must retire at 70.`;
    expect(read(committee, "retire at 70")?.who).toBe("rules committee");
    const experts = `${BEFORE} Meanwhile, ministers said\nAccording to regulations experts, costs will fall by 20%.`;
    expect(read(experts, "20%")?.who).toBe("regulations experts");
  });
});
