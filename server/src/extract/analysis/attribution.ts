import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { type ClaimantMemory, claimantFromPhrase, cleanName } from "./claimant.ts";
import { REPORTING_VERBS, SUBJECT_PRONOUNS } from "./lexicon.ts";
import { isJsSpace } from "../text/char-classes.ts";
import { hasFiniteVerb } from "./verbs.ts";
import { commaBefore, commaOrSemicolonBefore, isCapitalised, type Token } from "./tokens.ts";
import {
  LOWERCASE_REPORTING_VERB,
  OUT,
  PARENTHETICAL_PREPOSITION,
  POINTED,
  SUBJECT_NOUN,
  SUBJECT_PRONOUN,
  THAT,
  TO,
} from "./word-flags.ts";

export interface Attribution {
  claimant: Claimant;
  /** Where the attributed content lies in the body. */
  contentStart: number;
  contentEnd: number;
  /** A leading clause before the attribution that the article asserts itself ("While X happened, ..."). */
  lead: { start: number; end: number } | null;
}

const VERB_ALT = [...REPORTING_VERBS].join("|");
const NAME = "((?:[\\p{Lu}][\\p{L}’'.\\-]*\\s+){0,4}[\\p{Lu}][\\p{L}’'.\\-]*|he|she|they|we|it|He|She|They|We|It)";
const CHANNEL =
  /^\s+(?:on|via|in)\s+((?:Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Bluesky|Threads|a statement|a post|an interview|a press release)\b)/;
/** Speaker written after a closing quote: ", Petro wrote on Twitter" / ", said Petro". */
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:${NAME}\\s+(?:${VERB_ALT})\\b|(?:${VERB_ALT})\\s+${NAME})`, "u");
/**
 * Speaker written before an opening quote: "Sarabia, for her part, highlighted “…" / "He said: “…".
 * Exported for the test of its pre-check.
 */
export const BEFORE_QUOTE = new RegExp(`${NAME}(?:,[^,“"]{1,40},)?\\s+(?:${VERB_ALT})(?:\\s+that)?[\\s:,]*$`, "u");

function speakerFromMatch(name: string, memory: ClaimantMemory, channel: string | null): Claimant | null {
  if (SUBJECT_PRONOUNS.has(name.toLowerCase())) {
    const c = memory.resolvePronoun(name);
    return c ? { ...c, via: channel ?? c.via } : null;
  }
  return claimantFromPhrase(name, channel);
}

/** Start of the run of chars at the end of text[0, end) that are not white space (\s). */
function lastRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isJsSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End of text[0, end) less its trailing white space and, with `colonsAndCommas`, ":" and ",". */
function trimmedEnd(text: string, end: number, colonsAndCommas: boolean): number {
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (!isJsSpace(c) && !(colonsAndCommas && (c === 58 || c === 44))) break;
  }
  return end;
}

/**
 * What BEFORE_QUOTE needs at its end, checked without the regex, which tries every position of
 * the window (about 3 µs a window): white space, a reporting verb, optionally white space and
 * "that", then only white space, colons and commas. Nine windows in ten fail here.
 */
export function endsWithReportingVerb(text: string): boolean {
  let end = trimmedEnd(text, text.length, true);
  let start = lastRunStart(text, end);
  if (text.slice(start, end) === "that") {
    end = trimmedEnd(text, start, false);
    if (end === start) return false;
    start = lastRunStart(text, end);
  }
  return start > 0 && REPORTING_VERBS.has(text.slice(start, end));
}

/** Who is speaking in a direct quotation, judging by the text right after or right before it. */
export function quoteSpeaker(
  body: string,
  quoteStart: number,
  quoteEnd: number,
  windowStart: number,
  windowEnd: number,
  memory: ClaimantMemory,
): Claimant | null {
  const after = body.slice(quoteEnd, Math.min(windowEnd, quoteEnd + 120));
  const a = AFTER_QUOTE.exec(after);
  if (a) {
    const name = (a[1] ?? a[2])!;
    const rest = after.slice(a.index + a[0].length);
    const ch = CHANNEL.exec(rest);
    return speakerFromMatch(name, memory, ch ? cleanName(ch[1]!) : null);
  }
  const before = body.slice(Math.max(windowStart, quoteStart - 120), quoteStart);
  if (!endsWithReportingVerb(before)) return null;
  const b = BEFORE_QUOTE.exec(before);
  if (b) return speakerFromMatch(b[1]!, memory, null);
  return null;
}

function looksLikeSubject(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens.length === 1 && tokens[0]!.flags & SUBJECT_PRONOUN) return true;
  return tokens.some((t) => isCapitalised(t) || (t.flags & SUBJECT_NOUN) !== 0);
}

/**
 * Finds reported speech in a sentence that is not a direct quotation: "According to X, …",
 * "X announced (to Y) that …", "…, X said." Returns null when the article speaks for itself.
 */
export function findAttribution(
  body: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  memory: ClaimantMemory,
): Attribution | null {
  const text = body.slice(start, end);
  const lead = /^According to ([^,]{2,80}),\s*/u.exec(text);
  if (lead)
    return { claimant: memory.outlet(lead[1]!), contentStart: start + lead[0].length, contentEnd: end, lead: null };
  const trail = /,\s*according to ([^,]{2,80}?)[.!]?[”"]?$/u.exec(text);
  if (trail)
    return { claimant: memory.outlet(trail[1]!), contentStart: start, contentEnd: start + trail.index, lead: null };

  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // A capitalised form is a name ("United States", "Reports Weekly"), not a reporting verb.
    if (!(verb.flags & LOWERCASE_REPORTING_VERB)) continue;
    const pointed = (verb.flags & POINTED) !== 0;
    if (pointed && !(tokens[i + 1] && tokens[i + 1]!.flags & OUT)) continue;
    // Subject: the comma-delimited segment right before the verb, skipping a parenthetical such as ", for her part,".
    let segStart = i;
    while (segStart > 0 && i - segStart < 12 && !commaOrSemicolonBefore(body, tokens, segStart)) segStart--;
    if (segStart > 0 && tokens[segStart]!.flags & PARENTHETICAL_PREPOSITION) {
      let s = segStart - 1;
      while (s > 0 && segStart - s < 12 && !commaOrSemicolonBefore(body, tokens, s)) s--;
      if (looksLikeSubject(tokens.slice(s, segStart))) segStart = s;
    }
    const subject = tokens.slice(segStart, i);
    if (!looksLikeSubject(subject)) continue;
    const comma = body.indexOf(",", subject[0]!.start);
    const phraseEnd = comma >= 0 && comma < verb.start ? comma : tokens[i - 1]!.end;
    const claimantPhrase = body.slice(subject[0]!.start, phraseEnd);
    // Content: after "that" (allowing "to the local newspaper X" in between), or after the verb.
    let j = i + 1;
    if (pointed) j++;
    let via: string | null = null;
    let k = j;
    while (k < tokens.length && k - j < 9 && !(tokens[k]!.flags & THAT)) k++;
    let contentStart: number;
    if (k < tokens.length && tokens[k]!.flags & THAT && (k === j || tokens[j]!.flags & (TO | OUT))) {
      const between = tokens.slice(j, k);
      const caps: Token[] = [];
      for (let m = between.length - 1; m >= 0 && isCapitalised(between[m]!); m--) caps.unshift(between[m]!);
      if (caps.length > 0) via = body.slice(caps[0]!.start, caps[caps.length - 1]!.end);
      contentStart = tokens[k]!.end;
    } else if (tokens.length - i <= 4 && commaBefore(body, tokens, segStart)) {
      // "…, the minister said." — the content is what came before.
      const claimant = resolveSubject(claimantPhrase, memory, via);
      if (!claimant) continue;
      const commaAt = body.lastIndexOf(",", subject[0]!.start);
      return { claimant, contentStart: start, contentEnd: commaAt > start ? commaAt : start, lead: null };
    } else if (/^\s*[:“"]/.test(body.slice(verb.end, verb.end + 3))) {
      contentStart = verb.end;
    } else continue;
    const claimant = resolveSubject(claimantPhrase, memory, via);
    if (!claimant) continue;
    while (contentStart < end && /[\s:,]/.test(body[contentStart]!)) contentStart++;
    const leadEnd = segStart > 0 ? tokens[segStart - 1]!.end : start;
    const leadClause = segStart > 0 && hasFiniteVerb(tokens, 0, segStart) ? { start, end: leadEnd } : null;
    return { claimant, contentStart, contentEnd: end, lead: leadClause };
  }
  return null;
}

function resolveSubject(phrase: string, memory: ClaimantMemory, via: string | null): Claimant | null {
  const p = phrase.trim();
  if (SUBJECT_PRONOUNS.has(p.toLowerCase())) {
    const c = memory.resolvePronoun(p);
    return c ? { ...c, via: via ?? c.via } : null;
  }
  return claimantFromPhrase(p, via);
}
