import type { Attribution } from "./attribution.ts";
import { blamedReason, clauseBeforeBlaming, isBlaming, lastClauseStart, subjectIsAFigure } from "./blaming.ts";
import type { ClaimantMemory } from "./claimant.ts";
import { objectForLeadingIt } from "./participle-object.ts";
import { looksLikeSubject } from "./speech-subject.ts";
import { plausibleSpeaker } from "./speaker-phrase.ts";
import { hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ASCII_WORD, CAPITALISED, LOWERCASE_REPORTING_VERB, PAST, THAT } from "./word-flags.ts";
import { defineGate } from "./word-gates.ts";
import { SENTENCE_ADVERBS } from "./lexicon.ts";
import { afterStatementFrame } from "./participle-frame.ts";
import { describedMedium, MEDIUM_REACH, namedMediumTag } from "./said-in-media.ts";

/** The trailing tag's 9 words after the verb and `MEDIUM_REACH` more, past the participle's plain 4. */
const NAMED_MEDIUM_REACH = 5 + MEDIUM_REACH;

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
const FINDING_PARTICIPLES = defineGate([
  "ruling",
  "finding",
  "concluding",
  "alleging",
  "acknowledging",
  "admitting",
  // "shared the video, writing that it showed …": a post says what "saying" does, before "that".
  "writing",
  "tweeting",
  "posting",
  "stating",
  "declaring",
  "asserting",
]);

const TIME_PREPOSITIONS = new Set(["on", "last", "this", "early", "late", "earlier"]);
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon evening night weekend january february march april may june july august september october november december".split(
    " ",
  ),
);

/** Where the subject ends before a time between it and its verb: "A federal judge | on Thursday blocked …". */
function timeAfterSubject(body: string, tokens: readonly Token[], first: number, verb: number): number {
  // From the subject's first word on: "…, but the snack maker on Tuesday lowered …", not a time
  // in a clause before it.
  for (let k = first + 1; k + 1 < verb; k++) {
    if (TIME_PREPOSITIONS.has(lowerWordAt(body, tokens[k]!)) && TIME_WORDS.has(lowerWordAt(body, tokens[k + 1]!)))
      return k;
  }
  return verb;
}

/**
 * "…, the mayor said, adding": the stretch between the last comma and the participle's is a
 * speaker and a reporting verb (an adverbial may follow: "said on Monday"), after a statement with
 * its own verb. Returns the speaker's tokens [from, to), or null.
 */
function trailingSpeakerBefore(
  body: string,
  tokens: readonly Token[],
  participle: number,
): { from: number; to: number } | null {
  let from = participle - 1;
  while (from > 1 && !commaBefore(body, tokens, from)) from--;
  if (from <= 1 || participle - from > 7 + NAMED_MEDIUM_REACH || !commaBefore(body, tokens, from)) return null;
  let verb = -1;
  for (let k = from + 1; k < participle; k++) {
    if (tokens[k]!.flags & LOWERCASE_REPORTING_VERB) {
      verb = k;
      break;
    }
  }
  if (verb < 0 || !hasFiniteVerb(tokens, 0, from)) return null;
  const reach = participle - verb > 4 ? mediumReach(body, tokens, verb, participle) : 0;
  if (participle - from > 7 + reach || participle - verb > 4 + reach) return null;
  return looksLikeSubject(tokens.slice(from, verb)) && plausibleSpeaker(body, tokens, from, verb)
    ? { from, to: verb }
    : null;
}

/**
 * How much further a tag may run before ", adding" when it names where it was said: a medium a
 * past form describes ("said in a video posted on Monday", decision 885's review), or a medium
 * named right after the verb with no verb of its own after it ("said in a statement to the stock
 * exchange in London on Monday morning", decision 1010), which reaches as far as the trailing tag
 * of decision 970 does (`namedMediumTag`, 14 words after the verb). Asked only of a tag longer
 * than the plain 3 words after the verb.
 */
function mediumReach(body: string, tokens: readonly Token[], verb: number, participle: number): number {
  if (describedMedium(body, tokens, verb)) return MEDIUM_REACH;
  if (participle - verb > 4 + NAMED_MEDIUM_REACH || !namedMediumTag(body, tokens, verb, participle)) return 0;
  return hasFiniteVerb(tokens, verb + 1, participle) ? 0 : NAMED_MEDIUM_REACH;
}

/** Where what a participle reports starts: after "that" when it follows ("adding that …"). */
function contentAfter(tokens: readonly Token[], participle: number): number {
  return tokens[participle + 1]!.flags & THAT && participle + 2 < tokens.length ? participle + 2 : participle + 1;
}

/** Token index of the first speech participle after a comma ("…, adding that"), from `after` on, or -1. */
function speechParticipleAfterComma(body: string, tokens: readonly Token[], after: number): number {
  for (let i = after; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.gates & SPEECH_PARTICIPLES &&
      (t.flags & (ASCII_WORD | CAPITALISED)) === ASCII_WORD &&
      commaBefore(body, tokens, i)
    )
      return i;
  }
  return -1;
}

/**
 * "Crime fell by 40 percent in the 1990s, the mayor said, adding that the city is safer than
 * ever": the participle goes with the speaker of the trailing attribution before it, and so does
 * the statement before that. Read before the reporting verbs, which would give the statement to the
 * mayor and leave the addition to the article, or the participle rule, which gives it to "crime".
 */
export function trailingParticipleSpeech(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  const i = speechParticipleAfterComma(body, tokens, 3);
  if (i < 0) return null;
  const trailing = trailingSpeakerBefore(body, tokens, i);
  if (!trailing) return null;
  const claimant = memory.speaker(body.slice(tokens[trailing.from]!.start, tokens[trailing.to - 1]!.end));
  if (!claimant) return null;
  const from = contentAfter(tokens, i);
  return {
    claimant,
    contentStart: start,
    contentEnd: body.lastIndexOf(",", tokens[trailing.from]!.start),
    lead: null,
    tail: { start: tokens[from]!.start, end },
    tailBySpeaker: true,
    aside: null,
  };
}

/** Words that join a statement to the one before: "But Ray Kowalczyk disputed the figures, saying …". */
const JOINING_OPENERS = new Set(["but", "and", "yet", "still", "meanwhile"]);
const RELATIVE_OPENERS = new Set(["who", "which", "whose"]);

/** Words that open a time or place before the subject: "On Sunday, MP Derek Hollis shared …". */
const LEAD_PREPOSITIONS = new Set([
  "on",
  "in",
  "at",
  "last",
  "earlier",
  "later",
  "after",
  "before",
  "during",
  "late",
  "early",
]);

/**
 * Where the statement's subject starts: after a joining word ("But …") or a short lead of time or
 * place and its comma ("On Sunday, …"); 0 otherwise.
 */
function subjectStart(body: string, tokens: readonly Token[], limit: number): number {
  const opener = lowerWordAt(body, tokens[0]!);
  if (JOINING_OPENERS.has(opener)) return 1;
  // "Separately, the Commission closed …", "Meanwhile, …": a sentence adverb and its comma.
  if (commaBefore(body, tokens, 1) && SENTENCE_ADVERBS.has(opener)) return 1;
  if (!LEAD_PREPOSITIONS.has(opener)) return 0;
  for (let c = 1; c < Math.min(limit, 6); c++) if (commaBefore(body, tokens, c)) return c;
  return 0;
}

/** The token after the comma that closes the aside opened at `k`, before `limit`; -1 when none does. */
function asideClose(body: string, tokens: readonly Token[], k: number, limit: number): number {
  for (let c = k + 1; c < limit; c++) if (commaBefore(body, tokens, c)) return c;
  return -1;
}

/**
 * The first finite verb in [from, to) that is not a capitalised word of a name: in "The opposition
 * Left party criticised …" the verb is "criticised", not "Left".
 */
function statementVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++)
    if (isFiniteVerb(tokens, k) && (tokens[k]!.flags & (PAST | CAPITALISED)) !== (PAST | CAPITALISED)) return k;
  return -1;
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
    // "Halvorsen lowered its profit forecast, blaming a 40% jump in cocoa prices": the reason the
    // subject gives is its claim, worded with the verb (blaming.ts).
    const blames = !(t.gates & (SPEECH_PARTICIPLES | FINDING_PARTICIPLES)) && isBlaming(body, t);
    // The whole token, in lowercase ("saying", not "Saying" in a name or "naysaying").
    if (
      (!blames && !(t.gates & (SPEECH_PARTICIPLES | FINDING_PARTICIPLES))) ||
      (t.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD
    )
      continue;
    if (t.gates & FINDING_PARTICIPLES && !(tokens[i + 1]!.flags & THAT)) continue;
    if (!commaBefore(body, tokens, i)) continue;
    // "…, saying in a statement that …": where it was said is no part of what was said.
    const framed = afterStatementFrame(body, tokens, i);
    const from = framed > 0 ? framed : contentAfter(tokens, i);
    // The subject is what stands before the statement's verb, with no comma in it, after a
    // joining word ("But Ray Kowalczyk disputed …") and before an aside opened by "who" or
    // "which" ("Ray Kowalczyk, who is challenging Ruiz, disputed …").
    // "…, but the snack maker lowered its forecast, blaming …": the last clause's subject blames.
    const first = blames
      ? lastClauseStart(body, tokens, i, subjectStart(body, tokens, i))
      : subjectStart(body, tokens, i);
    let verb = statementVerb(tokens, first + 1, i);
    if (verb < 1) return null;
    let subjectTo = verb;
    for (let k = first + 1; k < verb; k++) {
      if (!commaBefore(body, tokens, k)) continue;
      const close = RELATIVE_OPENERS.has(lowerWordAt(body, tokens[k]!)) ? asideClose(body, tokens, k, i) : -1;
      if (close < 0 || !isFiniteVerb(tokens, close)) return null;
      subjectTo = k;
      verb = close;
      break;
    }
    if (!looksLikeSubject(tokens.slice(first, subjectTo)) || !plausibleSpeaker(body, tokens, first, subjectTo))
      return null;
    const subjectEnd = subjectTo === verb ? timeAfterSubject(body, tokens, first, verb) : subjectTo;
    const subject = body.slice(tokens[first]!.start, tokens[subjectEnd - 1]!.end);
    // "Shares in Acme fell 20%, blaming …", "Police arrested a man who attacked …, blaming him":
    // no subject that gives a reason, or another clause's (blaming.ts).
    if (blames && (subjectIsAFigure(subject) || clauseBeforeBlaming(body, tokens, verb, i))) return null;
    const claimant = memory.speaker(subject);
    if (!claimant) return null;
    if (blames) return blamedReason(subject, claimant, body, tokens, i, start, end);
    // "Reyes condemned the decision, saying it amounted to …": "it" is the decision.
    const itStandsFor = objectForLeadingIt(body, tokens, claimant, first, subjectEnd, verb, i, from);
    return {
      claimant,
      contentStart: tokens[from]!.start,
      contentEnd: end,
      lead: { start, end: tokens[i - 1]!.end },
      tail: null,
      aside: null,
      keepsPronoun: true,
      ...(itStandsFor === null ? {} : { itStandsFor }),
    };
  }
  return null;
}
