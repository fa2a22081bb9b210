import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { ALWAYS_FINITE, THAT } from "./word-flags.ts";

/**
 * "Jon Husted will be Ohio's next governor, NBC News projects", "CNN projects that …": a network's
 * call of a race is its claim (decision 525). "projects" is no reporting verb in the word lists, as
 * it is mostly a noun ("pork-barrel projects"); it reports only in a tag after a comma that ends the
 * sentence, or before "that"; "projected" likewise. Cheap first: eight or nine chars starting with "p".
 */
export function projectsAsReport(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "…, AP projected" as well (decision 620): the call reported after the count, in the past.
  const length = t.end - t.start;
  if ((length !== 8 && length !== 9) || body.charCodeAt(t.start) !== 112) return false;
  if (!body.startsWith(length === 8 ? "projects" : "projected", t.start)) return false;
  if (length === 9 && comparedWithProjection(body, tokens, i)) return false;
  const next = tokens[i + 1];
  if (next !== undefined) return (next.flags & THAT) !== 0;
  // A tag that ends the sentence, a comma before its subject. Not one with a clause after it
  // ("…, NBC News projects, taking back the seat she lost in 2022"): the clause reader gives that
  // clause, not the one before, to a mid-sentence tag, as it does after "…, NBC News reports,".
  return body.lastIndexOf(",", t.start) > (tokens[0]?.start ?? 0);
}

/**
 * "…, slower than economists had projected", "…, as the company projected": a figure set against
 * a forecast, not a desk's call (review of decision 620). The tag before "projected", back to its
 * comma (five words at most), holds "than" or "as", or "projected" follows an auxiliary.
 */
function comparedWithProjection(body: string, tokens: readonly Token[], i: number): boolean {
  if (i > 0 && tokens[i - 1]!.flags & ALWAYS_FINITE) return true;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = lowerWordAt(body, tokens[k]!);
    if (w === "than" || w === "as") return true;
    if (commaBefore(body, tokens, k)) break;
  }
  return false;
}
