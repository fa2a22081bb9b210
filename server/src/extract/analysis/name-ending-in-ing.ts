import { isCapitalised, type Token } from "./tokens.ts";
import { isFiniteVerb } from "./verbs.ts";

/** The most capitalised words that may follow the first of a name ("Downing Street", "Ealing Council"). */
const MAX_NAME_WORDS = 3;

/**
 * "Every month Starmer would visit a hospital, Downing Street pledged": a capitalised "-ing" word
 * after a comma, then capitalised words and a finite verb that ends the span, is a name that tags
 * the clause before ("Downing Street pledged", "Ealing Council said"), not a participle that hangs
 * on it ("…, killing four people"). Read as a participle, the tag was worded with the whole
 * sentence, a second claim beside the first (decision 790). A title-case headline ("Storm Hits
 * Coast, Killing Four People") has no lowercase finite verb after the name and is left to the
 * participle. Asked only of a token already flagged a participle after a comma.
 */
export function nameEndingInIng(tokens: readonly Token[], i: number): boolean {
  // Cheap first: a participle in running text is lowercase.
  if (!isCapitalised(tokens[i]!)) return false;
  let k = i + 1;
  while (k <= i + MAX_NAME_WORDS && tokens[k] !== undefined && isCapitalised(tokens[k]!)) k++;
  // Only a tag that ends the span: the name and its verb, nothing after.
  return k > i + 1 && k === tokens.length - 1 && !isCapitalised(tokens[k]!) && isFiniteVerb(tokens, k);
}
