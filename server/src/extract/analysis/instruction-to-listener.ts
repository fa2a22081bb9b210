import { lowerWordAt, isCapitalised, type Token } from "./tokens.ts";

/**
 * Verbs that tell a listener to do something: "told residents to keep …", "urged fans to stay …".
 * What follows their listener is an instruction, not content the speaker vouches for.
 */
const INSTRUCTING_VERBS = new Set(
  "told tells urged urges advised advises ordered orders asked asks warned warns".split(" "),
);

/** Words after "to" that make it a preposition, not an infinitive's mark: "costs to the public". */
const NOT_AN_INFINITIVE = new Set("the a an his her its their our my your this that these those".split(" "));

/**
 * Does what the instructing verb at `verb` seems to report, starting at token `c`, open with a
 * listener and "to" and a verb ("told residents to keep their windows shut")? The reader of
 * "told" has taken the listener already ("to" at `c`); after "warned" it is still there, one or
 * two words before "to". Such a sentence has no reported content: the wording is the sentence,
 * listener and instruction and all (decision 800), so a later past participle ("shut") is not
 * read as the verb of a clause the speaker reports.
 */
export function opensWithInstruction(body: string, tokens: readonly Token[], verb: number, c: number): boolean {
  // Cheap first: the verb by set lookup, then a two-letter token near the clause's start.
  if (!INSTRUCTING_VERBS.has(lowerWordAt(body, tokens[verb]!))) return false;
  for (let t = c; t < c + 3 && t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.end - tok.start !== 2 || lowerWordAt(body, tok) !== "to") continue;
    const next = tokens[t + 1]!;
    // "to keep", "to stay": a lowercase word that no determiner is, so an infinitive's verb. Not a
    // plural or a figure: "warned costs to consumers would rise", "to 40 staff" go to someone.
    const word = lowerWordAt(body, next);
    if (isCapitalised(next) || NOT_AN_INFINITIVE.has(word) || !/^[a-z]/.test(word)) return false;
    return !(word.endsWith("s") && !word.endsWith("ss"));
  }
  return false;
}
