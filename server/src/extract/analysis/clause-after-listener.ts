import { isFiniteVerb } from "./verbs.ts";
import { isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { PAST, TO } from "./word-flags.ts";

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
  if (endsInIng(body, first)) {
    // "told MPs spending would rise", "told shareholders trading was strong", "told staff working
    // hours would be cut", "told reporters nothing had changed": a verb one or two words on makes
    // the "-ing" word the subject of what was said, not the listener's participle; "during" and
    // "nothing" are no participles at all.
    // "told investors lending to small firms had risen": "to" after it is no place of a listener.
    if (
      isFiniteVerb(tokens, e + 1) ||
      isFiniteVerb(tokens, e + 2) ||
      (tokens[e + 1]?.flags ?? 0) & TO ||
      NOT_PARTICIPLES.has(lowerWordAt(body, first))
    )
      return -1;
    return e + 1;
  }
  if (first.end - first.start !== 3 || lowerWordAt(body, first) !== "who") return -1;
  // "who had travelled", "who were evacuated", "who were waiting": a finite verb, then its
  // participles, past or in "-ing" (decision 800).
  // With no verb there, the clause has no end this reader can see: no place follows it.
  if (!isFiniteVerb(tokens, e + 1)) return e + 1;
  let k = e + 2;
  while (k < e + 4 && tokens[k] !== undefined && (tokens[k]!.flags & PAST || endsInIng(body, tokens[k]!))) k++;
  return k;
}

/** Words in "-ing" that open what was said, never a listener's clause. */
const NOT_PARTICIPLES = new Set(["during", "nothing", "something", "everything", "anything"]);

/** A lowercase word in "-ing" ("living", "waiting"): the "g" by character code before the word is built. */
function endsInIng(body: string, token: Token): boolean {
  if (body.charCodeAt(token.end - 1) !== 103 /* g */ || token.end - token.start <= 4 || isCapitalised(token))
    return false;
  return lowerWordAt(body, token).endsWith("ing");
}
