import { LOWERCASE_REPORTING_VERB, OBJECT_STARTER } from "./word-flags.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { POSSESSIVE_DETERMINERS } from "./lexicon.ts";

/** Words after the tag's verb: "on Monday", "in a statement". */
const AFTER_THE_VERB = 3;

/**
 * The determiners that open a tag's subject ("the company", "a spokesman", "its owner", "several
 * analysts"): the object starters less their prepositions and "as", which open a clause of the
 * article's own (", as the union warned", ", just as …"), not a tag (decision 1110's review).
 */
const TAG_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  ...POSSESSIVE_DETERMINERS,
  "this",
  "these",
  "those",
  "some",
  "several",
  "many",
  "both",
  "each",
  "every",
  "no",
  "any",
  "all",
]);

/**
 * "Tesco admits sales fell 4% in May, the company said on Monday": a second, trailing tag after a
 * conceding present (at `verb`) is the source the article cites, and what Tesco admits is what the
 * company said that day (decision 1110), as "The crew told investigators …, the report said" is
 * the report's (`toldUnderATag`). The present then reports nothing of its own, so the tag's reader
 * takes the whole clause and dates it by the tag. The tag is a comma, a subject of one to four
 * words opened by a determiner or a capital, and a lowercase reporting verb with at most three
 * words after it before the sentence ends; ", and the union said 300 jobs would go" is a clause of
 * its own, not a tag.
 */
export function tagAfterAConcedingPresent(body: string, tokens: readonly Token[], verb: number): boolean {
  const last = tokens.length - 1;
  for (let k = last; k >= Math.max(verb + 4, last - AFTER_THE_VERB); k--) {
    if (!(tokens[k]!.flags & LOWERCASE_REPORTING_VERB)) continue;
    for (let j = k - 1; j >= Math.max(verb + 3, k - 4); j--) {
      if (!commaBefore(body, tokens, j)) continue;
      const opener = tokens[j]!;
      // The flag first (a bit test), then the word itself: only a determiner opens the subject.
      if (opener.flags & OBJECT_STARTER) return TAG_SUBJECT_OPENERS.has(lowerWordAt(body, opener));
      return isCapitalised(opener);
    }
    return false;
  }
  return false;
}
