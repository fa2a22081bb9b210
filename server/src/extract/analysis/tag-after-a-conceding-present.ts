import { LOWERCASE_REPORTING_VERB, OBJECT_STARTER } from "./word-flags.ts";
import { commaBefore, isCapitalised, type Token } from "./tokens.ts";

/** Words after the tag's verb: "on Monday", "in a statement". */
const AFTER_THE_VERB = 3;

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
      return (opener.flags & OBJECT_STARTER) !== 0 || isCapitalised(opener);
    }
    return false;
  }
  return false;
}
