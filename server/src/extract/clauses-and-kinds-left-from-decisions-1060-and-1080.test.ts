import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Clauses and kinds left from decisions 1060 and 1080 (decision 1115): a conceded point and a
 * conceded forecast after a speaker's "I will concede", a sum with a rate's adverb before a
 * preposition ("£5m weekly on agency staff"), and a circumstance that "still predicts" an outcome.
 * Pinned as they read already: a weekday's part of the day ("on Monday night") and "Any official
 * will tell you …" without a who-clause. The exams article is in tests/fixtures/newsroom-read-1065;
 * the other texts are written for these tests.
 */

const { quoting } = claimsOn("2026-05-10");

describe("a speaker's conceded point", () => {
  it.each([
    ["I will concede that point.", "I will concede that point"],
    ["I'll concede that argument to the minister.", "I'll concede that argument"],
    ["We will grant that point, but the cost is still too high.", "We will grant that point"],
  ])("is no prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });
});

describe("a conceded forecast", () => {
  it.each([
    ["I'll concede: 40 points may not be enough.", "40 points may not be enough"],
    ["I will admit that the plan might fail.", "the plan might fail"],
  ])("keeps its prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect([found.kind, ...found.alsoKinds]).toContain("prediction");
  });
});

describe("a sum with a rate's adverb before a preposition", () => {
  it.each([
    ["The trust spent £5m weekly on agency staff.", "£5m weekly", "GBP per week"],
    ["She pays £300 monthly to the charity.", "£300 monthly", "GBP per month"],
    ["The council paid €2m annually for the contract.", "€2m annually", "EUR per year"],
  ])("is a rate (%s)", (sentence, text, unit) => {
    const found = quoting(sentence, text);
    const q = found.quantities.find((x) => x.text === text);
    expect(q?.unit).toBe(unit);
  });
});

describe("a circumstance that still predicts an outcome", () => {
  it.each([
    ["It is a scandal that a student's postcode still predicts their grades.", "postcode still predicts"],
    ["A child's background still predicts how far they go.", "background still predicts"],
    ["Gender still predicts pay, the study found.", "Gender still predicts pay"],
  ])("is a finding, no prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });

  it("reads the exams article's quotation as no forecast", () => {
    const all = fixtureClaims("newsroom-read-1065/3-exam-results-day.txt");
    const found = claimQuoting(all, "postcode still predicts");
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });
});

describe("near-misses of decision 1115's rules", () => {
  it.each([
    // A seat or a match given up is a plan; a forecaster's "still predicts" is a forecast.
    ["I will concede that seat to Labour at the next election.", "I will concede that seat"],
    ["We will grant that request on Friday.", "We will grant that request"],
    ["The Bank of England still predicts a recession next year.", "still predicts a recession"],
    ["The Met Office still predicts a cold winter.", "still predicts a cold winter"],
    ["The IMF's model still predicts growth of 2% in 2027.", "still predicts growth"],
  ])("keeps its prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect([found.kind, ...found.alsoKinds]).toContain("prediction");
  });

  it.each([
    // "may have", "might have": a past that may have been, conceded now.
    ["We will admit that we may have got it wrong.", "we may have got it wrong"],
    ["I'll confess, the food may have been cold.", "the food may have been cold"],
  ])("is still no prediction (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });

  it.each([
    // The adverb before a noun may be an adjective; before "and" or "or" it may join one.
    ["It charges a £50 monthly fee.", "£50", "GBP"],
    ["Fees are £40 monthly or £400 a year.", "£40", "GBP"],
    ["It costs £50 monthly and annual fees on top.", "£50", "GBP"],
  ])("keeps the sum a sum (%s)", (sentence, text, unit) => {
    const found = quoting(sentence, text);
    const q = found.quantities.find((x) => x.text === text);
    expect(q?.unit).toBe(unit);
  });

  it.each([
    ["The vote was held on Monday night.", "on Monday night", "2026-05-04"],
    ["Ministers met on Tuesday evening and agreed a deal.", "on Tuesday evening", "2026-05-05"],
    ["He spoke on Friday morning, after the vote.", "on Friday morning", "2026-05-08"],
  ])("reads a weekday's part of the day as that day (%s)", (sentence, text, value) => {
    const found = quoting(sentence, text);
    expect(found.dates.find((d) => d.text === text)?.value).toBe(value);
  });

  it.each([
    ["Any official will tell you their name when they arrive.", "Any official will tell you"],
    ["Any economist will tell you prices are rising.", "Any economist will tell you"],
  ])("reads a generic telling without a who-clause as no forecast (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });

  it("keeps a quantity used as a modifier in its unit as written", () => {
    const found = quoting("The ship carried a 2,000,000 tonne cargo.", "2,000,000 tonne");
    expect(found.quantities[0]).toMatchObject({ value: 2_000_000, unit: "tonne" });
  });
});

describe("near-misses of decision 1115's rules (review)", () => {
  it.each([
    // "may not have": a past that may have been, as "may have" is.
    ["We will admit that we may not have done enough.", "We will admit that we may not have done enough"],
    ["I will confess that the staff might not have known.", "I will confess that the staff might not have known"],
  ])("reads a conceded 'may not have' as no forecast (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect(found.kind).not.toBe("prediction");
    expect(found.alsoKinds).not.toContain("prediction");
  });

  it.each([
    // The circumstance after a preposition or an article is not the subject: a survey, a poll or a
    // race run forecasts.
    ["The survey of household wealth predicts a fall in savings next year.", "The survey of household wealth predicts"],
    ["The model of middle class income predicts growth of 1% next year.", "The model of middle class income predicts"],
    ["The poll on race predicts a close result in the mayoral contest.", "The poll on race predicts"],
    ["The horse that won the race predicts a good season for its trainer.", "The horse that won the race predicts"],
  ])("keeps a forecaster's 'predicts' a forecast (%s)", (sentence, fragment) => {
    const found = quoting(sentence, fragment);
    expect([found.kind, ...found.alsoKinds]).toContain("prediction");
  });
});
