import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Weekdays in reported speech and ages after one-word names that decision 665 and its review
 * left, mended in decision 705. The texts are written for these tests; published on Sunday 10 May.
 */
const on = (body: string, fragment: string) => claimsOn("2026-05-10").quoting(body, fragment);
const dated = (body: string, fragment: string): string[] => on(body, fragment).dates.map((d) => d.value);
const ageUnits = (body: string, fragment: string): (string | null)[] =>
  on(body, fragment).quantities.map((q) => q.unit);

describe("an active act's weekday, counted back from the saying", () => {
  it("dates the arrest and the finding before the day of the saying", () => {
    const arrest = "Police said on Monday that officers arrested the man on Saturday.";
    expect(dated(arrest, "arrested")).toEqual(["2026-05-04", "2026-05-02"]);
    const found = "Rescuers said on Tuesday that they found the climber on Saturday.";
    expect(dated(found, "climber")).toEqual(["2026-05-05", "2026-05-02"]);
  });

  it("dates a raid named by its place before the day of the saying", () => {
    const raid = "Police said on Tuesday that detectives raided a flat in Leeds on Saturday.";
    expect(dated(raid, "raided")).toEqual(["2026-05-05", "2026-05-02"]);
  });

  it("keeps what is joined on, a plan's infinitive and a clause after the object", () => {
    const joined = "Police said on Monday that officers arrested the man and will charge him on Saturday.";
    expect(dated(joined, "arrested")).toEqual(["2026-05-04", "2026-05-09"]);
    const hoped = "Police said on Monday that officers hoped to arrest the man on Saturday.";
    expect(dated(hoped, "hoped")).toEqual(["2026-05-04", "2026-05-09"]);
    const clause = "Police said on Monday that officers arrested the man, who is due in court on Saturday.";
    expect(dated(clause, "arrested")).toEqual(["2026-05-04", "2026-05-16"]);
  });
});

describe("a narrator's clause of a fixture or a sitting, read back by the claim's tense", () => {
  it("dates the vote and the trial after the publication", () => {
    const vote = "The minister said on Tuesday that the plan, which goes to a vote on Friday, was sound.";
    expect(dated(vote, "plan")).toEqual(["2026-05-05", "2026-05-15"]);
    const trial = "Police said on Tuesday that the man, who goes on trial on Friday, was held.";
    expect(dated(trial, "trial")).toEqual(["2026-05-05", "2026-05-15"]);
  });

  it("keeps a present clause that holds a past day and a clause in the past", () => {
    const denies = "Police said on Tuesday that Smith, who denies attacking him on Friday, was held.";
    expect(dated(denies, "denies")).toEqual(["2026-05-05", "2026-05-08"]);
    const met = "The minister said on Tuesday that the council, which met on Friday, had acted.";
    expect(dated(met, "council")).toEqual(["2026-05-05", "2026-05-08"]);
  });
});

describe("a trade's noun in apposition after weather's harm", () => {
  it("reads the age of a farmer and a fisherman", () => {
    expect(ageUnits("The storm killed Jones, 55, a farmer.", "Jones")).toEqual(["years"]);
    expect(ageUnits("The flood killed Smith, 61, a fisherman, in Devon.", "Smith")).toEqual(["years"]);
  });

  it("keeps a place's noun with a trade's after it", () => {
    expect(ageUnits("The storm killed Hampshire, 34, a county of farmers.", "Hampshire")).toEqual([null]);
  });
});

describe("a post after a possessive", () => {
  it("reads the age of the group's chief executive and of Tesco's chairman", () => {
    expect(ageUnits("Shell, 44, is the group's chief executive.", "Shell")).toEqual(["years"]);
    expect(ageUnits("Apple, 44, was Tesco's chairman until 2020.", "Apple")).toEqual(["years"]);
  });

  it("reads the age of a surname before 'its' or a possessive and a post", () => {
    expect(ageUnits("Smith, 44, is the group's chief executive.", "Smith")).toEqual(["years"]);
    expect(ageUnits("Shell, 44, is its chief executive.", "Shell")).toEqual(["years"]);
  });

  it("keeps a firm's role after a possessive, a place's noun and a post in the possessive", () => {
    expect(ageUnits("Kent, 34, is the county's worst-hit town.", "Kent")).toEqual([null]);
    expect(ageUnits("Toyota, 34, is the group's biggest owner.", "Toyota")).toEqual([null]);
    expect(ageUnits("Tesla, 34, is the chief executive's favourite.", "Tesla")).toEqual([null]);
  });
});

describe("near-misses of decision 705's rules", () => {
  it("keeps a participle before the subject as the date reader has it", () => {
    const injured = "The club said on Monday that the injured striker was fit on Saturday.";
    expect(dated(injured, "striker")).toEqual(["2026-05-04", "2026-05-09"]);
    const arrested = "Police said on Monday that the arrested man was in custody on Saturday.";
    expect(dated(arrested, "custody")).toEqual(["2026-05-04", "2026-05-09"]);
    const possessive = "The club said on Monday that the club's suspended captain was available on Saturday.";
    expect(dated(possessive, "captain")).toEqual(["2026-05-04", "2026-05-09"]);
    const counted = "Police said on Monday that two injured men were stable on Saturday.";
    expect(dated(counted, "stable")).toEqual(["2026-05-04", "2026-05-09"]);
  });

  it("counts a fixture in the speaker's quotation marks from the saying", () => {
    const colon = 'The minister said on Tuesday: "The plan, which goes to a vote on Friday, was drafted in March."';
    expect(dated(colon, "plan")).toEqual(["2026-05-05", "2026-05-08"]);
    const curly =
      "The minister said on Tuesday: \u201cThe plan, which goes to a vote on Friday, was drafted in March.\u201d";
    expect(dated(curly, "plan")).toEqual(["2026-05-05", "2026-05-08"]);
    const tagged = '"The plan, which goes to a vote on Friday, was drafted carefully," the minister said on Tuesday.';
    expect(dated(tagged, "plan")).toEqual(["2026-05-08", "2026-05-05"]);
  });

  it("reads no age where a family's noun comes before another noun", () => {
    expect(ageUnits("Shell, 51, is the group's mother company.", "Shell")).toEqual([null]);
    expect(ageUnits("Shell, 51, is its mother company.", "Shell")).toEqual([null]);
    expect(ageUnits("Kent, 34, is England's mother county.", "Kent")).toEqual([null]);
  });
});
