import { readFileSync } from "node:fs";
import { CapitalisedWordIndex, leadingLetters } from "./capitalised-words.ts";

/**
 * English words that are not names (built from debate transcripts by
 * model/build-common-words.ts): "job", "hiring", "growth", but not "Bush", "House" or "May".
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  JSON.parse(readFileSync(new URL("./common-words.json", import.meta.url), "utf8")) as string[],
);

/** Is a lowercase word a common English word, never a name ("incident", "health")? */
export function isCommonWord(lower: string): boolean {
  return COMMON_WORDS.has(lower);
}

const SEARCHES_BEFORE_SET = 64;
/** Past this many UTF-16 units, one pass collects the lowercase words at once. */
const SEARCHED_BODY_LIMIT = 64 * 1024;
const LOWERCASE_WORD = /(?<!\p{L})\p{Ll}+(?!\p{L})/gu;
const LETTER = /\p{L}/u;

/** Ends a sentence, so a capital after it (and a space) says nothing about the word. */
const SENTENCE_END = /[.!?…"”’:)\]]/;

/**
 * Tells a common word that opens a wording only because it opened its sentence ("Job gains were
 * concentrated …" read after "According to the bureau,") from a name. A word is common when
 * debate speech or this article writes it lowercase ("measles deaths"), and this article never
 * capitalises it in mid-sentence: "Mark" stays a name in an article that also says "Senator Mark
 * Kelly".
 */
/** "Globally", "Separately", "Consequently", "Recently": adverbs that open a sentence before a comma. */
const SENTENCE_ADVERB = /^\p{Ll}{3,}(?:ally|ately|ively|ently|antly)$/u;

export class SentenceOpeners {
  private index: CapitalisedWordIndex | undefined;
  private readonly lowercaseAnswers = new Map<string, boolean>();
  private readonly nameAnswers = new Map<string, boolean>();
  private lowercaseWords: Set<string> | undefined;

  constructor(private readonly body: string) {}

  /** `text` with its first word lowercased when that word is a common word here. */
  lowered(text: string): string {
    const word = leadingLetters(text);
    // "Low-dose atropine …": the first part of a hyphenated word is read the same way.
    const after = text.charCodeAt(word.length);
    if (word.length < 2 || (after !== 32 && after !== 45 && after !== 44)) return text;
    const lower = word.toLowerCase();
    if (word !== word[0] + lower.slice(1) || word[0] === lower[0]) return text;
    // "Globally, 31 countries …": a sentence adverb before its comma is no name.
    const sentenceAdverb = after === 44 && SENTENCE_ADVERB.test(lower);
    if (!sentenceAdverb && !COMMON_WORDS.has(lower) && !this.writtenLowercase(lower)) return text;
    return this.isNameHere(word) ? text : lower + text.slice(word.length);
  }

  /**
   * Whether the article writes `lower` as a word of its own in lowercase ("measles deaths"). A
   * native search per distinct word in a news-sized article; in a longer one, or past
   * SEARCHES_BEFORE_SET words, one pass collects them all, so a long text or one opening thousands
   * of sentences with different names stays linear.
   */
  private writtenLowercase(lower: string): boolean {
    let known = this.lowercaseAnswers.get(lower);
    if (known !== undefined) return known;
    if (this.body.length > SEARCHED_BODY_LIMIT || this.lowercaseAnswers.size >= SEARCHES_BEFORE_SET) {
      this.lowercaseWords ??= new Set(this.body.match(LOWERCASE_WORD) ?? []);
      return this.lowercaseWords.has(lower);
    }
    known = false;
    for (let at = this.body.indexOf(lower); at >= 0 && !known; at = this.body.indexOf(lower, at + 1)) {
      const end = at + lower.length;
      known = !LETTER.test(this.body[at - 1] ?? "") && !LETTER.test(this.body[end] ?? "");
    }
    this.lowercaseAnswers.set(lower, known);
    return known;
  }

  /** Whether the article capitalises `word` after a word of the same sentence. */
  private isNameHere(word: string): boolean {
    let known = this.nameAnswers.get(word);
    if (known === undefined) {
      known = this.capitalisedInSentence(word);
      this.nameAnswers.set(word, known);
    }
    return known;
  }

  /** Reads every place the word stands capitalised: once per word, whatever the number of claims. */
  private capitalisedInSentence(word: string): boolean {
    this.index ??= new CapitalisedWordIndex(this.body);
    for (const at of this.index.at(word)) {
      const end = at + word.length;
      // Only the whole word: "Jobs" is not "Job".
      if (end < this.body.length && /\p{L}/u.test(this.body[end]!)) continue;
      let before = at - 1;
      while (before >= 0 && (this.body[before] === " " || this.body[before] === "\u00a0")) before--;
      if (before >= 0 && !SENTENCE_END.test(this.body[before]!)) return true;
    }
    return false;
  }
}
