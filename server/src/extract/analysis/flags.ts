import type { ClaimFlag } from "@claimdesk/shared/schemas/extracted-claim";
import { LOADED_TERMS, OPINION_PATTERN, OPINION_WORDS } from "./lexicon.ts";
import { defineGate, gateBits, gated } from "./word-gates.ts";

const LOADED = new RegExp(`(?<![\\p{L}-])(${LOADED_TERMS.join("|")})(?![\\p{L}-])`, "giu");
// Every word of a loaded term is a whole run of letters in a match (the lookarounds rule out a
// letter or hyphen on either side); the longest one gates it, as longer words are rarer ("called"
// for "so-called", not "so").
const longestWord = (term: string): string =>
  term.split(/[^a-z]+/i).reduce((best, w) => (w.length > best.length ? w : best), "");
const LOADED_GATE = defineGate(LOADED_TERMS.map(longestWord));
const OPINION_GATE = defineGate(OPINION_WORDS);
gated(LOADED, LOADED_GATE);
gated(OPINION_PATTERN, OPINION_GATE);

/** Loaded words in a span, in order of appearance, lowercased and de-duplicated. */
export function findLoadedTerms(text: string, bits = gateBits(text)): string[] {
  if (!(bits & LOADED_GATE)) return [];
  const found = new Set<string>();
  LOADED.lastIndex = 0;
  for (let m = LOADED.exec(text); m !== null; m = LOADED.exec(text)) found.add(m[1]!.toLowerCase());
  return [...found];
}

export function claimFlags(
  text: string,
  opts: { quotation: boolean; unnamedSource: boolean; loadedTerms: readonly string[] },
  bits = gateBits(text),
): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  if (bits & OPINION_GATE && OPINION_PATTERN.test(text)) flags.push("opinion");
  if (opts.loadedTerms.length > 0) flags.push("loaded_language");
  if (opts.unnamedSource) flags.push("unnamed_source");
  if (opts.quotation) flags.push("quotation");
  return flags;
}
