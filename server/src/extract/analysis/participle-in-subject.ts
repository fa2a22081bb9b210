import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { firstFiniteVerb } from "./verbs.ts";
import { PARTICIPLE, RELATIVE, THAT } from "./word-flags.ts";

/** How far past the participle the closing comma is looked for, in tokens. */
const REACH = 20;
/** The auxiliary that opens the main clause's predicate after the aside. */
const AUXILIARY = new Set("is are was were has have had will would could can may might".split(" "));

/**
 * "A freight train that derailed near Millersburg last month, spilling about 20,000 gallons of
 * diesel into a creek, was travelling 12 mph over the limit": a participle phrase set off by
 * commas and followed by an auxiliary ("was", "has", "will") is an aside inside the subject, not a
 * phrase hung on a clause before it. Split there, the subject became a claim of its own with no
 * predicate ("A freight train that derailed … last month"). Only when the subject has no verb of
 * its own before the participle, or only one inside a relative clause ("that derailed"): "Drones
 * struck five regions, killing four people, officials said" and "…, killing four, and destroyed
 * …" split as before.
 */
export function participleInSubject(
  body: string,
  tokens: readonly Token[],
  clauseFrom: number,
  participle: number,
): boolean {
  // A clause that is itself a participle phrase ("…, saying …, saying …") has no subject.
  if (tokens[clauseFrom]!.flags & PARTICIPLE) return false;
  const verb = firstFiniteVerb(tokens, clauseFrom, participle);
  if (verb > clauseFrom && !(tokens[verb - 1]!.flags & (RELATIVE | THAT))) return false;
  if (verb === clauseFrom) return false;
  const last = Math.min(tokens.length - 1, participle + REACH);
  for (let k = participle + 2; k <= last; k++)
    if (commaBefore(body, tokens, k)) return AUXILIARY.has(lowerWordAt(body, tokens[k]!));
  return false;
}
