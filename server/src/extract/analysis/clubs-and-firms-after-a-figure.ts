import { ONE_WORD_COMPANIES } from "./lexicon.ts";
import { promotedAtWork } from "./promoted-at-work.ts";

/**
 * What a one-word name and its figure between commas are, when the words around them say it is no
 * person and no age (decision 625): a club, a firm or a town's fans. Decision 545's club list
 * leaves off towns that are common surnames ("Bolton", "Preston", "Reading" is no surname but is a
 * club's and a town's name), so these read what goes on or comes before instead.
 */

/** Firms copy names by one word ("Toyota, 34, is the biggest owner of …"): a firm is no person. */
export const FIRMS_NAMED_ALONE: ReadonlySet<string> = new Set(ONE_WORD_COMPANIES);

/**
 * After the figure, what a club and no person does: relegated, unless to or from a lowercase place
 * ("to the back benches", "from the cabinet" are a person's); promoted to a named division ("to
 * League One", "to the Championship"), last or this season, via or through the play-offs, or as
 * champions. A person is "promoted to sergeant" and "promoted in March", so "promoted" alone stays
 * a person's. "Preston, 34, was promoted last season". Then a crowd's noun after the figure: "Police arrested
 * Reading, 25, fans" counts a town's fans, and "Kent, 34, Essex, 28, and Surrey, 41, residents"
 * a county's residents; not a crowd "of" something ("residents of Leeds", "supporters of the
 * group"), which people are, nor "people" ("Smith, 34, people smuggler").
 */
const CLUB_GOES_ON = new RegExp(
  "^,[ \\u00a0]+(?:" +
    "(?:was|were|has[ \\u00a0]+been|have[ \\u00a0]+been)[ \\u00a0]+(?:" +
    "relegated(?![ \\u00a0]+(?:to|from)[ \\u00a0]+(?!(?:the[ \\u00a0]+)?\\p{Lu}))" +
    "|promoted(?=[ \\u00a0]+(?:to[ \\u00a0]+(?:the[ \\u00a0]+)?\\p{Lu}|(?:last|this)[ \\u00a0]+season|(?:via|through)[ \\u00a0]+the[ \\u00a0]+play-?offs|as[ \\u00a0]+champions)\\b))" +
    "|(?:fans|supporters|followers|residents)\\b(?![ \\u00a0]+of\\b))",
  "u",
);
/** The rest of a list after a figure: ", Essex, 28, and Surrey, 41" before "residents". */
export const LIST_GOES_ON = /^(?:,[ \u00a0]+(?:and[ \u00a0]+)?\p{Lu}[\p{L}'’-]*\p{Ll},[ \u00a0]+\d{1,3}(?=,))+/u;

/** Does the aside after a one-word name's figure (or its list's last) go on as only a club's or a crowd's does? */
export function clubGoesOn(after: string): boolean {
  const rest = after.slice(LIST_GOES_ON.exec(after)?.[0].length ?? 0);
  // Cheap first: a club's verb or a crowd's noun opens with one of these letters after ", ".
  const c = rest.charCodeAt(2);
  if (!(c === 0x77 || c === 0x68 || c === 0x66 || c === 0x73 || c === 0x72) || !CLUB_GOES_ON.test(rest)) return false;
  // "Taylor, 31, was promoted this season after a strong year at the bank" (decision 665).
  return !promotedAtWork(rest);
}

/**
 * "The FA charged Bolton, 34, with failing to control their players": a league or a game's body
 * charges a club with what its players or fans did. The body stands right before the charge, or
 * before "has", "had" or "also" ("The FA has charged"), and the charge names "their" or "its"
 * players, fans or rules; a body's charge of one player ("The FA charged Barton, 34, with
 * misconduct") keeps the age, and so does "The FA said police charged Bolton, 34, …".
 */
const LEAGUE_BODY_BEFORE =
  /\b(?:FA|EFL|SPFL|Uefa|UEFA|Fifa|FIFA|RFU|WRU|ECB|Premier[ \u00a0]+League|Football[ \u00a0]+League|league)(?:[ \u00a0]+(?:has|have|had|also|formally|then|later|now))*[ \u00a0]+$/u;
const CLUBS_OWN = /\b(?:their|its)[ \u00a0]+(?:players|fans|supporters|squad|team|rules|officials|staff)\b/;
/**
 * "after he criticised their officials": a person's pronoun after the figure makes the charge a
 * player's, and a storm's or a flood's victim a person (a review of decision 625).
 */
export const A_PERSONS_PRONOUN = /\b(?:he|his|him|she|her)\b/;

/**
 * Is `act`, the court's act that the text `beforeAct` leads to, a league's charge of a club, with
 * `after` the words after the figure?
 */
export function chargedByALeague(beforeAct: string, act: string, after: string): boolean {
  if (!act.startsWith("charged") || !LEAGUE_BODY_BEFORE.test(beforeAct.slice(-48))) return false;
  return CLUBS_OWN.test(after) && !A_PERSONS_PRONOUN.test(after);
}
