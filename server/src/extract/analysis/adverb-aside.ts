/**
 * ", however,", ", though,", ", meanwhile,": a sentence adverb set off by commas inside a briefing's
 * frame ("It is understood, however, that the minister will resign"). It links the sentence to the
 * one before and sets off no speaker's aside, so the frame reads as it does without it (decision
 * 845). Only these three: ", who said last week …," and ", according to aides," name someone.
 */
export const ADVERB_ASIDE = ", (?:however|though|meanwhile),";

/**
 * The aside before a following space, or a "however" with only its first comma before "understood"
 * ("It is, however understood that …", as copy often drops the second; decision 975).
 */
const ADVERB_ASIDE_AT = new RegExp(`${ADVERB_ASIDE}(?= )|, however(?= understood )`, "g");

/** The text less its comma-set sentence adverbs; the text itself when it has no comma. */
export function withoutAdverbAside(text: string): string {
  // Cheap first: no comma, no aside.
  return text.includes(",") ? text.replace(ADVERB_ASIDE_AT, "") : text;
}
