/**
 * "8.2mm when folded and 3.9mm unfolded, down from 8.9mm and 4.2mm on last year's Fold 7": two
 * figures joined by "and" that are compared with two others are no list of claims of their own
 * (decision 415). Split after "8.9mm", the second claim read "The Fold 8 is 4.2mm on last year's
 * Fold 7", a figure of last year's phone given to this year's. Two shapes:
 * - the pair is what is compared with: "down from", "up from", "compared with" or "compared to"
 *   right before its first figure;
 * - the pair is compared: ", down from" or ", up from" follows its second figure in the same
 *   clause ("300 cars and 40 vans, up from 250 cars and 30 vans"), and the comparison is both
 *   figures'.
 * "from" alone ("Imports came from 12 countries and 40 firms") names a source, and the list is
 * split as before.
 */
const COMPARED_WITH_BEFORE = /\b(?:(?:down|up)[ \u00a0]+from|compared[ \u00a0]+(?:with|to))[ \u00a0]+$/i;
/** At most 40 chars of the clause after the second figure, then the comparison. */
const COMPARISON_AFTER = /^[^,.;:!?]{0,40},[ \u00a0]+(?:down|up)[ \u00a0]+from\b/i;

/** Are the figures starting at `leftStart` and ending at `rightEnd` of `body` a compared pair? */
export function comparedPair(body: string, leftStart: number, rightEnd: number): boolean {
  return (
    COMPARED_WITH_BEFORE.test(body.slice(Math.max(0, leftStart - 16), leftStart)) ||
    COMPARISON_AFTER.test(body.slice(rightEnd, rightEnd + 56))
  );
}
