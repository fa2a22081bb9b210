import type { Token } from "./tokens.ts";

/**
 * Pasts in "-ed" of four letters: `word-flags.ts` marks an "-ed" word as past only past four
 * letters, so that "red", "bed" and "shed" stay nouns, and these are no verbs to it. Not "aged"
 * ("Ed Davey, aged 59, …" is an aside of its own) nor "bred", "shed", "sled", nouns as often.
 */
const FOUR_LETTER_PASTS: ReadonlySet<string> = new Set(["used", "owed", "eyed", "axed"]);

/**
 * "The Liberal Democrat leader, Ed Davey, used his two questions …" (decision 1130): is token `t`
 * such a past, written lowercase? Asked only where a verb must follow a name between commas.
 */
export function fourLetterPast(body: string, t: Token): boolean {
  return t.end - t.start === 4 && FOUR_LETTER_PASTS.has(body.slice(t.start, t.end));
}
