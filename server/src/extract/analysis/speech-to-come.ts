/**
 * "“The economy is growing,” the chancellor will say on Wednesday": a speech handed out in advance
 * is tagged with what the speaker will say, and the claim must not word it as said. The tag runs
 * from the quotation's close to "will" and a verb of speech, with no
 * comma, colon or stop between (the speaker's name and title), and no verb of speech of its own
 * before: "“We are ready,” Johnson said, and he will tell MPs" and "“…,” the chancellor said he will
 * tell MPs" were said.
 */
const TAG_TO_COME =
  /^[”"’]?,?[”"’]?\s+(?:(?!\b(?:said|says|told|tells|added|wrote|announced)\b)[^.!?;:,“”"\n]){1,50}?\swill\s+(?:(?:also|later|then)\s+)?(?:say|tell|announce|argue|warn|add|insist|declare|urge|pledge|promise|vow|claim)\b/;
/** How far after the quotation the tag is read: a name, a title and the modal. */
const TAG_WINDOW = 90;

/** Is the quotation that ends at `quoteEnd` tagged with what its speaker will say, not said? */
export function speechToCome(body: string, quoteEnd: number): boolean {
  const after = body.slice(quoteEnd, quoteEnd + TAG_WINDOW);
  // Cheap first: most tags hold no "will".
  return after.includes(" will ") && TAG_TO_COME.test(after);
}
