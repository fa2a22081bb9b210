/**
 * "Two people familiar with the matter said the bid was placed for an Asian collector, but Reuters
 * could not independently confirm that": the clause after ", but" is the outlet's note on what the
 * sources said, not one more thing they said. A reported clause that is such a hedge is the
 * article's (the claim before it is flagged `unconfirmed`: unconfirmed-claims.ts).
 */

/** The joining word right before the clause: ", but", ", though", ", although", ", while". */
const JOINED = /,\s*(?:but|though|although|while)\s+$/i;
/**
 * A named subject (a name or "the BBC", at most five words, no pronoun: "but they could not
 * confirm his name" is the speaker's own) and a negated check: "could not (independently)
 * confirm", "was unable to verify", "has not been able to confirm", "could not be verified".
 */
const HEDGE =
  /^(?!(?:he|she|they|it|we|i|you|this|that)\b)(?:[\w’'.&-]+\s+){1,5}?(?:(?:could not|couldn['’]t|cannot|can['’]t|(?:was|were) unable to|(?:has|have|had) not been able to) (?:independently )?(?:confirm|verify)\b|(?:could not|couldn['’]t|cannot|can['’]t) be (?:independently )?(?:confirmed|verified)\b)/i;
/** How far back the joining word may start. */
const JOIN_REACH = 12;

/** Is the clause at body[start, end) an outlet's hedge joined to a reported clause before it? */
export function isOutletsHedge(body: string, start: number, end: number): boolean {
  return JOINED.test(body.slice(Math.max(0, start - JOIN_REACH), start)) && HEDGE.test(body.slice(start, end));
}
