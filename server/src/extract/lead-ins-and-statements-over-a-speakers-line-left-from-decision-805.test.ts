import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { leadInLines } from "./lead-in-lines.test-helper.ts";

/**
 * Lead-ins and statements over a speaker's line left from decision 805 (decision 835): a lead-in
 * before "…, X said" that opens with no place word, sentence adverb or listed opener runs on into
 * the speaker's words on the line under; a statement shaped like a place lead-in that closes on its
 * speaker ("Near collapse, the Treasury said") is broken off from a second speaker's line.
 */
const { claims } = claimsOn("2026-11-30");
const { oneSentence, below, joined } = leadInLines("2026-11-30");

describe("a lead-in of time or manner before '…, X said' below the body's top", () => {
  it("runs on into the speaker's words on the line under", () => {
    for (const [line, next] of [
      ["From the dock, Smith said", "Mr Jones said he had never met the victim."],
      ["With tears in her eyes, Mrs Jones said", "Police said 12 people had been arrested on Saturday."],
      ["Back in London, the prime minister said", "Labour says the figures are wrong."],
      ["By contrast, the Treasury said", "Analysts said the figures were better than expected."],
      ["Throughout the trial, his lawyer said", "Mr Smith said he had never met the victim."],
    ] as const) {
      expect(joined(line, next), line).toBe(true);
    }
  });

  it("stands a lead-in that names only a time apart from a line with its own speaker (decision 1050)", () => {
    // Decision 1050: a time says nothing of how the line under was relayed, as a one-word lead-in
    // says nothing (decision 1025); these ran on here before.
    for (const [line, next] of [
      ["Last week, the company said", "Analysts said the figures were better than expected."],
      ["This morning, a spokeswoman said", "Mr Smith said he had never met the victim."],
      ["Last Tuesday, the company said", "Analysts said the figures were better than expected."],
    ] as const) {
      expect(joined(line, next), line).toBe(false);
    }
  });

  it("gives the reported words to the lead-in's speaker", () => {
    const body = below("Throughout the trial, his lawyer said", "Mr Smith said he had never met the victim.");
    const c = claims(body).find((x) => x.quote.includes("never met the victim"));
    expect(c?.claimant.name).toBe("his lawyer");
  });
});

describe("a statement shaped like a place lead-in that closes on its speaker, over a speaker's line", () => {
  it("is broken off, so the line under keeps its own speaker", () => {
    for (const [line, next] of [
      ["Near collapse, the Treasury said", "Analysts said the figures were better than expected."],
      ["Near collapse, the trust said", "Police said 12 people had been arrested on Saturday."],
      ["Into recession by spring, the forecasters said", "Analysts said the figures were better than expected."],
      ["Into recession by spring, economists said", "Labour says the cost will reach £4bn by 2030."],
      ["Through the roof, the landlord said", "Analysts said the figures were better than expected."],
      ["Through the roof, one trader said", "Mr Smith said he had never met her."],
      ["Outside the top four, the club said", "Analysts said the figures were better than expected."],
    ] as const) {
      expect(joined(line, next), line).toBe(false);
    }
  });
});

describe("near-misses of decision 835's rules", () => {
  it("still breaks a statement that opens with 'From', 'With', 'Back', 'By' or 'Last'", () => {
    for (const line of [
      "From bad to worse, the union said",
      "From 5 per cent to 7 per cent, the ONS said",
      "With 20 dead in the floods, police said",
      "Back to square one, the union said",
      "Back in profit, the bank said",
      "Back in the black, the bank said",
      "By far the worst, critics said",
      "Last year a record, the club said",
    ]) {
      expect(joined(line, "Analysts said the figures were better than expected."), line).toBe(false);
    }
  });

  it("still runs on a place lead-in after 'near', 'through' or 'outside'", () => {
    for (const line of [
      // Speakers the attribution reader names: "a witness" stands apart since decision 965.
      "Near the scene, police said",
      "Near Leeds, police said",
      "Near midnight, police said",
      "Through a spokesman, the family said",
      "Through his lawyer, Smith said",
      "Through the night, rescuers said",
      "Outside court, his lawyer said",
    ]) {
      expect(joined(line, "Analysts said the figures were better than expected."), line).toBe(true);
    }
  });

  it("reads a lead-in's line at the body's top or under a headline as before", () => {
    for (const line of [
      "Last week, the company said",
      "Near collapse, the Treasury said",
      "By contrast, the Treasury said",
    ]) {
      for (const body of [
        `${line}\nAnalysts said the figures were better than expected.`,
        `Council budget row\n${line}\nAnalysts said the figures were better than expected.`,
      ]) {
        expect(oneSentence(body, line.slice(-12), "Analysts said"), line).toBe(false);
      }
    }
  });

  it("still breaks a statement of a count, a place's rise or fall, or a club's or a party's standing", () => {
    for (const line of [
      "With two dead, police said",
      "With two people dead, police said",
      "With dozens missing, police said",
      "Throughout the UK rents rise, the ONS said",
      "Back in the Premier League, the club said",
      "Back in the Champions League, the club said",
      "Back in Government, the party said",
    ]) {
      expect(joined(line, "Rescuers said 300 homes had been evacuated."), line).toBe(false);
    }
  });

  it("still breaks a lead-in before a speaker named only at a sentence's start, so the line under keeps its own", () => {
    for (const line of [
      "With tears in her eyes, the mother said",
      "Last week, her father said",
      "From his hospital bed, the driver said",
      "By contrast, her husband said",
      "With tears in her eyes, a neighbour said",
      "Throughout the trial, the victim's sister said",
      "Next spring, the developer said",
      "From his cell, the prisoner said",
    ]) {
      const body = below(line, "Police said 12 people had been arrested on Saturday.");
      expect(joined(line, "Police said 12 people had been arrested on Saturday."), line).toBe(false);
      expect(claims(body).find((c) => c.quote.includes("12 people"))?.claimant.name, line).toBe("police");
    }
  });

  it("still runs on 'near' before a place or a time of day that takes no article", () => {
    for (const line of [
      "Near here, residents said",
      "Near home, police said",
      // Speakers the attribution reader names: "a witness" stands apart since decision 965.
      "Near town, police said",
      "Near school, his lawyer said",
      "Near sunset, rescuers said",
      "Near nightfall, rescuers said",
      "Near daybreak, the coastguard said",
    ]) {
      expect(joined(line, "Analysts said the figures were better than expected."), line).toBe(true);
    }
  });
});
