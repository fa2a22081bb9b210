import { OPENERS_OF_NO_SUBJECT } from "./adverb-before-joined-verb.ts";
import { AUXILIARIES, CHANGE_VERBS, changeVerbPastOrIngForm, OBJECT_STARTERS, pluralSubjectWord } from "./lexicon.ts";

/** "by 9%", "by nearly £300", "by more than 5 points": the size of a change, a figure after "by" and a qualifier. */
const BY_A_FIGURE =
  /^by\s+(?:(?:about|around|almost|nearly|roughly|some|over|under|just|only|more\s+than|less\s+than|up\s+to|as\s+much\s+as|at\s+least|a\s+further)\s+)?[£$€]?\d/;
/** A clause of change before a tag is short: "House prices in London will rise" is six words. */
const MAX_CLAUSE_WORDS = 6;

/**
 * Does `clause`, the words before a tag inside the sentence, end in a verb of change whose figure
 * `after` (the words after the tag) opens with: "Rents rise, the ONS said, by 9% a year", "Rents
 * rose, the ONS said, by 9%", "Prices will rise, analysts said, by 5%" (decision 1005)? The figure
 * then goes on with the clause, as "Rents rise by 9% a year" on one line would. The verb is the
 * clause's last word, lowercase, one of the lexicon's `CHANGE_VERBS`: a past or a form in "-ing"
 * after an auxiliary (`changeVerbPastOrIngForm`), or the base form after an auxiliary, "to" or a
 * plural subject (no possessive, no "his" or "its"). "Price rises" (a noun phrase in "-s") and a
 * clause opened by "As" or "If" are no such clause. Asked only after a tag inside the sentence was
 * found: two char codes, one anchored regex, a split of at most 80 chars and set look-ups.
 */
export function changeByAFigure(clause: string, after: string): boolean {
  if (after.charCodeAt(0) !== 98 || after.charCodeAt(1) !== 121 || !BY_A_FIGURE.test(after)) return false;
  const words = clause.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_CLAUSE_WORDS) return false;
  const first = words[0]!.toLowerCase();
  if (OPENERS_OF_NO_SUBJECT.has(first) || first === "and" || first === "but") return false;
  const verb = words[words.length - 1]!;
  if (verb.charCodeAt(0) < 97 || verb.charCodeAt(0) > 122) return false;
  const before = words[words.length - 2]!.toLowerCase();
  if (CHANGE_VERBS.has(verb))
    return (
      AUXILIARIES.has(before) ||
      before === "to" ||
      (pluralSubjectWord(before) && !OBJECT_STARTERS.has(before) && !/['’]/.test(before))
    );
  if (!changeVerbPastOrIngForm(verb)) return false;
  // "Prices are rising, …": a form in "-ing" is a verb only after an auxiliary ("Rising prices" is none).
  return !verb.endsWith("ing") || AUXILIARIES.has(before);
}
