import { commaBefore, firstTokenEndingAfter, lowerWordAt, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";
import { defineGate } from "./word-gates.ts";
import { ALWAYS_FINITE, PAST } from "./word-flags.ts";

/** Auxiliaries that put what follows in the future (or, reported, the future of the past: "said they would meet"). */
const FUTURE_AUXILIARIES = new Set(["will", "shall", "won't", "would"]);
/** Auxiliaries that say nothing about when: modals, "do", and "has/have" (present perfect points back itself, via its participle). */
const TIMELESS_AUXILIARIES = new Set(["can", "could", "may", "might", "must", "should", "do", "does", "has", "have"]);
const BE_PRESENT = new Set(["is", "are", "am"]);
const BE_FORMS = new Set(["is", "are", "am", "be", "been", "being", "was", "were"]);
/** Words that make the future with "to" after them: "is expected to", "plans to", "is set to"; some with "for" too. */
const FUTURE_BEFORE_TO = new Set([
  "expected",
  "scheduled",
  "due",
  "set",
  "going",
  "plan",
  "plans",
  "slated",
  "projected",
  "forecast",
  "predicted",
]);
const FUTURE_BEFORE_FOR = new Set(["scheduled", "due", "set", "slated"]);

/**
 * Present-tense verbs of schedules: with a date they speak of what is planned ("the law takes
 * effect on July 1", "she visits Mexico on Friday").
 */
const SCHEDULED_PRESENT = new Set([
  "takes",
  "starts",
  "begins",
  "opens",
  "closes",
  "ends",
  "expires",
  "launches",
  "resumes",
  "arrives",
  "leaves",
  "returns",
  "meets",
  "visits",
  "travels",
  "holds",
  "hosts",
  "faces",
  "plays",
]);

/**
 * Present-tense verbs of intent and expectation: what they govern lies ahead ("Crews expect winds
 * to ease by Saturday", "The agency aims to reopen the bridge in March"). Read from the token's
 * word gate, so no word is sliced to find them.
 */
const FORWARD_LOOKING = defineGate(
  "expect expects aim aims intend intends hope hopes vow vows pledge pledges promise promises predict predicts anticipate anticipates".split(
    " ",
  ),
);

function followedByTo(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.end - next.start > 3) return false;
  const w = lowerWordAt(body, next);
  // "scheduled for Thursday", "due on Friday" as well as "expected to".
  return w === "to" || ((w === "for" || w === "on") && FUTURE_BEFORE_FOR.has(lowerWordAt(body, tokens[i]!)));
}

/**
 * +1 when token i marks the future, -1 the past, 0 neither. Only auxiliaries, "-ed"/irregular
 * past forms and short words are read as text; the flags rule out the rest.
 */
function tenseMark(body: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.gates & FORWARD_LOOKING) return 1;
  if (t.flags & ALWAYS_FINITE) {
    const w = lowerWordAt(body, t);
    // "set" is an irregular past, but "is set for Nov. 14" / "set to" speak of what is planned.
    if (FUTURE_BEFORE_TO.has(w) && followedByTo(body, tokens, i)) return 1;
    if (FUTURE_AUXILIARIES.has(w) || w.endsWith("'ll") || w.endsWith("’ll")) return 1;
    // "is running for re-election in November": the present progressive with a date is an arrangement.
    if (BE_PRESENT.has(w)) return tokens[i + 1] && lowerWordAt(body, tokens[i + 1]!).endsWith("ing") ? 1 : 0;
    if (SCHEDULED_PRESENT.has(w)) return 1;
    // "will be", "has been", "is being": the form of "be" after an auxiliary tells no tense.
    return TIMELESS_AUXILIARIES.has(w) || w === "be" || w === "been" || w === "being" ? 0 : -1;
  }
  const length = t.end - t.start;
  if (t.flags & PAST) {
    if (length >= 6 && length <= 9) {
      const w = lowerWordAt(body, t);
      if (FUTURE_BEFORE_TO.has(w) && followedByTo(body, tokens, i)) return 1;
    }
    // "will be sentenced in August", "when she is sentenced": a passive participle says nothing
    // of when; its auxiliary ("will", "was") or the verb before it does.
    if (i > 0 && BE_FORMS.has(lowerWordAt(body, tokens[i - 1]!))) return 0;
    return isFiniteVerb(tokens, i) ? -1 : 0;
  }
  if (length >= 3 && length <= 5 && FUTURE_BEFORE_TO.has(lowerWordAt(body, t)) && followedByTo(body, tokens, i))
    return 1;
  return length >= 4 && length <= 8 && body.charCodeAt(t.end - 1) === 115 && SCHEDULED_PRESENT.has(lowerWordAt(body, t))
    ? 1
    : 0;
}

/**
 * Whether a date at body offset `at` inside [start, end) points forward. The verb that governs it
 * usually comes before it in the same stretch between commas ("voted 7-2 on Tuesday night, a
 * project officials say will cut …" is past; "who is running for re-election in November, has
 * made …" is future); failing that, the nearest verb after it ("On Friday, she will meet").
 * Without any tense mark in the span, `fallback` (the claim's overall tense) decides.
 */
export function futureAt(
  body: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  at: number,
  fallback: boolean,
): boolean {
  const first = firstTokenEndingAfter(tokens, start);
  const dateToken = firstTokenEndingAfter(tokens, at);
  // Back from the date to the comma or the span's start.
  for (let i = dateToken - 1; i >= first && tokens[i]!.start >= start; i--) {
    const m = tenseMark(body, tokens, i);
    if (m !== 0) return m > 0;
    if (commaBefore(body, tokens, i)) break;
  }
  // Else forward from it to the span's end.
  for (let i = dateToken; i < tokens.length && tokens[i]!.end <= end; i++) {
    if (tokens[i]!.start < at) continue;
    const m = tenseMark(body, tokens, i);
    if (m !== 0) return m > 0;
  }
  return fallback;
}
