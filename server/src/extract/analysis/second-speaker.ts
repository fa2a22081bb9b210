import { JOINERS } from "./lexicon.ts";
import { looksLikeSubject } from "./speech-subject.ts";
import { plausibleSpeaker } from "./speaker-phrase.ts";
import { timeBeforeSpeaker } from "./time-before-speaker.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ASCII_WORD, CAPITALISED, LOWERCASE_REPORTING_VERB, RELATIVE } from "./word-flags.ts";
import { defineGate } from "./word-gates.ts";

/**
 * Where reported content hands over to another speaker: "…, while critics said it would cost
 * twice that" (a reporting verb: the tail is read as that speaker's reported speech) or "…,
 * though economists called the figure inflated" (a verdict on what came before: the tail is
 * the critics' claim as the article words it, speaker included, since "According to economists,
 * the figure inflated" would not be a sentence).
 */

/**
 * Verbs by which a second speaker judges the first one's claim. Not "rejected", "dismissed" or
 * "challenged": a council, a judge or a party do those as acts the article reports. "called" and the like also
 * summon and name ("called the police", "called for calm", "called off"): those readings are
 * ruled out by the word after the verb.
 */
const VERDICT_VERBS = defineGate(
  (
    "called calls call described describes describe labelled labeled branded disputed dispute disputes " +
    "questioned question questions criticised criticized"
  ).split(" "),
);
const NOT_A_VERDICT_AFTER = new Set(["for", "on", "off", "up", "in", "out", "back", "a", "an", "police", "it's"]);

export interface SecondSpeaker {
  /** Where the first speaker's content ends (the comma before the joining word). */
  contentEnd: number;
  /** From the second speaker on. */
  tail: { start: number; end: number };
  /** The tail is a verdict ("economists called the figure inflated"): the second speaker's claim, worded as written. */
  verdict: { speakerFrom: number; speakerTo: number } | null;
}

/**
 * The hand-over in tokens [from, …) of reported content that runs to `end`: a comma, a joining
 * word, then a plausible speaker and a reporting or verdict verb within a few words. Null when
 * there is none.
 */
export function secondSpeakerAt(
  body: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): SecondSpeaker | null {
  for (let k = from + 1; k < tokens.length - 2 && tokens[k]!.end <= end; k++) {
    if (!commaBefore(body, tokens, k)) continue;
    const verb = speechVerbAfterJoiner(body, tokens, k);
    if (verb === null) continue;
    const comma = body.lastIndexOf(",", tokens[k]!.start);
    return {
      contentEnd: comma,
      tail: { start: tokens[k + 1]!.start, end },
      verdict: verb.reporting ? null : { speakerFrom: k + 1, speakerTo: verb.at },
    };
  }
  return null;
}

/**
 * A joining word at `k` ("while", "although", …) followed by a plausible speaker and a reporting
 * or verdict verb within a few words: the verb's index, and whether it reports. Null otherwise.
 */
export function speechVerbAfterJoiner(
  body: string,
  tokens: readonly Token[],
  k: number,
): { at: number; reporting: boolean } | null {
  if (!JOINERS.has(lowerWordAt(body, tokens[k]!))) return null;
  for (let m = k + 2; m < Math.min(tokens.length, k + 8); m++) {
    // "…, while Adfam, which supports families, said …": a relative aside between the speaker and the verb.
    if (tokens[m]!.flags & RELATIVE && commaBefore(body, tokens, m)) return verbAfterAside(body, tokens, k, m);
    const reporting = (tokens[m]!.flags & LOWERCASE_REPORTING_VERB) !== 0;
    if (!reporting && !isVerdict(body, tokens, m)) continue;
    // "…, and yesterday a union said …": a time before the speaker is none of the speaker's words,
    // as at the sentence's opening (review of decision 820).
    const from = k + 1 + timeBeforeSpeaker(body, tokens, k + 1, m);
    if (!looksLikeSubject(tokens.slice(from, m)) || !plausibleSpeaker(body, tokens, from, m)) return null;
    return { at: m, reporting };
  }
  return null;
}

/** How many words a relative aside after a second speaker may take. */
const ASIDE_WORDS = 12;

/** The reporting verb right after the relative aside that opens at `relative`, its speaker tokens (k, relative). */
function verbAfterAside(
  body: string,
  tokens: readonly Token[],
  k: number,
  relative: number,
): { at: number; reporting: boolean } | null {
  let c = relative + 1;
  while (c < tokens.length && c - relative <= ASIDE_WORDS && !commaBefore(body, tokens, c)) c++;
  if (c >= tokens.length || !commaBefore(body, tokens, c) || !(tokens[c]!.flags & LOWERCASE_REPORTING_VERB))
    return null;
  const subject = tokens.slice(k + 1, relative);
  if (!looksLikeSubject(subject) || !plausibleSpeaker(body, tokens, k + 1, relative)) return null;
  return { at: c, reporting: true };
}

/** A verdict verb at `m`, in lowercase, followed by what it judges ("called the figure inflated"). */
function isVerdict(body: string, tokens: readonly Token[], m: number): boolean {
  const next = tokens[m + 1];
  if (!next) return false;
  const t = tokens[m]!;
  // The whole token, in lowercase: not "so-called", nor "Called" or "Dispute" opening a name.
  if (!(t.gates & VERDICT_VERBS) || (t.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD) return false;
  return !NOT_A_VERDICT_AFTER.has(lowerWordAt(body, next));
}
