import { CONCEDED_POINTS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from "./lexicon.ts";

/**
 * "I will admit that the final image had the woman beside me in tears", "We'll be honest: …": a
 * speaker's own "will" before a word of conceding puts what follows frankly, and tells nothing to
 * come (decision 1080). Only "I" or "we" right before the "will", and only conceding's words:
 * "I will say more on Friday", "We will admit 40 more pupils" and "The club will admit fans" stay
 * forecasts, since "say" plans and "admit" with a number or a noun lets people in; and "be honest"
 * only before a stop or "with you": "I will be honest with voters" is a pledge.
 */
const CONCEDING_WORD = /^[ \u00a0]+(admit|confess|concede|grant)(?=[ \u00a0,:;])/;
const HONEST_AFTER = /^[ \u00a0]+be[ \u00a0]+(?:honest|frank)(?=[,:;]|[ \u00a0]+with[ \u00a0]+you\b)/;
const SPEAKER_BEFORE = /\b(?:I|[Ww]e)[ \u00a0]*$/;

/**
 * "… that" opens a clause only before a subject: a pronoun, a determiner, a figure, a name or a
 * comma ("that the plan cost", "that I lied", "that 3,000 jobs went", "that, in 2024, …"), or
 * alone before a stop ("I will grant that.": the point conceded), or a point ("I will concede that
 * point", `CONCEDED_POINTS`, decision 1115). Before another bare noun or a time it
 * points at a thing ("We will grant that request on Friday", "I will admit that patient
 * tomorrow", "I will concede that seat"): a plan, still a forecast (review of decision 1080).
 */
const THAT_THEN = /^[ \u00a0]+that(?:[ \u00a0]*([,.;:!?]|$)|[ \u00a0]+([\p{L}\d]+))/u;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  ...POSSESSIVE_DETERMINERS,
  ..."the a an this these those there some no all most every none".split(" "),
]);

/**
 * "I will concede, if the count shows I lost": a condition after the comma makes the conceding
 * one to come (review of decision 1080).
 */
const CONDITION_AFTER_STOP = /^[,:;][ \u00a0]+(?:if|when|unless|once)\b/;

function clauseFollowsThat(after: string): boolean | null {
  const m = THAT_THEN.exec(after);
  if (m === null) return null;
  if (m[1] !== undefined) return true;
  const word = m[2]!;
  return /^[\p{Lu}\d]/u.test(word) || CLAUSE_OPENERS.has(word) || CONCEDED_POINTS.has(word);
}

/**
 * "I'll concede: 40 points may not be enough", "I will admit that the plan might fail": what is
 * conceded is itself a forecast, so the sentence stays one (decision 1115); the "will" is left to
 * carry it, as "may" and "might" are no PREDICTION words. Not "may have" or "might have" ("We will
 * admit that we may have got it wrong"), nor "may not have" ("we may not have done enough"): a past
 * that may have been, no forecast. The lookahead holds the optional "not" itself, so a regex engine
 * backing off the "not" cannot read "not" as the verb (review of decision 1115).
 */
const MAY_NOT_HAVE = /\b(?:may|might)[ \u00a0]+(?!(?:not[ \u00a0]+)?have\b)[a-z]/;

function forecastConceded(after: string): boolean {
  // Cheap first: the modal's word at all.
  return (after.includes(" may ") || after.includes(" might ")) && MAY_NOT_HAVE.test(after);
}

/** Is the "will" or "'ll" (`word`) at `at` a speaker's conceding? */
export function concedingWill(text: string, at: number, word: string): boolean {
  // "I will", "we will", and "I'll", "we'll", where the pronoun ends right at the apostrophe.
  if (!SPEAKER_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  const end = at + word.length;
  const rest = text.slice(end, end + 40);
  const conceding = CONCEDING_WORD.exec(rest);
  if (conceding === null) return HONEST_AFTER.test(rest);
  const after = rest.slice(conceding[0].length);
  const clause = clauseFollowsThat(after);
  // "I'll admit: …", "I will confess, the food was cold"; "grant" only before "that" ("We will
  // grant: 40 new licences" lists what is to come).
  const conceded = clause ?? (conceding[1] !== "grant" && /^[,:;]/.test(after) && !CONDITION_AFTER_STOP.test(after));
  return conceded && !forecastConceded(text.slice(end + conceding[0].length));
}
