import { claimsOn } from "./claim-lookup.test-helper.ts";

/** A sentence of the article's at the body's top, over the paragraph the lead-in stands in. */
export const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
/** A sentence before the line on its line, as in a wrapped paragraph below the body's top. */
export const BEFORE = "The defendant denied all of the charges against him.";
/** A second speaker's line under the lead-in. */
export const UNDER = "Analysts said the figures were better than expected.";

/**
 * Readers of a lead-in's line ("…, X said") over a second speaker's line, as of one publication
 * date: whether one claim's sentence holds both `a` and `b`, `a` first; the body with the line
 * below the body's top; whether the line runs on into the one under; and who is given the claim
 * that quotes a fragment.
 */
export function leadInLines(publishedOn: string) {
  const { claims } = claimsOn(publishedOn);
  const oneSentence = (body: string, a: string, b: string) =>
    claims(body).some((c) => c.sentenceStart <= body.indexOf(a) && c.sentenceEnd >= body.indexOf(b) + b.length);
  const below = (line: string, next: string) => `${LEAD}\n\n${BEFORE} ${line}\n${next}`;
  const joined = (line: string, next: string) => oneSentence(below(line, next), line.slice(-12), next.slice(0, 12));
  const speakerOf = (body: string, fragment: string) =>
    claims(body).find((c) => c.quote.includes(fragment))?.claimant.name;
  return { oneSentence, below, joined, speakerOf };
}
