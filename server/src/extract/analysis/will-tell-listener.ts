/**
 * "Rachel Reeves will tell MPs: “…”", "The chancellor will tell the Commons: “…”": "tell" takes
 * its listener before the quotation, so the tag does not end in a verb of speech as "will say:"
 * does (decision 750). The listener is one to four words ("MPs", "the Commons", "the party
 * conference"), with no stop, comma or colon among them, and no "that" ("will tell supporters
 * that “America is back”" reports a clause, quoted in part). Only "will tell" takes a listener: a
 * speech to come is the one tag whose listener stands between the verb and the words. "tell their
 * own story" is no listener ("The figures will tell their own story: …", the review of decision 750).
 * `TELL_LISTENER` is the words after the modal: "would" takes them too after a briefing's frame ("It
 * is understood that Reeves would tell MPs: “…”", `wouldSpeakBefore` in speech-to-come.ts, decision
 * 1015).
 */
export const TELL_LISTENER = String.raw`(?:(?:also|later|then)\s+)?tell(?!\s+(?:(?:its|their|his|her|our|your|my)\s+own\s+)?(?:story|stories|tale)\b)(?:\s+(?!that\b)[\p{L}\d’'-]+){1,4}`;
export const WILL_TELL_LISTENER = String.raw`will\s+${TELL_LISTENER}`;

const WILL_TELL_AT_END = new RegExp(String.raw`\s${WILL_TELL_LISTENER}[\s:,]*$`, "u");

/** Does the lead-in before a quotation end in "will tell" and a listener? */
export function endsWithWillTell(before: string): boolean {
  // Cheap first: one search for the words, before the regex.
  return before.includes(" tell ") && WILL_TELL_AT_END.test(before);
}
