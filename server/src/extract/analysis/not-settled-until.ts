/**
 * "control of the Senate may not be settled until Dec. 1": what may not be done before a day to
 * come is a forecast of when it will be. Only "may" and "might": "could not be counted until
 * Friday" tells of the past as often.
 */
const MAY_NOT_UNTIL = /\b(?:may|might) not be [a-z]+ed until\b/i;

/**
 * A rule's "may not": "Under Pennsylvania law, mail ballots may not be processed until 7 a.m." says
 * what is allowed, not what will happen.
 */
const RULE_FRAME = /^Under\b|\b(?:law|laws|rules?|regulations?|guidance)\b/;

/** Does the text forecast that something may not be done until a later day? */
export function forecastsNotBefore(text: string): boolean {
  // Cheap first: " until " is rare.
  return text.includes(" until ") && MAY_NOT_UNTIL.test(text) && !RULE_FRAME.test(text);
}
