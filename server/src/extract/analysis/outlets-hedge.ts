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
 * confirm", "was unable to verify", "has not been able to confirm", "could not be independently
 * verified". A passive without "independently" ("…, but the date could not be confirmed") is as
 * often the speaker's own "cannot be confirmed", reported, and stays the speaker's.
 */
const HEDGE =
  /^(?!(?:he|she|they|it|we|i|you|this|that)\b)(?:[\w’'.&-]+\s+){1,5}?(?:(?:could not|couldn['’]t|cannot|can['’]t|(?:was|were) unable to|(?:has|have|had) not been able to) (?:independently )?(?:confirm|verify)\b|(?:could not|couldn['’]t|cannot|can['’]t) be independently (?:confirmed|verified)\b)/i;
/**
 * A subject that is a test or a record, no one who checks: "The hospital said …, but tests could
 * not confirm the cause" is the hospital's own finding.
 */
const THING_SUBJECT =
  /^(?:the |his |her |their |its |initial |further |early |preliminary |blood |dna |post-mortem )*(?:tests?|results?|scans?|records?|data|evidence|checks?|examinations?|post-mortems?|samples?|footage|cctv)\b/i;
/**
 * A speech tag of the clause's own after it ("…, but the school could not confirm any incidents,
 * she said", "…, according to the report"): the tag's speaker holds the clause. A relative clause
 * (", which officials said was rising") is no tag.
 */
const OWN_TAG =
  /,\s*(?:according to\b|(?!(?:which|who|that|what|where|as)\b)(?:[\w’'.-]+\s+){1,4}(?:said|says|added|told|reported|claimed)\b)/i;
/** How far back the joining word may start. */
const JOIN_REACH = 12;
/** How far after the clause its own speech tag may stand. */
const TAG_REACH = 300;

/** How much of the text after ", though" is read for a hedge: its subject and negated check. */
const HEDGE_REACH = 120;

/**
 * Does a hedge open at body[start] ("The Associated Press was unable to independently verify the
 * toll")? Asked after ", though" and ", although", which open no clause of a reported sentence
 * otherwise: "Officials said 40 people had died, though the toll may rise" stays one claim.
 */
export function hedgeOpensAt(body: string, start: number): boolean {
  const clause = body.slice(start, start + HEDGE_REACH);
  return HEDGE.test(clause) && !THING_SUBJECT.test(clause);
}

/** Is the clause at body[start, end) an outlet's hedge joined to a reported clause before it? */
export function isOutletsHedge(body: string, start: number, end: number): boolean {
  if (!JOINED.test(body.slice(Math.max(0, start - JOIN_REACH), start))) return false;
  const clause = body.slice(start, end);
  if (!HEDGE.test(clause) || THING_SUBJECT.test(clause)) return false;
  // The rest of the sentence, from the clause on: a tag after the clause's end is its own too.
  // Looked for within TAG_REACH chars, so text without full stops is not read to its end per clause.
  const after = body.slice(end, end + TAG_REACH);
  const stop = /[.!?](?:\s|$)/.exec(after);
  return !OWN_TAG.test(body.slice(start, end + (stop ? stop.index : after.length)));
}
