import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * A pasted story often opens with its headline ("At least 27 dead after migrant boat capsizes,
 * UN agencies say"), whose figures the lead then states with their source. The headline's claim
 * repeats the lead's, with a weaker attribution (a headline drops "according to"), so a reviewer
 * would check the same figure twice. A headline claim is dropped when every figure in it recurs
 * in the body; a headline without figures, or with a figure the body does not give, stays.
 */

/** The longest line read as a headline: a line of its own, without a sentence's final mark. */
const HEADLINE_MAX = 160;

/** Where the headline line ends, or -1 when the body does not open with one. */
function headlineEnd(body: string): number {
  let start = 0;
  while (start < body.length && /\s/.test(body[start]!)) start++;
  const end = body.indexOf("\n", start);
  if (end < 0 || end - start > HEADLINE_MAX) return -1;
  const last = body.slice(start, end).trimEnd();
  return /[.!?”"']$/.test(last) ? -1 : end;
}

const sameFigure = (a: ExtractedClaim["quantities"][number], b: ExtractedClaim["quantities"][number]): boolean =>
  a.value === b.value && (a.unit === b.unit || a.unit === null || b.unit === null);

/** `claims` (in body order) without the headline claims whose figures the body repeats. */
export function withoutRepeatedHeadline(body: string, claims: ExtractedClaim[]): ExtractedClaim[] {
  const end = headlineEnd(body);
  if (end < 0 || claims.length < 2 || claims[0]!.start >= end) return claims;
  let first = 0;
  while (first < claims.length && claims[first]!.start < end) first++;
  const rest = claims.slice(first);
  const repeated = (c: ExtractedClaim): boolean =>
    c.quantities.length > 0 &&
    c.quantities.every((q) => rest.some((r) => r.quantities.some((other) => sameFigure(q, other))));
  const kept = claims.slice(0, first).filter((c) => !repeated(c));
  return kept.length === first ? claims : [...kept, ...rest];
}
