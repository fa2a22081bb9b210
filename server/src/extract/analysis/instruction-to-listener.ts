import { lowerWordAt, isCapitalised, type Token } from "./tokens.ts";
import { ALWAYS_FINITE, SUBJECT_PRONOUN, TO } from "./word-flags.ts";

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
export function opensWithInstruction(
  body: string,
  tokens: readonly Token[],
  verb: number,
  c: number,
  end: number,
): boolean {
  // Cheap first: the verb by set lookup, then the flag of "to" near the clause's start.
  if (!INSTRUCTING_VERBS.has(lowerWordAt(body, tokens[verb]!))) return false;
  for (let t = c; t < c + 3 && t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    // "told the BBC he wanted to stand down", "warned it needs to raise rates", "told reporters
    // something had to change": a subject or a verb before "to" opens a clause the speaker reports.
    if (tok.flags & (SUBJECT_PRONOUN | ALWAYS_FINITE)) return false;
    if (!(tok.flags & TO)) continue;
    const next = tokens[t + 1]!;
    // "to keep", "to stay": a lowercase word that no determiner is, so an infinitive's verb. Not a
    // plural or a figure: "warned costs to consumers would rise", "to 40 staff" go to someone.
    const word = lowerWordAt(body, next);
    if (isCapitalised(next) || NOT_AN_INFINITIVE.has(word) || !/^[a-z]/.test(word)) return false;
    if (word.endsWith("s") && !word.endsWith("ss")) return false;
    return !finiteVerbAfterInfinitive(body, tokens, t + 2, end);
  }
  return false;
}

/** Words that open a clause of their own after an instruction: "to stay away unless it was urgent". */
const SUBORDINATORS = new Set(
  "unless because if when while until since as after before though although where which who that so but and".split(" "),
);

/**
 * "warned the plan to close the hospital would cost lives", "told AFP talks to end the strike would
 * resume": a finite verb after the infinitive, before a comma or a clause of its own, makes "to …" a
 * noun's complement inside the reported clause, not an instruction (decision 800's review).
 */
function finiteVerbAfterInfinitive(body: string, tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    const tok = tokens[k]!;
    if (body.slice(tokens[k - 1]!.end, tok.start).includes(",")) return false;
    if (tok.flags & ALWAYS_FINITE) return true;
    if (SUBORDINATORS.has(lowerWordAt(body, tok))) return false;
  }
  return false;
}
