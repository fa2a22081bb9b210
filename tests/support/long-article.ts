// A long article for tests and benches of large imports: the sample article repeated, each copy's
// names numbered so no two paragraphs are the same; only the first copy keeps the `date` line.
import fs from "node:fs";
import { SAMPLE_ARTICLE_PATH } from "../../server/src/seed/bootstrap.ts";

export const SAMPLE_ARTICLE = fs.readFileSync(SAMPLE_ARTICLE_PATH, "utf8");

/** About 4.2 KB and 34 claims per copy. */
export function longArticle(copies: number): string {
  return Array.from({ length: copies }, (_, i) =>
    (i === 0 ? SAMPLE_ARTICLE : SAMPLE_ARTICLE.replace(/^date .*\n/, "")).replace(/Noem/g, `Noem ${i}`),
  ).join("\n\n");
}
