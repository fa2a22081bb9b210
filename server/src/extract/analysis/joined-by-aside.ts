import { genderOfTitle } from "./pronoun-genders.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/**
 * Only "joined by", as in a dissent or a statement others sign on to: the subject speaks for all.
 * Not "flanked by" or "accompanied by": "Senator Tom Hill, flanked by Mayor Ann Lee, announced the
 * plan. She said …" is Lee, who stood beside him and may speak next.
 */
const WITH_WHOM = new Set(["joined"]);
/** How many words such an aside may take before its closing comma. */
const ASIDE_WORDS = 12;

/**
 * "Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, dissented":
 * when token `at` opens such an aside after a comma, the index of the token after its closing
 * comma (the subject's verb), else -1. The names in it stand with the subject; they are not it.
 */
export function afterJoinedByAside(body: string, tokens: readonly Token[], at: number): number {
  const participle = tokens[at];
  const by = tokens[at + 1];
  if (participle === undefined || by === undefined || !commaBefore(body, tokens, at)) return -1;
  // Cheap first: the participle's first letter and the word "by".
  const first = body.charCodeAt(participle.start);
  if ((first !== 106 && first !== 97 && first !== 102) || by.end - by.start !== 2) return -1;
  if (!WITH_WHOM.has(lowerWordAt(body, participle)) || lowerWordAt(body, by) !== "by") return -1;
  for (let k = at + 3; k < tokens.length && k - at <= ASIDE_WORDS; k++) {
    if (!commaBefore(body, tokens, k)) continue;
    // "…, joined by Councilwoman Ann Lee, …": a name the aside shows is "he" or "she" may be the
    // next sentence's pronoun, so the subject is not read past it.
    return genderOfTitle(body.slice(by.end, tokens[k - 1]!.end)) === null ? k : -1;
  }
  return -1;
}
