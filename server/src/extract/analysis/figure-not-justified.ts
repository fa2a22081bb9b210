import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * "Resident Tom Kearney said the town's crime rate did not justify four more officers": the figure
 * is what was asked for and turned down, not a count the claim asserts of anything, so it makes no
 * statistic (it stays a quantity). Only right after a denied "justify" or "warrant": "The council
 * hired four more officers" and "the rise justified four more officers" state one, and so does a
 * share of what was done ("The evidence did not justify 40% of the arrests": the arrests were made).
 */
const DENIED_JUSTIFY = /\b(?:did|does|do|would|could|can|will)(?: not|n['’]t|not) (?:justify|warrant)\s+(?:an? )?$/i;

/** Is the quantity, found in `text`, the object of a denied "justify"/"warrant"? */
export function figureNotJustified(q: Quantity, text: string): boolean {
  // Cheap first: the verbs are rare.
  if (!text.includes(" justify ") && !text.includes(" warrant ")) return false;
  const at = text.indexOf(q.text);
  return (
    at > 0 && !text.startsWith(" of ", at + q.text.length) && DENIED_JUSTIFY.test(text.slice(Math.max(0, at - 28), at))
  );
}
