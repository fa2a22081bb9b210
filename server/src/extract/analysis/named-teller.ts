import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import type { ClaimantMemory } from "./claimant.ts";
import { plausibleSpeakerName } from "./speaker-phrase.ts";

/**
 * "Leeds Crown Court was told by prosecutor Tom Reid that the defendant had fled": a court told
 * something by someone it names heard that person's case, so the claim is theirs. "was told by
 * prosecutors that …" names no one and stays evidence heard by the court (decision 260).
 */

/**
 * The words after "was told by" that name a teller: at most three lowercase words (a role:
 * "prosecutor", "the") and a capitalised name, "of" allowed inside it ("the Bank of England").
 */
export const TELLER_NAME = String.raw`(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4}`;

/** Lowercase words that make the phrase a when or a where, not a role: "prosecutors on Monday", "by video from Leeds". */
const NOT_A_ROLE = new Set([
  "on",
  "in",
  "at",
  "from",
  "during",
  "after",
  "before",
  "since",
  "via",
  "by",
  "video",
  "link",
]);
/** A capitalised word that dates the telling: "by prosecutors last Monday". */
const TIME_WORDS = new Set([
  ...MONTH_NAMES,
  ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
]);

/** The speaker a court "was told by", when `phrase` (a TELLER_NAME match) names one; else null. */
export function namedTeller(phrase: string, memory: ClaimantMemory): Claimant | null {
  const words = phrase.split(/\s+/);
  for (const w of words) {
    if (TIME_WORDS.has(w.replace(/[.'’]+$/, ""))) return null;
    if (w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122 && NOT_A_ROLE.has(w)) return null;
  }
  if (!plausibleSpeakerName(phrase.replace(/^(?:the|a|an)\s+/i, ""))) return null;
  const claimant = memory.speaker(phrase);
  return claimant !== null && (claimant.type === "person" || claimant.type === "organization") ? claimant : null;
}
