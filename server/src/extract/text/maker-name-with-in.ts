// A maker whose name holds "in" (decision 755): "The claim was made by Friends in Need." The maker
// named in prose ends at " in " ("Lee Anderson in March", "… in Parliament"; decision 690's review),
// which cut a group's name to "Friends".

import { isCommonWord } from "../analysis/sentence-openers.ts";

/** The capitalised word that ends the maker's name so far, and the one after " in ". */
const LAST_WORD = /(?:^|\s)(\p{Lu}\p{Ll}+)$/u;
/** Not a possessive: "Reform in Today's Telegraph" names a paper, not "Reform in Today" (decision 755's review). */
const WORD_AFTER_IN = / in (\p{Lu}\p{Ll}+)\b(?!['’])/uy;
/**
 * A cause a group names itself for, in capitals: "Journalism", "Crisis", "Action", "Poverty"
 * (decision 795). A place, a month or a body rarely ends so; "Parliament" and "Government" do not.
 */
const CAUSE_NOUN = /(?:ism|sis|ion|ity|ness|ship|ance|ence|hood)$/;
/** "in opposition", "in coalition", "in session": a state a party or a house is in, not a group's cause. */
const STATE_OF_A_HOUSE = new Set(["Opposition", "Coalition", "Session", "Administration"]);
/** A plural for people: "Carers", "Teachers", "Women"; not "Reform", "Farage" nor "Business". */
const GROUP_OF_PEOPLE = /^(?:\p{Lu}\p{Ll}*[^s\W]s|Women|Men|People|Children)$/u;
/** What may follow a group's name: the sentence's end, or where or when the claim was made. */
const NAME_ENDS = /^(?:[.!;:,]|\s*$| (?:on|in|at|during|last|earlier|when)\b)/;

/**
 * Where the maker's name ends when it runs on past " in " at `end`, else `end`. It runs on when the
 * words on both sides are common English words in capitals ("Friends in Need", "Women in
 * Business"): a surname, a month or a place is none ("Lee Anderson in March", "… in Leeds",
 * "… in Parliament"), so those are still cut. It runs on too for a one-word name before a cause
 * ("Women in Journalism", "Carers in Crisis") that ends the maker's phrase (decision 795).
 */
export function makerEndPastIn(sentence: string, start: number, end: number): number {
  // Cheap first: " in " right after the name.
  if (!sentence.startsWith(" in ", end)) return end;
  WORD_AFTER_IN.lastIndex = end;
  const after = WORD_AFTER_IN.exec(sentence);
  if (after === null) return end;
  const before = LAST_WORD.exec(sentence.slice(start, end));
  if (before === null) return end;
  const common = isCommonWord(after[1]!.toLowerCase()) && isCommonWord(before[1]!.toLowerCase());
  return common || namesGroupForCause(sentence, start, end, after[1]!) ? WORD_AFTER_IN.lastIndex : end;
}

/**
 * Is sentence[start, end) one capitalised word before " in " and a cause that ends the maker's
 * phrase ("Carers in Crisis on Facebook.")? "Lee Anderson in Opposition" is two words, a person's.
 */
function namesGroupForCause(sentence: string, start: number, end: number, cause: string): boolean {
  if (sentence.lastIndexOf(" ", end - 1) >= start || !CAUSE_NOUN.test(cause) || STATE_OF_A_HOUSE.has(cause))
    return false;
  // Such a group names its members ("Women", "Carers", "Teachers"); a surname or a party before a
  // place that ends as a cause does ("Farage in France", "Reform in Skegness", "Trump in Florence")
  // is still cut (decision 795's review).
  if (!GROUP_OF_PEOPLE.test(sentence.slice(start, end))) return false;
  return NAME_ENDS.test(sentence.slice(WORD_AFTER_IN.lastIndex));
}
