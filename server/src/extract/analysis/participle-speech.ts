import type { Attribution } from "./attribution.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { looksLikeSubject } from "./speech-subject.ts";
import { plausibleSpeaker } from "./speaker-phrase.ts";
import { firstFiniteVerb } from "./verbs.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ASCII_WORD, CAPITALISED, THAT } from "./word-flags.ts";
import { defineGate } from "./word-gates.ts";

/**
 * "Okafor's office disputed that number, saying it excluded units under construction": what
 * follows ", saying" is reported by the subject of the statement before it. The statement itself
 * is the article's; the rest is the subject's. Only participles of speech count: "…, citing higher
 * costs" reports nothing.
 */

/** A word gate, read from the token's cached gates. */
const SPEECH_PARTICIPLES = defineGate([
  "saying",
  "adding",
  "arguing",
  "claiming",
  "noting",
  "warning",
  "insisting",
  "explaining",
  "stating",
  "asserting",
]);

/**
 * Participles that report only before "that": "…, ruling that the law would disenfranchise
 * voters" reports the judge's finding; "…, ruling in his favour" reports nothing.
 */
const FINDING_PARTICIPLES = defineGate(["ruling", "finding", "concluding", "alleging", "acknowledging", "admitting"]);

const TIME_PREPOSITIONS = new Set(["on", "last", "this", "early", "late", "earlier"]);
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon evening night weekend january february march april may june july august september october november december".split(
    " ",
  ),
);

/** Where the subject ends before a time between it and its verb: "A federal judge | on Thursday blocked …". */
function timeAfterSubject(body: string, tokens: readonly Token[], verb: number): number {
  for (let k = 1; k + 1 < verb; k++) {
    if (TIME_PREPOSITIONS.has(lowerWordAt(body, tokens[k]!)) && TIME_WORDS.has(lowerWordAt(body, tokens[k + 1]!)))
      return k;
  }
  return verb;
}

/** The attribution of a sentence "<subject> <verb> …, saying …", or null. */
export function participleSpeech(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // The whole token, in lowercase ("saying", not "Saying" in a name or "naysaying").
    if (
      !(t.gates & (SPEECH_PARTICIPLES | FINDING_PARTICIPLES)) ||
      (t.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD
    )
      continue;
    if (t.gates & FINDING_PARTICIPLES && !(tokens[i + 1]!.flags & THAT)) continue;
    if (!commaBefore(body, tokens, i)) continue;
    // The subject is what stands before the statement's verb, with no comma in it.
    const verb = firstFiniteVerb(tokens, 1, i);
    if (verb < 1) return null;
    for (let k = 1; k < verb; k++) if (commaBefore(body, tokens, k)) return null;
    if (!looksLikeSubject(tokens.slice(0, verb)) || !plausibleSpeaker(body, tokens, 0, verb)) return null;
    const subjectEnd = timeAfterSubject(body, tokens, verb);
    const claimant = memory.speaker(body.slice(tokens[0]!.start, tokens[subjectEnd - 1]!.end));
    if (!claimant) return null;
    const from = tokens[i + 1]!.flags & THAT && i + 2 < tokens.length ? i + 2 : i + 1;
    return {
      claimant,
      contentStart: tokens[from]!.start,
      contentEnd: end,
      lead: { start, end: tokens[i - 1]!.end },
      tail: null,
      aside: null,
      keepsPronoun: true,
    };
  }
  return null;
}
