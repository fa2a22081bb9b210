import type { Attribution } from "./attribution.ts";
import { type ClaimantMemory, unnamedSources } from "./claimant.ts";
import { ANONYMITY } from "./reported-content.ts";
import { looksLikeSubject, nameEnd, relativeAside, subjectStart } from "./speech-subject.ts";
import { plausibleSpeaker, withoutSpeakerAdverbs } from "./speaker-phrase.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ASCII_WORD, CAPITALISED, RELATIVE } from "./word-flags.ts";
import { defineGate } from "./word-gates.ts";

/**
 * "Council member Rita Vance, who chairs the budget committee, called the plan “a fantasy.”": a
 * verdict in the speaker's own words is the speaker's claim. Only with a quotation after the verb:
 * "called the police", "described the scene" report acts, not verdicts. There is no reported
 * clause to put after "According to", so the claim is worded as written, speaker first ("Council
 * member Rita Vance called the plan a fantasy").
 */

/** A word gate, so most tokens are ruled out by a bit of their cached gates, not a slice. */
// "accused the government of “losing control”": an accusation in the speaker's words is a verdict too.
const VERDICT_WITH_QUOTE = defineGate([
  "called",
  "calls",
  "described",
  "describes",
  "labelled",
  "labeled",
  "branded",
  "accused",
  "accuses",
  // "blamed the national leadership for “running a campaign that took Westmere for granted”".
  "blamed",
  "blames",
]);
const QUOTE_MARK = /[“"]/;
const ACCUSING = defineGate(["accused", "accuses"]);
const NOT_BEFORE_MAIN_VERB = new Set([
  "who",
  "which",
  "that",
  "had",
  "has",
  "have",
  "was",
  "were",
  "is",
  "are",
  "been",
]);

/** Is "accused" at i the sentence's own verb: not passive ("accused by"), after a comma or in a relative clause? */
function accusesAsMainVerb(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || lowerWordAt(body, next) === "by" || commaBefore(body, tokens, i)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--)
    if (NOT_BEFORE_MAIN_VERB.has(lowerWordAt(body, tokens[k]!))) return false;
  return true;
}
/**
 * Is "blamed" at i the sentence's own verb? Not passive ("blamed by", "Smith, blamed for the
 * defeat, …") nor a relative clause's ("Smith, who blamed the council for “delays”, resigned");
 * right after an aside's comma it is ("Another senior figure, who asked not to be named, blamed …").
 */
function blamesAsMainVerb(body: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const nextWord = lowerWordAt(body, next);
  if (nextWord === "by" || nextWord === "for" || nextWord === "on") return false;
  // Back to the comma before: "who" or a passive's auxiliary; a perfect's "has blamed" is the
  // subject's own verdict.
  for (let k = i - 1; k >= 0 && !commaBefore(body, tokens, k + 1); k--)
    if (NOT_BEFORE_BLAME.has(lowerWordAt(body, tokens[k]!))) return false;
  return true;
}
const NOT_BEFORE_BLAME = new Set(["who", "which", "that", "was", "were", "is", "are", "been", "be"]);
/** "The spokesperson, ", "Sinn Féin's finance spokesperson, ": one description, then the name after its comma. */
const ROLE_BEFORE_NAME = /^[^,]{2,60},\s*$/;

/** How far after the verb the quotation may open: a short object ("the plan", "the budget deal"). */
const MAX_OBJECT_CHARS = 30;

export function verdictSpeech(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // The whole token, in lowercase: not "so-called", nor "Called" opening a name.
    if (!(t.gates & VERDICT_WITH_QUOTE) || (t.flags & (ASCII_WORD | CAPITALISED)) !== ASCII_WORD) continue;
    // "Smith, accused by prosecutors of …", "Jones, who had accused the council of …": the accused
    // or a relative clause's accuser, no verdict of the sentence's subject.
    if (t.gates & ACCUSING && !accusesAsMainVerb(body, tokens, i)) continue;
    // (Compared as a word: the word gates' bits are all taken, and the gate above lets few through.)
    if (lowerWordAt(body, t).startsWith("blam") && !blamesAsMainVerb(body, tokens, i)) continue;
    // The quoted words follow the object at once ("called the plan “a fantasy”"), not a later clause.
    const quote = body.slice(t.end, Math.min(end, t.end + MAX_OBJECT_CHARS)).search(QUOTE_MARK);
    if (quote < 0 || body.slice(t.end, t.end + quote).includes(",")) return null;
    const subjectFrom = subjectStart(body, tokens, i);
    // "The spokesperson, Rory Gilligan, called …": the name set off after the role speaks.
    if (subjectFrom < 0 || (subjectFrom > 0 && !ROLE_BEFORE_NAME.test(body.slice(start, tokens[subjectFrom]!.start))))
      return null;
    const name = withoutSpeakerAdverbs(body, tokens, subjectFrom, nameEnd(body, tokens, subjectFrom, i));
    if (!looksLikeSubject(tokens.slice(name.from, name.to)) || !plausibleSpeaker(body, tokens, name.from, name.to))
      return null;
    const speaker = body.slice(tokens[name.from]!.start, tokens[name.to - 1]!.end);
    // "Another senior figure in the party, who asked not to be named, blamed …": unnamed, and the
    // aside that says so is no claim.
    const anonymous = name.to < i && ANONYMITY.test(body.slice(tokens[name.to]!.start, tokens[i - 1]!.end));
    const claimant = anonymous ? unnamedSources(speaker, null) : memory.speaker(speaker);
    if (!claimant) return null;
    return {
      claimant,
      contentStart: t.start,
      contentEnd: end,
      // A full stop after the closing quote mark ends the sentence, not the claim.
      contentWording: `${speaker} ${body.slice(t.start, end).replace(/([”"]?)\.$/, "$1")}`,
      lead: null,
      tail: null,
      aside: anonymous
        ? null
        : (relativeAside(body, tokens, name.from, name.to, i) ?? presentTenseAside(body, tokens, speaker, name.to, i)),
    };
  }
  return null;
}

/**
 * "Rita Vance, who chairs the budget committee, called …": the relative aside, which
 * `relativeAside` misses when its verb is in the present tense the token flags do not know.
 */
function presentTenseAside(
  body: string,
  tokens: readonly Token[],
  speaker: string,
  nameTo: number,
  verb: number,
): { start: number; end: number; restored: string } | null {
  if (nameTo + 2 >= verb || !(tokens[nameTo]!.flags & RELATIVE)) return null;
  const start = tokens[nameTo + 1]!.start;
  const end = tokens[verb - 1]!.end;
  return { start, end, restored: `${speaker} ${body.slice(start, end)}` };
}
