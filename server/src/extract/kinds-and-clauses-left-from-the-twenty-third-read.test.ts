import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Kinds left from the twenty-third read (decision 1080): an age after a surname before a
 * performer's praise ("Shaw, 68, is magnificent") and a speaker's conceding "I will admit that …"
 * read as a forecast. The articles are in tests/fixtures/newsroom-read-1065; the other texts are
 * written for these tests.
 */

const { quoting } = claimsOn("2026-11-30");
const NAMED = "Fiona Shaw plays Ranevskaya at the National.";

describe("an age after a surname before a performer's praise", () => {
  it.each([
    ["Shaw, 68, is magnificent.", "Shaw, 68, is magnificent"],
    ["Rahm, 31, was superb, and the crowd knew it.", "Rahm, 31, was superb"],
    ["Lester, 57, is simply outstanding as Lopakhin.", "Lester, 57, is simply outstanding"],
    ["Hug, 39, was imperious in the wheelchair race.", "Hug, 39, was imperious"],
  ])("reads the figure as an age, no statistic (%s)", (sentence, fragment) => {
    const found = quoting(`${NAMED}\n\n${sentence}`, fragment);
    expect(found.kind).not.toBe("statistic");
    expect(found.alsoKinds).not.toContain("statistic");
    expect(found.quantities[0]?.unit).toBe("years");
  });
});

describe("a speaker's conceding 'will'", () => {
  it.each([
    ["I will admit that the final image had the woman beside me in tears.", "the final image"],
    ["We'll be honest: the 40 shows were not enough.", "the 40 shows"],
    ["I'll confess that the first act bored me.", "the first act"],
    ["We will concede that the plan cost £40m more than we said.", "the plan cost"],
  ])("is no prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });
});

describe("the twenty-third read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-1065/${name}`);

  it("reads Shaw's age as an age in the review", () => {
    const found = claimQuoting(read("5-theatre-review.txt"), "Shaw, 68, is magnificent");
    expect(found.kind).not.toBe("statistic");
  });

  it("reads the critic's 'I will admit' as no forecast", () => {
    const found = claimQuoting(read("5-theatre-review.txt"), "I will admit that the final image");
    expect(found.kind).not.toBe("prediction");
  });
});

describe("near-misses of decision 1080's rules", () => {
  it.each([
    // A county's or a club's tally goes on with a rank, a noun or a plural verb.
    ["Kent, 34, is second.", "Kent, 34, is second"],
    ["Kent, 34, was the worst-hit county.", "Kent, 34, was the worst-hit county"],
    ["Arsenal, 68, were superb.", "Arsenal, 68, were superb"],
    ["Chelsea, 68, is brilliant.", "Chelsea, 68, is brilliant"],
    // A quality word before a noun is no performer's quality alone.
    ["Shaw, 68, is magnificent value at £40 a ticket.", "Shaw, 68, is magnificent value"],
  ])("keeps the figure a statistic (%s)", (sentence, fragment) => {
    const found = quoting(`${NAMED}\n\n${sentence}`, fragment);
    expect([found.kind, ...found.alsoKinds]).toContain("statistic");
  });

  it.each([
    ["I will say more on Friday about the 40 jobs.", "I will say more on Friday"],
    ["We will admit 40 more pupils in September.", "We will admit 40 more pupils"],
    ["The club will admit fans from 1pm.", "The club will admit fans"],
    ["Her lawyer said she will admit that she lied.", "she will admit that she lied"],
    ["I will be honest with voters about 40 new taxes, he said.", "I will be honest with voters"],
  ])("keeps the forecast (%s)", (sentence, fragment) => {
    expect(quoting(sentence, fragment).kind).toBe("prediction");
  });
});

describe("near-misses of decision 1080's rules (review)", () => {
  // "that" before a bare noun or a time points at a thing to be let in, granted or given up;
  // a condition after the comma makes the conceding one to come. Written for the review.
  it.each([
    ["We will grant that request on Friday.", "We will grant that request"],
    ["I will admit that patient tomorrow, the surgeon said.", "I will admit that patient tomorrow"],
    ['The hospital said: "We will admit that child on Monday."', "We will admit that child"],
    ["I will concede that seat to Labour at the next election.", "I will concede that seat"],
    ["I will admit that tomorrow, in front of the committee.", "I will admit that tomorrow"],
    ["I will concede, if the count shows I lost.", "I will concede, if the count"],
    ["We will grant: 40 new licences.", "We will grant: 40 new licences"],
  ])("keeps the forecast (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect([found.kind, ...found.alsoKinds]).toContain("prediction");
  });

  it.each([
    ["I will grant that, but the economy grew 2%.", "I will grant that"],
    ["We will admit that, in 2024, we got it wrong.", "we got it wrong"],
    ["I'll concede that Labour won 40 seats.", "Labour won 40 seats"],
  ])("still reads a conceded clause as no forecast (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect([found.kind, ...found.alsoKinds]).not.toContain("prediction");
  });
});
