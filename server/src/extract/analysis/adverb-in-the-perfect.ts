import { HABIT_ADVERBS, NEGATIONS, PERFECT_HAVE } from "./lexicon.ts";
import { lowerWordAt, type Token } from "./tokens.ts";
import { CAPITALISED } from "./word-flags.ts";

/** Nouns in "-ly" that end a speaker's name: "Her family said", "a US ally said". */
const LY_NOUNS = new Set(["family", "ally", "assembly", "monopoly", "supply"]);

/**
 * A lowercase word in "-ly" past four letters is an adverb ("correctly", "consistently"), not a
 * noun on `LY_NOUNS`; a capitalised one ends a name ("Mark Kelly", "Anne Connolly").
 */
export function isLyAdverb(word: string, capitalised: boolean): boolean {
  return !capitalised && word.length > 4 && word.endsWith("ly") && !LY_NOUNS.has(word);
}

/**
 * Habits that deny as "never" does: "Berg has rarely spoken" tells of no saying, as "Okafor has
 * not commented" does not (decision 1075).
 */
const DENYING_HABITS: ReadonlySet<string> = new Set(["rarely", "seldom"]);

/**
 * "has always said", "has consistently denied", "have routinely claimed" (decision 1130): an
 * adverb on no speaker list, written between a perfect's "has", "have" or "had" and its
 * participle. The habit adverbs (`HABIT_ADVERBS`) but the denying ones, and any adverb in "-ly".
 * Only right after the auxiliary: "always" elsewhere ("Berg always said", "always Smith") keeps
 * the reading it had, since a speaker's name never holds it. The speaker reader passes it over
 * before its verb of saying; a surname's perfect (`pastOrPerfect`) asks a verb of saying after it.
 */
export function adverbInThePerfect(body: string, tokens: readonly Token[], at: number): boolean {
  if (at < 1 || !PERFECT_HAVE.has(lowerWordAt(body, tokens[at - 1]!))) return false;
  const t = tokens[at]!;
  if (t.end - t.start > 14) return false;
  const word = lowerWordAt(body, t);
  if (HABIT_ADVERBS.has(word)) return !NEGATIONS.has(word) && !DENYING_HABITS.has(word);
  return isLyAdverb(word, (t.flags & CAPITALISED) !== 0);
}
