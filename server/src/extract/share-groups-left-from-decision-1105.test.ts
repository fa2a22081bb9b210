import { describe, expect, it } from "vitest";
import { groupOf } from "./share-group.test-helper.ts";

/**
 * Share groups left by decision 1105 (decision 1140): a "who" clause of one word before the main
 * verb, "staff pay isn't" read as "staff pay is", and "often" before a finite "be" as the clause's
 * end. The texts are written for these tests.
 */

describe("a 'who' clause of one word before the main verb", () => {
  it("reads a verb on no list by the price it takes", () => {
    expect(groupOf("Some 40% of households who rent pay more than £900 a month.", "40%")).toBe("households who rent");
    expect(groupOf("Some 20% of drivers who park pay £5 a day, the council said.", "20%")).toBe("drivers who park");
  });

  it("reads an auxiliary or a listed present as the main verb", () => {
    expect(groupOf("About 30% of people who drive are over 50.", "30%")).toBe("people who drive");
    expect(groupOf("About 30% of adults who smoke want to quit, the survey found.", "30%")).toBe("adults who smoke");
  });

  it("reads the clause after 'among' and after an age", () => {
    expect(groupOf("Some 60% among households who rent pay more than £900 a month.", "60%")).toBe(
      "households who rent",
    );
    expect(groupOf("About 12% of people aged 16 to 24 who rent pay more than £900 a month.", "12%")).toBe(
      "people aged 16 to 24 who rent",
    );
  });
});

describe("a workforce measure before a contraction of a singular verb", () => {
  it("gives no group for 'staff pay isn't', as for 'staff pay is'", () => {
    expect(groupOf("About 40% of staff pay isn't enough, the union said.", "40%")).toBeUndefined();
    expect(groupOf("About 40% of staff pay isn’t enough, the union said.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of nurses training wasn't done on wards, the college said.", "30%")).toBeUndefined();
    expect(groupOf("About 40% of staff pay doesn't cover rent, the union said.", "40%")).toBeUndefined();
  });
});

describe("an adverb of how often before a finite 'be'", () => {
  it("ends the clause with the adverb", () => {
    expect(groupOf("About 30% of people who drink often are at risk, the study found.", "30%")).toBe(
      "people who drink often",
    );
    expect(groupOf("About 30% of staff who work nights often are tired.", "30%")).toBe("staff who work nights often");
  });
});

describe("near-misses of decision 1140's rules", () => {
  it("keeps an adverb before the verb and a clause's object before 'more' none", () => {
    expect(groupOf("About 30% of people who just pay more than £900 a month are renters.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of people who still pay more than £900 a month are renters.", "30%")).toBeUndefined();
    expect(groupOf("Some 20% of households who buy food more than once a day waste it.", "20%")).toBeUndefined();
    expect(groupOf("About 30% of adults who drink alcohol more than 14 units a week are men.", "30%")).toBeUndefined();
  });

  it("keeps a verb's object before a price and a main verb after it none", () => {
    expect(groupOf("About 40% of workers who demand pay more than £30,000 are managers.", "40%")).toBeUndefined();
    expect(groupOf("About 30% of people who want live music pay for tickets.", "30%")).toBeUndefined();
  });

  it("keeps a contraction that a plural takes as well, and a plural's verb, as before", () => {
    expect(groupOf("About 40% of staff pay can't keep up with inflation.", "40%")).toBe("staff");
    expect(groupOf("About 40% of staff pay into a pension, the union said.", "40%")).toBe("staff");
    expect(groupOf("About 40% of staff aren't paid enough, the union said.", "40%")).toBe("staff");
  });

  it("keeps an adverb of habit before another verb, and 'usually' or 'never' before 'are', none", () => {
    expect(groupOf("About 30% of adults who smoke often want to quit, the survey found.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of drivers who speed usually are young men.", "30%")).toBeUndefined();
    expect(groupOf("About 30% of people who drink never are at risk.", "30%")).toBeUndefined();
  });
});
