import { LOWERCASE_REPORTING_VERB, OBJECT_STARTER } from "./word-flags.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/**
 * "The crew told investigators they had been on duty for nearly 11 hours, the report said": the
 * tag that ends the sentence is the source the article cites, and what the crew told
 * investigators is what the report says (decision 355). The verb "told" at `i` is then no
 * speaker's verb of the sentence: the reader goes on to the tag, whose content is the whole
 * clause before it ("According to the report, the crew told investigators …"). The tag is a
 * comma, a subject of one to four words opened by a determiner or a capital, and a reporting
 * verb that ends the sentence.
 */
export function toldUnderATag(body: string, tokens: readonly Token[], i: number): boolean {
  // Cheap first: "told" has four letters.
  const t = tokens[i]!;
  if (t.end - t.start !== 4 || lowerWordAt(body, t) !== "told") return false;
  const last = tokens.length - 1;
  if (last - i < 4 || !(tokens[last]!.flags & LOWERCASE_REPORTING_VERB)) return false;
  for (let k = last - 1; k >= Math.max(i + 3, last - 4); k--) {
    if (!commaBefore(body, tokens, k)) continue;
    const opener = tokens[k]!;
    return (opener.flags & OBJECT_STARTER) !== 0 || isCapitalised(opener);
  }
  return false;
}
