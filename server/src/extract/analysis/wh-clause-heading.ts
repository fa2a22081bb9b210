/**
 * A heading that is a clause with no main verb of its own: "What the exit poll says about the
 * economy", "How to find out whether a product you own has been recalled". Its "says" or
 * "recalled" reports nothing: the words under it do. As prose the clause goes on ("What the poll
 * says about the economy is clear"), and then it does not match.
 */
const WH_CLAUSE_HEADING =
  /^(?:How to\b[^.!?"“”]{0,100}|(?:What|How|Why) [^,;:.!?"“”]{1,60}\b(?:says|say|shows|show|tells us)(?: about\b[^,;:.!?"“”]{0,60})?)$/;

/** A main verb after the clause: "What Sunak says about the deficit is wrong", "How to fund it is unclear". */
const MAIN_VERB_AFTER = /\b(?:is|was|are|were|remains|remain)\b/;

/** Is the text a heading that is only a "what …" or "how to …" clause? */
export function isWhClauseHeading(text: string): boolean {
  const first = text.charCodeAt(0);
  // Cheap first: "W" or "H".
  return (first === 87 || first === 72) && WH_CLAUSE_HEADING.test(text) && !MAIN_VERB_AFTER.test(text);
}
