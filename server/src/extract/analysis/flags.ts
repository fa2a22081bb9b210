import type { ClaimFlag } from "@claimdesk/shared/schemas/extracted-claim";
import { LOADED_TERMS, OPINION_PATTERN } from "./lexicon.ts";

const LOADED = new RegExp(`(?<![\\p{L}-])(${LOADED_TERMS.join("|")})(?![\\p{L}-])`, "giu");

/** Loaded words in a span, in order of appearance, lowercased and de-duplicated. */
export function findLoadedTerms(text: string): string[] {
  const found = new Set<string>();
  LOADED.lastIndex = 0;
  for (let m = LOADED.exec(text); m !== null; m = LOADED.exec(text)) found.add(m[1]!.toLowerCase());
  return [...found];
}

export function claimFlags(text: string, opts: { quotation: boolean; unnamedSource: boolean; loadedTerms: readonly string[] }): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  if (OPINION_PATTERN.test(text)) flags.push("opinion");
  if (opts.loadedTerms.length > 0) flags.push("loaded_language");
  if (opts.unnamedSource) flags.push("unnamed_source");
  if (opts.quotation) flags.push("quotation");
  return flags;
}
