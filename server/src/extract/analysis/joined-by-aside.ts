import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";

/** Participles that open an aside naming who stood with the subject: "joined by", "accompanied by", "flanked by". */
const WITH_WHOM = new Set(["joined", "accompanied", "flanked"]);
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
  for (let k = at + 3; k < tokens.length && k - at <= ASIDE_WORDS; k++) if (commaBefore(body, tokens, k)) return k;
  return -1;
}
