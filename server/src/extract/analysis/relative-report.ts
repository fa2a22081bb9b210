import { isFiniteVerb, isPastVerb } from "./verbs.ts";
import { plausibleSpeaker } from "./speaker-phrase.ts";
import { commaBefore, endsInPossessive, lowerWordAt, type Token } from "./tokens.ts";
import {
  AND,
  CAPITALISED,
  COORDINATOR,
  LOWERCASE_REPORTING_VERB,
  RELATIVE,
  SUBJECT_PRONOUN,
  THAT,
} from "./word-flags.ts";

/**
 * A relative clause whose verb someone the sentence names reports: "The governor praised the
 * program, which she said had brought 4,000 jobs", "The state grant, which the mayor said totals
 * $3.1 million, will cover the rest", "…, a figure she said was “a national scandal”". What
 * follows the reporting verb is that speaker's claim about the noun before the clause; written as
 * one sentence it read as the article's own.
 */
export interface RelativeReport {
  /** The noun the clause is about, as the wording names it ("the program", "the figure"). */
  noun: string;
  /** Offset where the article's words before the clause end (the comma or the relative word). */
  headEnd: number;
  /** Token range of the speaker ("she", "the mayor", "Karen Osgood"). */
  speakerFrom: number;
  speakerTo: number;
  /** Token range of what the speaker says of the noun ("had brought 4,000 jobs …"). */
  contentFrom: number;
  contentTo: number;
  /** The main clause's predicate after a relative clause that sits in its subject ("will cover the rest"), or -1. */
  predicateFrom: number;
  /** Where the main clause goes on after the clause ("and met nurses"), or -1. */
  goesOnFrom: number;
}

/** Can the sentence's tokens hold such a clause: a reporting verb in lowercase? A cheap test first. */
export function mayReportInClause(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.flags & LOWERCASE_REPORTING_VERB) return true;
  return false;
}

/** Verbs that report what the relative clause asserts; "told" and "asked" take an object first. */
const REPORTING = new Set(
  "said says say claimed claims estimated estimates believes argued argues insisted insists maintained".split(" "),
);
/** Words that open the noun phrase the clause is about. */
const DETERMINERS = new Set("the a an his her its their our this these those".split(" "));
/** After the reporting verb, words that open anything but the clause's verb ("said on Monday", "said that"). */
const NOT_A_VERB = new Set(
  "on in at to that the a an this last next it he she they we i you his her its their our in for of by with from during after before".split(
    " ",
  ),
);
const MAX_SPEAKER_WORDS = 4;
const MAX_NOUN_WORDS = 6;
/** How far the clause's end is looked for: bounded, so a long sentence of such clauses stays linear. */
const MAX_CLAUSE_WORDS = 40;

/** The first such clause in the sentence's tokens, or null. */
export function relativeReportIn(body: string, tokens: readonly Token[]): RelativeReport | null {
  for (let j = 2; j + 1 < tokens.length; j++) {
    // Every verb of REPORTING has the reporting-verb flag: most tokens are passed without a string made.
    if (!(tokens[j]!.flags & LOWERCASE_REPORTING_VERB) || !REPORTING.has(lowerWordAt(body, tokens[j]!))) continue;
    if (!opensVerb(body, tokens, j + 1)) continue;
    const found = relativeBefore(body, tokens, j);
    if (!found) continue;
    const grown = nounGrownTo(body, tokens, found.clauseStart);
    const nounFrom = grown === null ? nounStart(body, tokens, found.clauseStart) : found.clauseStart - 1;
    if (nounFrom < 0) continue;
    // "…, which the Bank said was expected, and markets fell": after a figure, only a clause that
    // ends the sentence; where it ends before a clause of the article's is not read.
    if (grown !== null && commaAfter(body, tokens, j + 1)) continue;
    // In the subject ("The state grant, which the mayor said totals $3.1 million, will cover …"):
    // the clause ends at the comma before the main verb.
    const inSubject = grown === null && nounFrom === 0 && found.clauseStart !== found.speakerFrom;
    let contentTo = tokens.length;
    let predicateFrom = -1;
    let goesOnFrom = -1;
    if (inSubject) {
      for (let k = j + 2; k < tokens.length && k - j <= MAX_CLAUSE_WORDS; k++)
        if (commaBefore(body, tokens, k) && isFiniteVerb(tokens, k)) {
          contentTo = predicateFrom = k;
          break;
        }
      if (predicateFrom < 0) continue;
    } else {
      // "visited the hospital, which she said treats 40,000 patients a year, and met nurses": the
      // clause ends at the comma before the main clause goes on.
      for (let k = j + 2; k + 1 < tokens.length && k - j <= MAX_CLAUSE_WORDS; k++)
        if (commaBefore(body, tokens, k) && tokens[k]!.flags & (AND | COORDINATOR) && isPastVerb(tokens[k + 1])) {
          contentTo = k;
          goesOnFrom = k;
          break;
        }
    }
    const nounWords = body.slice(tokens[nounFrom]!.start, tokens[found.clauseStart - 1]!.end);
    // "… for phone calls, a decision that advocates said would …": the appositive noun names what
    // the speaker talks about and is worded into their claim; the article's words end at its comma.
    const headEnd =
      nounFrom > 0 && found.headEnd > tokens[nounFrom]!.start && commaBefore(body, tokens, nounFrom)
        ? commaAt(body, tokens[nounFrom]!)
        : found.headEnd;
    return {
      noun: grown ?? nounWords.replace(/^(?:a|an)\s/i, "the ").replace(/^The\s/, "the "),
      headEnd,
      speakerFrom: found.speakerFrom,
      speakerTo: j,
      contentFrom: j + 1,
      contentTo,
      predicateFrom,
      goesOnFrom,
    };
  }
  return null;
}

/**
 * "The battery grows to 5,000mAh, from 4,400mAh, which Samsung says is good for …": the clause
 * follows the figure the sentence's subject grew to, not a noun, and is about the subject at that
 * figure. Its wording, "the 5,000mAh battery", or null for any other shape. Read only when the
 * sentence opens "The" and a noun of one or two words, a verb of growing and "to", a figure with
 * its unit written against it ("5,000mAh", "4.2%", "$999"), "from" and a figure, each after a
 * comma, and "which". A bare count ("rose to 40, from 32") would read "the 40 death toll", and a
 * place ("The team rose to 3rd, from 7th") "the 3rd team", another team: both left.
 */
const GROWN_TO =
  /^The\s+(\p{Ll}+(?:\s\p{Ll}+)?)\s+(?:grows|grew|rises|rose|increases|increased|jumps|jumped|climbs|climbed)\s+to\s+([$£€]\d[\d.,]*(?:bn|m)?|\d[\d.,]*(?:%|(?!(?:st|nd|rd|th),)\p{L}+)),\s+(?:up\s+)?from\s+[$£€]?\d[\d.,]*(?:%|\p{L}+)?,\s+$/u;
const GROWN_TO_REACH = 120;

function nounGrownTo(body: string, tokens: readonly Token[], clauseStart: number): string | null {
  if (clauseStart < 7 || lowerWordAt(body, tokens[clauseStart]!) !== "which") return null;
  const head = body.slice(tokens[0]!.start, tokens[clauseStart]!.start);
  if (head.length > GROWN_TO_REACH) return null;
  const m = GROWN_TO.exec(head);
  return m === null ? null : `the ${m[2]!} ${m[1]!}`;
}

/** Does token i open the clause's verb: an auxiliary or past form, or a present "-s" form ("totals", "draws")? */
function opensVerb(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isFiniteVerb(tokens, i)) return true;
  if (t.flags & CAPITALISED || NOT_A_VERB.has(lowerWordAt(body, t))) return false;
  // "which he said cost $4.2 million": a past written as the base form.
  if (SAME_FORM_PASTS.has(lowerWordAt(body, t))) return true;
  return t.end - t.start > 3 && body.charCodeAt(t.end - 1) === 115 && body.charCodeAt(t.end - 2) !== 115;
}
const SAME_FORM_PASTS = new Set(["cost", "hurt", "cut", "hit"]);

/**
 * Before the reporting verb at j: the speaker, and before it "which"/"that"/"who" (clauseStart is
 * that word) or, with no such word, a comma and an appositive noun ("…, a figure she said was").
 */
function relativeBefore(
  body: string,
  tokens: readonly Token[],
  j: number,
): { clauseStart: number; speakerFrom: number; headEnd: number } | null {
  for (let k = j - 1; k >= 1 && j - k <= MAX_SPEAKER_WORDS; k--) {
    const t = tokens[k]!;
    if (t.flags & (RELATIVE | THAT)) {
      if (k + 1 === j || !speakerAt(body, tokens, k + 1, j)) return null;
      return { clauseStart: k, speakerFrom: k + 1, headEnd: commaBefore(body, tokens, k) ? commaAt(body, t) : t.start };
    }
    if (commaBefore(body, tokens, k)) break;
  }
  // "…, a figure she said was": only a pronoun or "the …" speaker, so noun and speaker part.
  const speakerFrom = tokens[j - 1]!.flags & SUBJECT_PRONOUN ? j - 1 : theBefore(body, tokens, j);
  if (speakerFrom < 2 || !speakerAt(body, tokens, speakerFrom, j)) return null;
  for (let k = speakerFrom - 1; k >= 0 && speakerFrom - k <= 3; k--)
    if (k === 0 ? commaJustBefore(body, tokens[0]!.start) : commaBefore(body, tokens, k))
      return DETERMINERS.has(lowerWordAt(body, tokens[k]!))
        ? { clauseStart: speakerFrom, speakerFrom, headEnd: commaAt(body, tokens[k]!) }
        : null;
  return null;
}

/** "the mayor said": where "the" opens a speaker of two or three words before j, or -1. */
function theBefore(body: string, tokens: readonly Token[], j: number): number {
  for (let k = j - 2; k >= j - 3 && k >= 0; k--) if (lowerWordAt(body, tokens[k]!) === "the") return k;
  return -1;
}

function speakerAt(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1 && tokens[from]!.flags & SUBJECT_PRONOUN) return true;
  return plausibleSpeaker(body, tokens, from, to);
}

/** A comma right before `at` (a span that starts after one: "…, a figure she said was"). */
function commaJustBefore(body: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && body.charCodeAt(k) === 32) k--;
  return k >= 0 && body.charCodeAt(k) === 44;
}

/** Is there a comma between any two tokens from `from` to the sentence's end? */
function commaAfter(body: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) if (commaBefore(body, tokens, k)) return true;
  return false;
}

function commaAt(body: string, t: Token): number {
  return body.lastIndexOf(",", t.start);
}

/**
 * Where the noun before the clause starts: its determiner within a few words, or a capitalised
 * name right before it ("Project Horizon, which"). -1 when there is neither, or a verb, comma or
 * "and" comes first.
 */
function nounStart(body: string, tokens: readonly Token[], clauseStart: number): number {
  for (let k = clauseStart - 1; k >= 0 && clauseStart - k <= MAX_NOUN_WORDS; k--) {
    const t = tokens[k]!;
    if (isFiniteVerb(tokens, k) || t.flags & COORDINATOR) return -1;
    if (DETERMINERS.has(lowerWordAt(body, t))) return k;
    // "switched to the FBI's new reporting system in 2021, which some experts say …": a possessive
    // opens the noun as a determiner does, with the "the" before it.
    if (endsInPossessive(body, t)) return k > 0 && lowerWordAt(body, tokens[k - 1]!) === "the" ? k - 1 : k;
    if (k < clauseStart - 1 && commaBefore(body, tokens, k + 1)) return -1;
  }
  let k = clauseStart - 1;
  if (k < 0 || !(tokens[k]!.flags & CAPITALISED)) return -1;
  while (k > 0 && tokens[k - 1]!.flags & CAPITALISED && !commaBefore(body, tokens, k)) k--;
  return k;
}
