import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { LEAD, leadInLines, UNDER } from "./lead-in-lines.test-helper.ts";

/**
 * Lead-ins left from decision 835 (decision 880): a sentence adverb alone before "…, X said"
 * ("Overall, the bank said") runs on into the speaker's words on the line under, as "Meanwhile"
 * does; a statement shaped like a lead-in ("With us or against us, the president said",
 * "Throughout Europe prices fall, analysts said") is broken off from a second speaker's line.
 */
const { claims } = claimsOn("2026-11-30");
const { oneSentence, below, joined } = leadInLines("2026-11-30");

describe("a sentence adverb alone before '…, X said' below the body's top", () => {
  // Decision 880 ran these on; since decision 1025 a one-word lead-in's line over a line that opens
  // with its own speaker stands apart, and the line under keeps its speaker.
  it("stands apart from the speaker's words on the line under", () => {
    for (const line of [
      "Overall, the bank said",
      "Moreover, the report said",
      "Furthermore, the council said",
      "Nevertheless, the minister said",
      "Altogether, the club said",
      "Again, the Treasury said",
    ]) {
      expect(joined(line, UNDER), line).toBe(false);
    }
  });

  it("leaves the reported words to the line under's speaker", () => {
    const body = below("Overall, the bank said", UNDER);
    expect(claims(body).find((c) => c.quote.includes("better than expected"))?.claimant.name).toBe("analysts");
  });
});

describe("a statement shaped like a lead-in that closes on its speaker, over a speaker's line", () => {
  it("is broken off, so the line under keeps its own speaker", () => {
    for (const [line, next] of [
      ["With us or against us, the president said", UNDER],
      ["With or without a deal, the minister said", UNDER],
      ["Throughout Europe prices fall, analysts said", "Mr Smith said the figures were better than expected."],
      ["Throughout Britain rents rise, the ONS said", UNDER],
      ["Across Europe prices rise, analysts said", "Mr Smith said the figures were better than expected."],
      ["Outside London rents fall, the ONS said", UNDER],
      ["Across Asia demand slows, analysts said", "Mr Smith said he had never met the victim."],
    ] as const) {
      expect(joined(line, next), line).toBe(false);
    }
  });

  it("leaves the line under to its own speaker", () => {
    const body = below("With us or against us, the president said", UNDER);
    expect(claims(body).find((c) => c.quote.includes("better than expected"))?.claimant.name).toBe("analysts");
  });
});

describe("near-misses of decision 880's rules", () => {
  it("still breaks a one-word statement before its speaker", () => {
    for (const line of [
      "Unacceptable, the union said",
      "Nonsense, critics said",
      "Wrong, critics said",
      "Yes, the minister said",
      "Nothing, the union said",
      "Overall profits up, the bank said",
      "From my cold dead hands, the gun lobby said",
    ]) {
      expect(joined(line, UNDER), line).toBe(false);
    }
  });

  it("still runs on a lead-in of manner or a place named in capitals", () => {
    for (const line of [
      "With tears in her eyes, Mrs Jones said",
      "With one voice, the unions said",
      "From the dock, Smith said",
      "Throughout the trial, his lawyer said",
      "Throughout Europe, analysts said",
      "Throughout Northern Ireland, police said",
      "Across Europe and Asia, analysts said",
      "Across the Atlantic, analysts said",
      "Outside Leeds Crown Court, his lawyer said",
      "Outside Downing Street today, the minister said",
      // Speakers the attribution reader names: "a witness" stands apart since decision 965.
      "Near Leeds, police said",
      // "Meanwhile, the bank said" and "Privately, one aide said" stand apart since decision 1025.
      "Near Leeds station, police said",
      "Across Europe and beyond, analysts said",
      "Throughout Europe last year, analysts said",
      "Throughout Europe this week, analysts said",
    ]) {
      expect(joined(line, UNDER), line).toBe(true);
    }
  });

  it("still runs on a name after 'With' as before: a circumstance, not a place", () => {
    for (const line of ["With Smith gone, the party said", "With Labour ahead, the pollster said"]) {
      expect(joined(line, UNDER), line).toBe(true);
    }
  });

  it("still runs on 'US', a roman numeral, a circumstance after 'With' and a place's own noun", () => {
    for (const line of [
      "With US backing, the minister said",
      "Throughout World War I, historians said",
      "With Labour's ratings falling, the pollster said",
      "With Christmas sales down, retailers said",
      "Across Britain's high streets, retailers said",
      "Across Europe's biggest banks, analysts said",
      "Outside Westminster magistrates court, his lawyer said",
    ]) {
      expect(joined(line, UNDER), line).toBe(true);
    }
  });

  it("reads the lines at the body's top or under a headline as before", () => {
    for (const line of ["Overall, the bank said", "With us or against us, the president said"]) {
      for (const body of [`${line}\n${UNDER}`, `Council budget row\n${line}\n${UNDER}`]) {
        expect(oneSentence(body, line.slice(-12), "Analysts said"), line).toBe(false);
      }
    }
  });

  it("reads the same words on one line as before", () => {
    const body = `${LEAD}\n\nOverall, the bank said profits rose 5 per cent.`;
    expect(claims(body).find((c) => c.quote.includes("profits rose"))?.claimant.name).toBe("bank");
    const slogan = `${LEAD}\n\nWith us or against us, the president said.`;
    expect(claims(slogan).find((c) => c.quote.includes("against us"))?.claimant.name).toBe("president");
  });
});
