import { plausibleClauseSubject } from "./speaker-phrase.ts";
import { lowerWordAt, semicolonBefore, type Token } from "./tokens.ts";
import { firstFiniteVerb } from "./verbs.ts";
import { LOWERCASE_REPORTING_VERB, SUBJECT_NOUN } from "./word-flags.ts";

/** Counts the quotation marks in body[from, to): an odd count means `to` lies inside a quotation. */
function insideQuotation(body: string, from: number, to: number): boolean {
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34) marks++;
  }
  return marks % 2 === 1;
}

function hasSemicolon(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) === 59) return true;
  return false;
}

/** Verbs with which figures state something: "data puts it at", "records show". */
const EVIDENCE_VERBS = new Set([
  "puts",
  "put",
  "shows",
  "show",
  "showed",
  "suggests",
  "suggest",
  "indicates",
  "indicate",
]);

/** Where a verb of EVIDENCE_VERBS follows figures named within the first four tokens from `t` ("federal data puts"), or -1. */
function evidenceVerbAfter(body: string, tokens: readonly Token[], t: number): number {
  for (let k = t + 1; k < tokens.length && k - t < 4; k++) {
    if (EVIDENCE_VERBS.has(lowerWordAt(body, tokens[k]!)) && tokens[k - 1]!.flags & SUBJECT_NOUN) return k;
  }
  return -1;
}

/** Verbs with which another side takes issue with what was just said. */
const REBUTTAL_VERBS = new Set(
  "rejects reject rejected disputes dispute disputed denies deny denied questions question questioned".split(" "),
);

/** Where a verb of REBUTTAL_VERBS follows a short subject from `t` ("the company rejects"), or -1. */
function rebuttalVerbAfter(body: string, tokens: readonly Token[], t: number): number {
  for (let k = t + 1; k < tokens.length && k - t <= 4; k++)
    if (REBUTTAL_VERBS.has(lowerWordAt(body, tokens[k]!))) return k;
  return -1;
}

/**
 * "Earle-Sears had falsely claimed that the rolls held 800,000 dead voters; a review by the
 * Department of Elections found 1,400": a semicolon before a clause whose own subject reports or
 * finds something ends what the first speaker said; the clause after it is attributed on its own.
 * Any other clause after a semicolon ("Police said two people died; 40 were hurt") stays the
 * speaker's, as news copy often goes on relaying them. Looks at the tokens after `from` (the
 * reporting verb's); returns where the speaker's content ends and the next clause starts, or null.
 */
export function semicolonClauseAfter(
  body: string,
  tokens: readonly Token[],
  from: number,
  contentStart: number,
): { contentEnd: number; nextStart: number } | null {
  // Most sentences have no semicolon after the verb: one scan of the sentence's rest says so
  // (bounded by the sentence, not a search of the body, which could run to its end).
  if (!hasSemicolon(body, tokens[from]!.end, tokens[tokens.length - 1]!.start)) return null;
  for (let t = from + 1; t < tokens.length; t++) {
    if (!semicolonBefore(body, tokens, t)) continue;
    // "…; federal data puts it at 89.6%": figures that put the record straight, a verb in "-s".
    const evidence = evidenceVerbAfter(body, tokens, t);
    if (evidence > 0) {
      const semicolon = body.lastIndexOf(";", tokens[t]!.start);
      if (semicolon < contentStart || insideQuotation(body, contentStart, semicolon)) return null;
      return { contentEnd: semicolon, nextStart: tokens[t]!.start };
    }
    // "The union says pay is too low; the company rejects that": another side takes issue.
    const rebuttal = rebuttalVerbAfter(body, tokens, t);
    if (rebuttal > 0 && plausibleClauseSubject(body, tokens, t, rebuttal)) {
      const semicolon = body.lastIndexOf(";", tokens[t]!.start);
      if (semicolon < contentStart || insideQuotation(body, contentStart, semicolon)) return null;
      return { contentEnd: semicolon, nextStart: tokens[t]!.start };
    }
    const verb = firstFiniteVerb(tokens, t, tokens.length);
    if (verb <= t || !(tokens[verb]!.flags & LOWERCASE_REPORTING_VERB)) return null;
    if (!plausibleClauseSubject(body, tokens, t, verb)) return null;
    const semicolon = body.lastIndexOf(";", tokens[t]!.start);
    if (semicolon < contentStart || insideQuotation(body, contentStart, semicolon)) return null;
    return { contentEnd: semicolon, nextStart: tokens[t]!.start };
  }
  return null;
}
