// A maker whose name holds "in" (decision 755): "The claim was made by Friends in Need." The maker
// named in prose ends at " in " ("Lee Anderson in March", "… in Parliament"; decision 690's review),
// which cut a group's name to "Friends".

import { isCommonWord } from "../analysis/sentence-openers.ts";

/** The capitalised word that ends the maker's name so far, and the one after " in ". */
const LAST_WORD = /(?:^|\s)(\p{Lu}\p{Ll}+)$/u;
/** Not a possessive: "Reform in Today's Telegraph" names a paper, not "Reform in Today" (decision 755's review). */
const WORD_AFTER_IN = / in (\p{Lu}\p{Ll}+)\b(?!['’])/uy;

/**
 * Where the maker's name ends when it runs on past " in " at `end`, else `end`. It runs on when the
 * words on both sides are common English words in capitals ("Friends in Need", "Women in
 * Business"): a surname, a month or a place is none ("Lee Anderson in March", "… in Leeds",
 * "… in Parliament"), so those are still cut.
 */
export function makerEndPastIn(sentence: string, start: number, end: number): number {
  // Cheap first: " in " right after the name.
  if (!sentence.startsWith(" in ", end)) return end;
  WORD_AFTER_IN.lastIndex = end;
  const after = WORD_AFTER_IN.exec(sentence);
  if (after === null || !isCommonWord(after[1]!.toLowerCase())) return end;
  const before = LAST_WORD.exec(sentence.slice(start, end));
  return before !== null && isCommonWord(before[1]!.toLowerCase()) ? WORD_AFTER_IN.lastIndex : end;
}
