import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/**
 * "Hale claimed that violent crime had fallen 20%, a figure disputed by criminologists": an
 * appositive that sizes up the reported figure or claim ("…, which is not true") is the
 * article's comment on it, not part of what the speaker said. Crediting it to the speaker would
 * have Hale dispute himself.
 */

const ARTICLES = new Set(["a", "an", "the"]);
/** Nouns by which an article refers back to what a speaker said. Not "total" ("a total of"). */
const CLAIM_NOUNS = new Set(
  "figure figures claim claims number numbers estimate estimates assertion statistic statistics tally count assessment characterization characterisation charge accusation allegation".split(
    " ",
  ),
);

const BE = new Set(["is", "was", "are", "were"]);
/** "…, which is false", "…, which was not true": the article judging what was just said. */
const VERDICTS = new Set(
  "false untrue true inaccurate incorrect wrong misleading baseless unfounded debunked exaggerated".split(" "),
);

/** Do tokens k… read "which is (simply) (not) false"? */
function whichIsVerdict(body: string, tokens: readonly Token[], k: number): boolean {
  if (lowerWordAt(body, tokens[k]!) !== "which" || !BE.has(lowerWordAt(body, tokens[k + 1]!))) return false;
  // Up to two words before the verdict: "simply not true", "not false".
  for (let j = k + 2; j < tokens.length && j <= k + 4; j++)
    if (VERDICTS.has(lowerWordAt(body, tokens[j]!))) return true;
  return false;
}

/**
 * Offset of the comma that opens such an appositive within tokens [from, …) ending by `end`,
 * and where the appositive starts; null when there is none.
 */
export function articleCommentAt(
  body: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): { contentEnd: number; start: number } | null {
  for (let k = from + 1; k + 1 < tokens.length && tokens[k + 1]!.end <= end; k++) {
    if (!commaBefore(body, tokens, k)) continue;
    const judged = ARTICLES.has(lowerWordAt(body, tokens[k]!))
      ? CLAIM_NOUNS.has(lowerWordAt(body, tokens[k + 1]!))
      : whichIsVerdict(body, tokens, k);
    if (!judged) continue;
    return { contentEnd: body.lastIndexOf(",", tokens[k]!.start), start: tokens[k]!.start };
  }
  return null;
}
