import { ROLE_WORDS } from "./lexicon.ts";
import { isOffice } from "./role-holders.ts";
import { commaBefore, endsInPossessive, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";

/** Words that open a relative clause in the aside: "the firm whose chief executive quit". */
const RELATIVES = new Set(["who", "whose", "whom", "which", "that"]);

/** How many words the post may take: "the National's incoming artistic director" is five. */
const POST_WORDS = 6;

/**
 * "Goold, the National's incoming artistic director, has defended the length", "Angela Fairburn,
 * the trust's former director of nursing, resigned in 2023": when token `at` opens an aside that
 * gives the person's post ("the", then up to six lowercase words or a body's possessive, one of
 * them a role or an office, and no relative word, then a comma), the index of the token after that
 * comma (the subject's verb), else -1. Without it the sentence named no one, and a later "he" went
 * to the speaker before (decision 1065).
 */
export function afterPostAside(body: string, tokens: readonly Token[], at: number): number {
  const word = tokens[at];
  // Cheap first: "the" by length and first letter, after a comma.
  if (word === undefined || word.end - word.start !== 3 || (body.charCodeAt(word.start) | 32) !== 116) return -1;
  if (!commaBefore(body, tokens, at) || lowerWordAt(body, word) !== "the") return -1;
  let role = false;
  for (let k = at + 1; k < tokens.length && k - at <= POST_WORDS + 1; k++) {
    if (commaBefore(body, tokens, k)) return role ? k : -1;
    const t = tokens[k]!;
    // "the National's …": a capitalised word only as a body's possessive.
    if (isCapitalised(t) && !endsInPossessive(body, t)) return -1;
    const lower = lowerWordAt(body, t);
    // "Thames Water, the utility whose chief executive quit, was fined …": a role after a relative
    // word is someone else's, and the name may be a body's.
    if (RELATIVES.has(lower)) return -1;
    role ||= ROLE_WORDS.has(lower) || isOffice(lower);
  }
  return -1;
}
