import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Figures and dates left from the nineteenth read of news copy (decisions 450 and 475), mended in
 * decision 490. The deadline and the standard are from tests/fixtures/newsroom-read-460; the
 * other texts are written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const counted = (body: string, fragment: string): string[] => quoting(body, fragment).quantities.map((q) => q.text);
const units = (body: string, fragment: string): (string | null)[] =>
  quoting(body, fragment).quantities.map((q) => q.unit);
const kindOf = (body: string, fragment: string): string => quoting(body, fragment).kind;

describe("a sequel's number before a verb of release", () => {
  it("counts nothing in 'Frozen 3 is expected to open in 2027'", () => {
    const frozen = "Frozen 3 is expected to open in 2027.";
    expect(counted(frozen, "Frozen 3")).toEqual([]);
    expect(quoting(frozen, "Frozen 3").dates.map((d) => d.value)).toEqual(["2027"]);
  });

  it("does so before 'opens', 'will be released' and 'hits cinemas'", () => {
    expect(counted("Toy Story 5 opens in cinemas in June.", "Toy Story 5")).toEqual([]);
    expect(counted("Avatar 4 will be released in 2029.", "Avatar 4")).toEqual([]);
    expect(counted("Shrek 5 hits cinemas in December.", "Shrek 5")).toEqual([]);
  });

  it("still counts films and stores, a plural verb, and a figure after a word that opens one", () => {
    expect(counted("3 films are expected to open in 2027.", "3 films")).toEqual(["3 films"]);
    expect(counted("About 3 are expected to open in June.", "About 3")).toEqual(["About 3"]);
    expect(counted("Only 5 will open in June.", "Only 5")).toEqual(["5"]);
    expect(counted("Frozen 3 took $100 million in its opening weekend.", "Frozen 3")).toEqual(["$100 million"]);
  });

  it("still counts stores after a sentence-opening preposition and a place or time (review)", () => {
    expect(counted("By Christmas 4 will open, the retailer said.", "By Christmas")).toEqual(["4"]);
    expect(counted("Across Wales 4 will open next spring.", "Across Wales")).toEqual(["4"]);
    expect(counted("Stranger Things 5 premieres on Netflix in November.", "Stranger Things")).toEqual([]);
    expect(counted("The Crown 6 premieres on Netflix in November.", "The Crown")).toEqual([]);
  });
});

describe("a rank's label between a count and its plural", () => {
  it("counts 40 incidents in '40 Category 1 incidents'", () => {
    expect(units("There were 40 Category 1 incidents last year.", "Category 1")).toEqual(["incidents"]);
  });

  it("counts buildings and incidents past 'Grade 2 listed', 'Grade II*' and 'Tier 1'", () => {
    expect(units("The council owns 12 Grade 2 listed buildings.", "Grade 2")).toEqual(["buildings"]);
    expect(units("The estate has 12 Grade II* listed buildings.", "Grade II*")).toEqual(["buildings"]);
    expect(units("There were 40 Tier 1 incidents in March.", "Tier 1")).toEqual(["incidents"]);
    expect(units("The firm has 300 Tier 1 suppliers.", "Tier 1")).toEqual(["suppliers"]);
    expect(units("Police seized 12 Class A drugs.", "Class A")).toEqual(["drugs"]);
  });

  it("leaves a label with no plural after it, categories counted, and a label alone", () => {
    expect(units("Only 40 Level 3 went ahead.", "Level 3")).toEqual(["level"]);
    expect(units("There were 40 categories of claim.", "categories")).toEqual(["categories"]);
    expect(counted("The storm reached Category 4 on Monday.", "Category 4")).toEqual([]);
  });
});

describe("a target named by its length", () => {
  const standard =
    "At the current rate of progress, the 18-week standard would not be met until well after the end of this parliament.";

  it("keeps '18-week' a quantity but makes no statistic of 'the 18-week standard'", () => {
    expect(counted(standard, "18-week")).toEqual(["18-week"]);
    expect(quoting(standard, "18-week").alsoKinds).not.toContain("statistic");
    expect(kindOf(standard, "18-week")).not.toBe("statistic");
    expect(kindOf("The 62-day cancer target has not been met since 2015.", "62-day")).not.toBe("statistic");
  });

  it("keeps a statistic for a new target, which 'a' or 'an' brings in (review)", () => {
    expect(kindOf("Ministers set a 10-year limit on the storage of frozen eggs.", "10-year")).toBe("statistic");
    expect(kindOf("Labour promised a 48-hour guarantee for GP appointments.", "48-hour")).toBe("statistic");
    expect(kindOf("A 15-minute time limit applies to speeches.", "15-minute")).toBe("statistic");
    expect(kindOf("The 62-day cancer target has not been met since 2015.", "62-day")).not.toBe("statistic");
  });

  it("keeps a statistic for a length the claim asserts, and for a share beside the target", () => {
    expect(kindOf("Patients faced an 18-week wait.", "18-week")).toBe("statistic");
    expect(kindOf("Patients waited 18 weeks for surgery.", "18 weeks")).toBe("statistic");
    expect(kindOf("Only 58% were seen within the 18-week target.", "18-week")).toBe("statistic");
  });
});

describe("digits after living things' plurals, and what befalls them", () => {
  it("counts 12 trees in 'tested 50 trees, and 12 were dead'", () => {
    expect(units("Inspectors tested 50 trees, and 12 were dead.", "12 were dead")).toEqual(["trees"]);
    expect(units("Beekeepers checked 200 hives, and 40 were dead.", "40 were dead")).toEqual(["hives"]);
  });

  it("lends trees and hives only to dying or living, not to what befalls people alone (review)", () => {
    expect(units("Gales uprooted 60 trees, and 12 were injured.", "12 were")).toEqual([null]);
    expect(units("The council removed 30 trees, and 5 were questioned.", "5 were")).toEqual([null]);
    expect(units("Police raided 12 colonies, and 40 were arrested.", "40 were")).toEqual([null]);
    expect(units("Rangers surveyed 300 oaks, and 45 had died.", "45 had")).toEqual(["oaks"]);
    expect(units("Wardens examined 30 elms, and 20 were alive.", "20 were")).toEqual(["elms"]);
  });

  it("still lends no homes or cars to what befalls people", () => {
    expect(units("The storm flattened 40 homes, and 12 are dead.", "12 are dead")).toEqual([null]);
    expect(units("Police stopped 60 cars, and 2 were arrested.", "2 were arrested")).toEqual([null]);
  });
});

describe("an age after a surname alone", () => {
  it("reads 34 as an age in 'Smith, 34, of Redditch' and 'Pryce, 34, was jailed'", () => {
    expect(units("Smith, 34, of Redditch, was jailed.", "Smith")).toEqual(["years"]);
    expect(kindOf("Smith, 34, of Redditch, was jailed.", "Smith")).toBe("other");
    expect(units("Pryce, 34, was jailed.", "Pryce")).toEqual(["years"]);
    expect(units("Jones, 34, who lives in Leeds, was jailed.", "Jones")).toEqual(["years"]);
  });

  it("leaves places' and clubs' tallies, and a jail term beside the age", () => {
    expect(units("Kent, 34, and Essex, 28, reported cases.", "Kent")).toEqual([null, null]);
    expect(units("Arsenal, 68, were top of the table.", "Arsenal")).toEqual([null]);
    expect(units("In London, 34, were arrested.", "London")).toEqual([null]);
    expect(units("Labour, 34, was ahead.", "Labour")).toEqual([null]);
    expect(units("Meanwhile, 34, was the figure.", "Meanwhile")).toEqual([null]);
    expect(kindOf("Smith, 34, was jailed for 12 years.", "Smith")).toBe("statistic");
  });

  it("reads no age where 'was', 'is', 'has' or 'had' takes a noun, as a tally's does (review)", () => {
    expect(units("Kent, 34, was the worst-hit county.", "Kent")).toEqual([null]);
    expect(units("Norfolk, 34, had the highest rate in England.", "Norfolk")).toEqual([null]);
    expect(units("Brentford, 34, is ninth.", "Brentford")).toEqual([null]);
    expect(units("Also, 34, had been reported.", "Also")).toEqual([null]);
    expect(units("Hussain, 27, was found guilty of fraud.", "Hussain")).toEqual(["years"]);
    expect(units("Ahmed, 45, has been a councillor since May.", "Ahmed")).toEqual(["years"]);
    expect(units("Whitehouse, 61, from Swansea, died at the scene.", "Whitehouse")).toEqual(["years"]);
  });
});

describe("a weekday's deadline that a past progressive works towards", () => {
  // Friday 28 August 2026: the Monday ahead is the 31st, the one behind the 24th.
  const friday = claimsOn("2026-08-28");
  const dated = (body: string, fragment: string): string[] => friday.quoting(body, fragment).dates.map((d) => d.value);

  it("dates 'before Monday's 11pm deadline' the coming Monday", () => {
    const brighton =
      "Brighton head coach Rory Mansell said at his pre-match news conference on Friday that the club were " +
      "\u201cworking hard\u201d to strengthen the squad before Monday's 11pm deadline.";
    expect(dated(brighton, "deadline")).toEqual(["2026-08-28", "2026-08-31"]);
    expect(dated("The club were racing to finish it ahead of Monday's deadline, sources said.", "deadline")).toEqual([
      "2026-08-31",
    ]);
  });

  it("keeps behind a progressive that no one is said to report (review)", () => {
    // Wednesday 2 September: the deadline was Monday 31 August, not the 7th.
    const wednesday = claimsOn("2026-09-02");
    const collapsed =
      "The club were racing to complete the deal before Monday's deadline, but the paperwork arrived late.";
    expect(wednesday.quoting(collapsed, "deadline").dates.map((d) => d.value)).toEqual(["2026-08-31"]);
    const told = "Families were waiting to hear before Monday's deadline; 300 were told they had lost their homes.";
    expect(wednesday.quoting(told, "deadline").dates.map((d) => d.value)).toEqual(["2026-08-31"]);
    expect(dated("The club were racing to finish it ahead of Monday's deadline.", "deadline")).toEqual(["2026-08-24"]);
  });

  it("keeps a deadline already reached behind", () => {
    expect(dated("The club missed Monday's deadline.", "deadline")).toEqual(["2026-08-24"]);
    expect(dated("The club signed him before Monday's deadline.", "deadline")).toEqual(["2026-08-24"]);
    expect(dated("The club completed the deal ahead of Monday's deadline.", "deadline")).toEqual(["2026-08-24"]);
    expect(dated("The club rushed to sign him before Monday's deadline.", "deadline")).toEqual(["2026-08-24"]);
  });

  it("reads no deadline into a weekday's other possessions", () => {
    const match = "The club were working hard to prepare for Monday's match.";
    expect(dated(match, "match")).toEqual(["2026-08-24"]);
  });
});
