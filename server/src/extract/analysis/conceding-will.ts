/**
 * "I will admit that the final image had the woman beside me in tears", "We'll be honest: …": a
 * speaker's own "will" before a word of conceding puts what follows frankly, and tells nothing to
 * come (decision 1080). Only "I" or "we" right before the "will", and only conceding's words:
 * "I will say more on Friday", "We will admit 40 more pupils" and "The club will admit fans" stay
 * forecasts, since "say" plans and "admit" with a number or a noun lets people in; and "be honest"
 * only before a stop or "with you": "I will be honest with voters" is a pledge.
 */
const CONCEDING_AFTER =
  /^[ \u00a0]+(?:(?:admit|confess|concede|grant)(?=[ \u00a0]+that\b|[,:;])|be[ \u00a0]+(?:honest|frank)(?=[,:;]|[ \u00a0]+with[ \u00a0]+you\b))/;
const SPEAKER_BEFORE = /\b(?:I|[Ww]e)[ \u00a0]*$/;

/** Is the "will" or "'ll" (`word`) at `at` a speaker's conceding? */
export function concedingWill(text: string, at: number, word: string): boolean {
  // "I will", "we will", and "I'll", "we'll", where the pronoun ends right at the apostrophe.
  if (!SPEAKER_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  const end = at + word.length;
  return CONCEDING_AFTER.test(text.slice(end, end + 24));
}
