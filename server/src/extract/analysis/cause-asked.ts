import { mayAskWhatCaused } from "./large-pattern-gates.ts";

/**
 * "Police are investigating what caused the fire", "It is not known what caused the crash",
 * "Officials did not say what led to the delay": "what caused" after a frame of not knowing or of
 * looking for it is an indirect question, and asserts no cause, so it makes no `causal` claim (as
 * decision 645's `withoutUnknownCause` reads "the cause … is unknown"). Without such a frame the
 * cause is told: "Police know what caused the fire: a cigarette" and "The storm caused the fire"
 * stay causal, and so does any other causal word in the text, which the caller tests on the rest.
 * Another question may stand before it: "It is not known exactly when or what caused the crash"
 * (decision 750).
 */
const CAUSE_ASKED =
  /\b(?:(?:is|was|are|were|remains?|remained|still) (?:not (?:yet |immediately )?(?:known|clear)|unknown|unclear)|investigat(?:e|es|ed|ing)|(?:to|trying to|tried to) (?:establish|determine|find out|understand|discover|identify|ascertain|work out)|(?:did|does|do|could|would) not (?:say|know|explain|reveal|disclose|confirm)|(?:don|doesn|didn)['’]t (?:say|know|explain|reveal)|(?:inquiry|investigation|probe) into|looking into|no idea|wonder(?:s|ed|ing)?) (?:exactly |precisely )?(?:(?:when|how|why|where|who) (?:or|and) )?what (?:caused|causes|led to|triggered|sparked)\b/;

/**
 * "The investigation into what caused the crash found that pilot error was to blame", "The probe
 * into what caused the crash blamed pilot fatigue": the looking is over, and what it found is the
 * cause. A frame of looking, and a verb of finding after the question in the same clause. "said"
 * finds only with a finding after it (decision 750): "Police investigating what caused the fire
 * said it was started deliberately", "… said it was caused by a faulty cable", "The inquiry into
 * what caused the blackout said the grid was to blame"; "… said they were keeping an open mind"
 * tells no cause.
 */
const LOOKED = /^(?:investigat|inquiry|probe|looking|to |trying|tried)/;
const SAID_FINDING = String.raw`said (?:that )?(?:it|the \w+) (?:(?:was|had been) (?:(?:started|set|lit) deliberately|(?:caused|started|sparked|triggered) by)|(?:was|were) to blame)`;
const FOUND = new RegExp(
  String.raw`^[^.;:]*?\b(?:found|finds|concluded|concludes|blamed|blames|ruled|established|identified|traced|${SAID_FINDING})\b`,
);

/** The text less an indirect question of what caused something, or null if it has none. */
export function withoutAskedCause(text: string): string | null {
  // Cheap first: "what" before a cause's verb is rare; the pattern compiles to 33 KB (decision 760).
  if (!mayAskWhatCaused(text)) return null;
  const m = CAUSE_ASKED.exec(text);
  if (m === null) return null;
  const rest = text.slice(m.index + m[0].length);
  if (LOOKED.test(m[0]) && FOUND.test(rest)) return null;
  return text.slice(0, m.index) + rest;
}
