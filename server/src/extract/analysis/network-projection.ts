import type { Token } from "./tokens.ts";
import { THAT } from "./word-flags.ts";

/**
 * "Jon Husted will be Ohio's next governor, NBC News projects", "CNN projects that …": a network's
 * call of a race is its claim (decision 525). "projects" is no reporting verb in the word lists, as
 * it is mostly a noun ("pork-barrel projects"); it reports only in a tag after a comma (the sentence's
 * last word, or a comma after it), or before "that". Cheap first: eight chars starting with "p".
 */
export function projectsAsReport(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.end - t.start !== 8 || body.charCodeAt(t.start) !== 112 || !body.startsWith("projects", t.start)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.flags & THAT) return true;
  // A tag: a comma before its subject, and the sentence's end or a comma after it ("…, NBC News
  // projects, beating Democrat Amy Acton").
  const tag = next === undefined || body.charCodeAt(t.end) === 44;
  return tag && body.lastIndexOf(",", t.start) > (tokens[0]?.start ?? 0);
}
