import { EVIDENCE_NOUNS } from "./lexicon.ts";

/** A capitalised owner in the possessive, then one lowercase word: "Guardian's analysis", "Ofgem's research". */
const OWNER_THEN_NOUN = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+(\p{Ll}+)$/u;

/**
 * "The Guardian's analysis found", "Ofgem's research shows": a document in its owner's possessive
 * speaks as a body does, as "the Guardian's report" and "Smith's study" already did by their
 * body's word (decision 660). "analysis", "research", "data" are documents but no body's words,
 * so the name was typed a person. `name` is the cleaned claimant name.
 */
export function isOwnedDocument(name: string): boolean {
  // Cheap first: a possessive at all.
  if (!name.includes("'s ") && !name.includes("’s ")) return false;
  const m = OWNER_THEN_NOUN.exec(name);
  return m !== null && EVIDENCE_NOUNS.has(m[1]!);
}
