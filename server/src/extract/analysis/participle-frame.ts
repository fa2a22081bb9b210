import { lowerWordAt, type Token } from "./tokens.ts";
import { THAT } from "./word-flags.ts";

/** What a statement is made in: "saying in a statement that …", "adding in an email that …". */
const STATEMENT_NOUNS = new Set(["statement", "email", "letter", "post", "interview", "filing", "release", "memo"]);

/**
 * "…, saying in a statement that it “confirms …”": where the reported clause starts when the
 * participle at `participle` is followed by where it was said ("in a (written) statement") and
 * "that"; -1 otherwise. The frame is no part of what was said.
 */
export function afterStatementFrame(body: string, tokens: readonly Token[], participle: number): number {
  const inWord = tokens[participle + 1];
  if (inWord === undefined || inWord.end - inWord.start !== 2 || lowerWordAt(body, inWord) !== "in") return -1;
  const article = tokens[participle + 2];
  if (article === undefined) return -1;
  const a = lowerWordAt(body, article);
  if (a !== "a" && a !== "an" && a !== "the") return -1;
  // One word may describe the statement: "in a written statement".
  for (let k = participle + 3; k <= participle + 4 && k < tokens.length; k++) {
    if (!STATEMENT_NOUNS.has(lowerWordAt(body, tokens[k]!))) continue;
    const that = tokens[k + 1];
    return that !== undefined && that.flags & THAT && k + 2 < tokens.length ? k + 2 : -1;
  }
  return -1;
}
