import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 1045 (decision 1105): "vote" after a turnout's colon, an adverb
 * after a "who" clause's verb, "the young who vote Labour", a main verb that is also a measure of
 * pay or work, a measure that is also a verb before a singular verb, and "schools trusts". The texts are written for these tests.
 */

describe("'vote' after a turnout's colon", () => {
  it("reads the people who vote", () => {
    expect(groupOf("Turnout: about 30% of the young vote, the commission said.", "30%")).toBe("the young");
  });
});

describe("a 'who' clause whose verb takes an adverb, or a party", () => {
  it("reads the clause to the main verb after the adverb", () => {
    expect(groupOf("About 30% of adults who smoke daily want to quit, the survey found.", "30%")).toBe(
      "adults who smoke daily",
    );
  });

  it("reads 'the young' with a 'who' clause after 'among'", () => {
    expect(groupOf("Some 25% among the young who vote Labour live in cities, the poll found.", "25%")).toBe(
      "the young who vote Labour",
    );
  });
});

describe("a main verb that is also a measure of pay or work", () => {
  it("reads 'pay' as the main verb by the word it takes", () => {
    expect(groupOf("About 40% of nurses who work nights pay more than £50 a week to park.", "40%")).toBe(
      "nurses who work nights",
    );
  });
});

describe("a measure of a workforce that is also a verb", () => {
  it("gives no group where a singular verb follows 'pay', 'work' or 'training'", () => {
    expect(groupOf("About 40% of staff pay is linked to performance, the report said.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of nurses training was done on wards, the college said.", "30%")).toBeUndefined();
  });
});

describe("a plural before a noun off decision 1045's list", () => {
  it("reads 'schools trusts' as one noun", () => {
    expect(groupOf("About 30% of people who run schools trusts are heads, the survey found.", "30%")).toBe(
      "people who run schools trusts",
    );
  });
});

describe("near-misses of decision 1105's rules", () => {
  it("keeps 'vote' the votes cast after another colon", () => {
    expect(groupOf("Labour's target is simple: 50% of the young vote.", "50%")).toBeUndefined();
    expect(groupOf("Labour's share: 40% of the young vote, the poll found.", "40%")).toBeUndefined();
    expect(groupOf("Turnout: Labour won 30% of the young vote, the commission said.", "30%")).toBeUndefined();
  });

  it("keeps a clause whose adverb is the main verb's own, and 'the young' before a noun", () => {
    expect(groupOf("Some 40% of women who say prices are rising blame ministers.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of people who rent homes landlords are selling face eviction.", "30%")).toBeUndefined();
  });

  it("keeps 'pay' and 'work' nouns before a verb, and verbs before a plural's words", () => {
    expect(groupOf("About 40% of nurses who work nights pay is spent on parking.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of care home staff pay into a pension, the union said.", "40%")).toBe("care home staff");
    expect(groupOf("About 40% of care home staff work nights, the union said.", "40%")).toBe("care home staff");
  });

  // "households who rent pay more than £900", none here, is read by decision 1140.
  it("keeps a clause with an adverb before the main verb none", () => {
    expect(groupOf("About 30% of adults who smoke often want to quit, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of people who live alone are lonely, the charity said.", "30%")).toBeUndefined();
  });
});

describe("near-misses of decision 1105's rules (review)", () => {
  it("reads 'daily' and 'online' before 'sleep' or 'live' and a plural as adjectives", () => {
    expect(groupOf("Some 20% of adults who take daily sleep tablets are over 70, the study found.", "20%")).toBe(
      "adults who take daily sleep tablets",
    );
  });

  it("reads the word after a figure as its unit, not the main verb", () => {
    expect(groupOf("About 25% of shoppers who spend 20 percent more on food are pensioners.", "25%")).toBeUndefined();
    expect(groupOf("About 20% of workers who took 10 percent less home are women.", "20%")).toBeUndefined();
  });

  it("reads no main verb in a noun after 'the' and a name, nor in an adverb", () => {
    expect(
      groupOf("About 30% of commuters who ride the Northern line 5 days a week are late, the operator said.", "30%"),
    ).toBeUndefined();
    expect(groupOf("About 20% of patients who use the NHS app 3 times a week are over 60.", "20%")).toBeUndefined();
    expect(
      groupOf("About 40% of readers who read the Guardian online more than once a week are graduates.", "40%"),
    ).toBeUndefined();
    expect(groupOf("About 20% of people who live in Wales drive less than 5,000 miles a year.", "20%")).toBe(
      "people who live in Wales",
    );
  });

  it("keeps 'vote' the votes cast after a share of the turnout", () => {
    expect(
      groupOf("Labour's share of the turnout: 30% of the young vote, the commission said.", "30%"),
    ).toBeUndefined();
  });
});
