/**
 * "The cause of the crash may never be known", "The cause of the fire is under investigation", "The
 * cause of death was not immediately clear": the noun "cause" before a predicate that says it is not
 * known asserts no cause, so it makes no `causal` claim. "The cause of the fire was an electrical
 * fault" names one and stays causal, and so does any other causal word in the text ("The cause is
 * unknown, but the blast led to 12 deaths"), which the caller tests on the rest of the text. Nor
 * a cause unknown only until, or for a while before, something found it: "The cause of the outage
 * was unclear for hours before engineers traced it to a cyber-attack", "… was a mystery until
 * engineers blamed a lightning strike" tell of a cause found. "The cause of the collapse was not yet
 * known" is read as "not known" (decision 685).
 */
const CAUSE_NOT_KNOWN =
  /\b[Tt]he (?:exact |precise |likely )?cause(?: of [^,.;:]{1,60}?)? (?:may|might|will) (?:never|not) be (?:known|clear)\b|\b[Tt]he (?:exact |precise |likely )?cause(?: of [^,.;:]{1,60}?)? (?:is|was|remains|remained) (?:still |not yet |as yet )?(?:unknown|unclear|not known|not clear|not (?:yet|immediately) (?:known|clear)|a mystery|under investigation|being investigated)\b(?!(?: for [a-z]+)? (?:until|before)\b)/;

/** The text less a "cause" said to be unknown, or null if it has none. */
export function withoutUnknownCause(text: string): string | null {
  // Cheap first: the noun is rare.
  if (!text.includes("ause")) return null;
  const m = CAUSE_NOT_KNOWN.exec(text);
  return m === null ? null : text.slice(0, m.index) + text.slice(m.index + m[0].length);
}
