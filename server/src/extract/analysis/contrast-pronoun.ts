import { isCommonWord } from "./sentence-openers.ts";
import { isFiniteVerb } from "./verbs.ts";
import { commaBefore, isCapitalised, lowerWordAt, semicolonBefore, type Token } from "./tokens.ts";
import { LOWERCASE_REPORTING_VERB, PAST } from "./word-flags.ts";

/** Joining words a sentence may open with before its subject: "But Dunmore did not say …". */
const JOINERS = new Set(["but", "and", "yet"]);
/** How many words the opening name may take. */
const NAME_WORDS = 3;

/**
 * "But Dunmore did not say homicides doubled; he said violent crime did.": a "he" or "she" that
 * speaks right after a semicolon goes on from the name that opens the sentence, not from whoever
 * spoke last. Returns that name as written (tokens before its finite verb), else null. Only a
 * pronoun at `at` after a semicolon, only capitalised words before a finite verb, and only when
 * the first clause is about saying: "The mayor …; she said …" and "Kim met Lee; she said …" keep
 * the usual reading, which the caller applies too when the name does not fit the pronoun.
 */
export function nameBeforeSemicolon(body: string, tokens: readonly Token[], at: number): string | null {
  const pronoun = tokens[at];
  if (pronoun === undefined || at < 3 || pronoun.end - pronoun.start > 3) return null;
  const word = lowerWordAt(body, pronoun);
  if ((word !== "he" && word !== "she") || !semicolonBefore(body, tokens, at)) return null;
  const from = JOINERS.has(lowerWordAt(body, tokens[0]!)) ? 1 : 0;
  let n = from;
  while (n < at && n - from < NAME_WORDS && isCapitalised(tokens[n]!) && (n === from || !commaBefore(body, tokens, n)))
    n++;
  if (n === from || n >= at || commaBefore(body, tokens, n) || !isFiniteVerb(tokens, n)) return null;
  // "The", "This", "Police": a word that opens sentences or names a group, not a person.
  if (isCommonWord(lowerWordAt(body, tokens[n - 1]!))) return null;
  // Only a clause about saying ("did not say", "denied", "claimed"), which the pronoun's clause
  // answers: "Smith met Jones; he said the talks went well" may be either of them.
  let reports = false;
  for (let k = n; k < at && !reports; k++) reports = (tokens[k]!.flags & LOWERCASE_REPORTING_VERB) !== 0;
  if (!reports) return null;
  return body.slice(tokens[from]!.start, tokens[n - 1]!.end);
}

/**
 * "…did not say homicides doubled; he said violent crime did": the verb an elliptical "did" at the
 * content's end stands for, the past verb that ends the clause before the semicolon ("violent
 * crime doubled"). The wording, or null when the content does not end in "did" or the clause
 * before does not end in a past verb.
 */
export function ellipsisFilled(
  body: string,
  tokens: readonly Token[],
  at: number,
  contentStart: number,
  contentEnd: number,
): string | null {
  const last = tokens[tokens.length - 1];
  const before = tokens[at - 1];
  if (last === undefined || before === undefined || last.end > contentEnd + 1 || last.start < contentStart) return null;
  if (last.end - last.start !== 3 || lowerWordAt(body, last) !== "did" || !(before.flags & PAST)) return null;
  return `${body.slice(contentStart, last.start)}${body.slice(before.start, before.end)}`;
}
