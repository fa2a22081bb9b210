import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { WEEKDAYS } from "./dates.ts";
import { EVIDENCE_NOUNS } from "./lexicon.ts";
import { namesADay } from "./named-day.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

const NAME_JOINS = new Set(["of", "for", "and", "on"]);
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase())]);

/**
 * "The report, from the Resolution Foundation, said", "The study, by Oxford University, found":
 * the speaker is a document, and the aside after it says whose; the claimant is named with it
 * ("the report from the Resolution Foundation"), as "The report from the Resolution Foundation
 * said" is without the commas (decision 620). `phrase` is the subject [nameFrom, nameTo), `verb`
 * the reporting verb. Returns the phrase with the origin, or the phrase unchanged.
 */
export function withDocumentOrigin(
  body: string,
  tokens: readonly Token[],
  nameFrom: number,
  nameTo: number,
  verb: number,
  phrase: string,
): string {
  // Cheap first: an aside between the subject and the verb, opened by a comma after a short subject.
  if (nameTo >= verb || nameTo - nameFrom > 3 || !commaBefore(body, tokens, nameTo)) return phrase;
  const opener = lowerWordAt(body, tokens[nameTo]!);
  if (opener !== "from" && opener !== "by") return phrase;
  if (!EVIDENCE_NOUNS.has(lowerWordAt(body, tokens[nameTo - 1]!))) return phrase;
  // A body's name after it ("from YouGov", "by the Resolution Foundation"), not "from March".
  const first = tokens[nameTo + 1] && lowerWordAt(body, tokens[nameTo + 1]!) === "the" ? nameTo + 2 : nameTo + 1;
  if (first >= verb || !isCapitalised(tokens[first]!)) return phrase;
  let end = first + 1;
  while (end < verb && !commaBefore(body, tokens, end)) end++;
  // The name alone, its joining words allowed ("the Bank of England"); not "by Oxford University
  // researchers", nor a date ("from March", "from Monday").
  for (let k = first; k < end; k++)
    if (!isCapitalised(tokens[k]!) && !NAME_JOINS.has(lowerWordAt(body, tokens[k]!))) return phrase;
  if (end === first + 1 && DATE_WORDS.has(lowerWordAt(body, tokens[first]!))) return phrase;
  // "from Christmas Eve", "from Boxing Day": a named day dates the document too (decision 660).
  if (end - first <= 3 && namesADay(tokens.slice(first, end).map((t) => lowerWordAt(body, t)))) return phrase;
  return `${phrase} ${body.slice(tokens[nameTo]!.start, tokens[end - 1]!.end)}`;
}
