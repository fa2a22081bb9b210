import { isFiniteVerb } from "./verbs.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { PAST } from "./word-flags.ts";

/**
 * A listener's own clause at `e`, right after the listener's word: a participle ("residents living
 * near the site") or "who" and its verb group ("passengers who had travelled from Leeds"). Returns
 * the token after the participle or the verb group, where a place may follow, or -1 when no such
 * clause opens at `e`. The caller reads the place; where it finds no clear end the listener stays in
 * the wording whole rather than be cut inside its clause (decision 800).
 */
export function listenerClauseEnd(body: string, tokens: readonly Token[], e: number): number {
  const first = tokens[e];
  // Cheap first: the last letter ("g" of "-ing") or the length of "who", before any word is built.
  if (first === undefined || isCapitalised(first)) return -1;
  const last = body.charCodeAt(first.end - 1);
  if (last === 103 /* g */ && first.end - first.start > 4 && lowerWordAt(body, first).endsWith("ing")) return e + 1;
  if (first.end - first.start !== 3 || lowerWordAt(body, first) !== "who") return -1;
  // "who had travelled", "who live", "who were evacuated": a finite verb, then its participles.
  // With no verb there, the clause has no end this reader can see: no place follows it.
  if (!isFiniteVerb(tokens, e + 1)) return e + 1;
  let k = e + 2;
  while (k < e + 4 && tokens[k] !== undefined && tokens[k]!.flags & PAST) k++;
  return k;
}
