import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Lead-ins left from decision 880 (decision 925): "Indeed", "Likewise", "Nonetheless" and
 * "Besides" alone before "…, X said" run on into the speaker's words on the line under, as
 * "Meanwhile" and "Overall" do; a place lead-in whose own noun is in the plural ("Near Leeds bus
 * stations, police said") runs on as the singular does, and is no statement.
 */
const { claims } = claimsOn("2026-05-10");
/** Does one claim's sentence hold both `a` and `b`, `a` first? */
const oneSentence = (body: string, a: string, b: string) =>
  claims(body).some((c) => c.sentenceStart <= body.indexOf(a) && c.sentenceEnd >= body.indexOf(b) + b.length);

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
/** A sentence before the line on its line, as in a wrapped paragraph below the body's top. */
const BEFORE = "The defendant denied all of the charges against him.";
const below = (line: string, next: string) => `${LEAD}\n\n${BEFORE} ${line}\n${next}`;
const joined = (line: string, next: string) => oneSentence(below(line, next), line.slice(-12), next.slice(0, 12));
const UNDER = "Analysts said the figures were better than expected.";
const SMITH = "Mr Smith said he had never met the victim in March.";
/** The claimant of the claim that quotes `fragment`. */
const speakerOf = (body: string, fragment: string) =>
  claims(body).find((c) => c.quote.includes(fragment))?.claimant.name;

describe("'Indeed', 'Likewise', 'Nonetheless' and 'Besides' alone before '…, X said' below the body's top", () => {
  it("run on into the speaker's words on the line under", () => {
    for (const line of [
      "Indeed, the union said",
      "Indeed, Mr Jones said",
      "Likewise, the council said",
      "Nonetheless, the minister said",
      "Besides, the club said",
    ]) {
      for (const next of [UNDER, SMITH]) expect(joined(line, next), `${line} / ${next}`).toBe(true);
    }
  });

  it("give the reported words to the adverb's speaker", () => {
    expect(speakerOf(below("Indeed, the union said", UNDER), "better than expected")).toBe("union");
    expect(speakerOf(below("Likewise, the council said", UNDER), "better than expected")).toBe("council");
  });
});

describe("a place lead-in whose own noun is in the plural, over a speaker's line", () => {
  it("runs on as the singular does", () => {
    for (const line of [
      "Near Leeds bus stations, police said",
      "Outside Westminster magistrates courts, his lawyer said",
      "Near Leeds bus stations, a witness said",
    ]) {
      expect(joined(line, UNDER), line).toBe(true);
    }
  });

  it("gives the line under to the lead-in's speaker", () => {
    expect(speakerOf(below("Near Leeds bus stations, police said", UNDER), "better than expected")).toBe("police");
  });
});

describe("near-misses of decision 925's rules", () => {
  it("still breaks a one-word statement or a past before its speaker", () => {
    for (const line of [
      "Unacceptable, the union said",
      "Agreed, the minister said",
      "Wrong, critics said",
      "Yes, the minister said",
      "Nothing, the union said",
      "Otherwise, the union said",
      "Indeed profits rose, the bank said",
      "Besides the point, the minister said",
    ]) {
      expect(joined(line, UNDER), line).toBe(false);
    }
  });

  it("still breaks a statement of a place and a subject, its subject in '-s'", () => {
    for (const line of [
      "Across Europe prices rise, analysts said",
      "Across London hospitals struggle, the NHS said",
      "Outside London courts sit, the lawyer said",
      "Across Wales councils struggle, the WLGA said",
    ]) {
      expect(joined(line, UNDER), line).toBe(false);
    }
  });

  it("still runs on the singular place nouns and the adverbs of decision 880", () => {
    for (const line of [
      "Near Leeds bus station, police said",
      "Outside Westminster magistrates court, his lawyer said",
      "Meanwhile, the bank said",
      "Overall, the bank said",
    ]) {
      expect(joined(line, UNDER), line).toBe(true);
    }
  });

  it("reads the lines at the body's top, under a headline and on one line as before", () => {
    for (const line of ["Indeed, the union said", "Likewise, the council said"]) {
      for (const body of [`${line}\n${UNDER}`, `Council budget row\n${line}\n${UNDER}`]) {
        expect(oneSentence(body, line.slice(-12), "Analysts said"), line).toBe(false);
      }
    }
    expect(speakerOf("Indeed, the union said pay rose 5 per cent.", "5 per cent")).toBe("union");
    expect(speakerOf("Besides, the club said the stadium was full.", "stadium")).toBe("club");
  });
});
