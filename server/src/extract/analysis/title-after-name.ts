import { OCCUPATIONS, ORGANISATION_WORDS, ROLE_WORDS, SENTENCE_ADVERBS } from "./lexicon.ts";
import { fieldOfARole } from "./field-before-role.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { commaBefore, isCapitalised, lowerWordAt, type Token } from "./tokens.ts";
import { PARENTHETICAL_PREPOSITION, PARTICIPLE } from "./word-flags.ts";

/**
 * A title or a party written between commas after a person's name, as UK copy writes it: "Cllr
 * Sam Crooks, Liberal Democrat, said", "Dr Amara Okafor, Senior Lecturer in Epidemiology at
 * Bristol Medical School, said", "Professor Daniel Hughes, co-author and Professor of Pharmacology
 * at …, said". The words are capitalised, so they look like a name themselves; they describe the
 * name before them, who speaks.
 */

/** Words before a role in a description without "the": "deputy head of", "senior economist at". */
export const ROLE_MODIFIERS = new Set([
  "deputy",
  "senior",
  "former",
  "acting",
  "lead",
  "chief",
  "vice",
  "managing",
  "general",
]);

/** Party names the shared list does not hold, as councils' reports write them after a name. */
const UK_PARTY_WORDS = new Set(["Green", "Reform", "SNP", "Plaid", "Cymru", "Lib", "Dem", "UK", "Party"]);

/** Words that join a role to where it is held: "Head of Policy", "Lecturer in Epidemiology at …". */
const TITLE_PREPOSITIONS = new Set(["of", "in", "at", "for"]);

/** Roles of elected members and of a paper's writers, beside the shared lists: "Labour councillor for Olney". */
const ELECTED_ROLES = new Set(["councillor", "councilor", "mp", "mep", "msp", "author"]);

/** A role word, also after "co-": "co-author", "co-founder", "co-chair". */
export function isRole(word: string): boolean {
  const bare = word.startsWith("co-") ? word.slice(3) : word;
  return ROLE_WORDS.has(bare) || OCCUPATIONS.has(bare) || ELECTED_ROLES.has(bare);
}

/** Are tokens [from, to) one or two party or nationality words ("Labour", "Liberal Democrat")? */
export function partyAlone(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let t = from; t < to; t++) {
    const written = body.slice(tokens[t]!.start, tokens[t]!.end);
    if (!isNationalityOrParty(written) && !UK_PARTY_WORDS.has(written)) return false;
  }
  // "Reform UK", "Lib Dem": a word of the local list alone must be a party's first word.
  const first = body.slice(tokens[from]!.start, tokens[from]!.end);
  return isNationalityOrParty(first) || first === "Green" || first === "Reform" || first === "SNP" || first === "Lib";
}

/**
 * Do tokens [from, to) describe the name before them by party or title: a party alone, or role
 * words (after modifiers, "and" between two roles) that end the segment or go on with "of", "in",
 * "at" or "for" ("Chief Executive", "Head of Policy at …")? A title with a name after it ("Chief
 * Executive Jane Smith") names the speaker itself and is not one.
 */
export function titleAfterName(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  // The description ends at its comma: "Liberal Democrat, who voted against the plans, said".
  for (let t = from + 1; t < to; t++)
    if (commaBefore(body, tokens, t)) {
      to = t;
      break;
    }
  if (to <= from || to - from > 14) return false;
  if (partyAlone(body, tokens, from, to)) return true;
  // "Liberal Democrat leader", "Labour councillor for Olney": the party before the role.
  let k = from;
  while (k < to && k - from < 2 && isNationalityOrParty(body.slice(tokens[k]!.start, tokens[k]!.end))) k++;
  let roles = 0;
  let field = false;
  for (; k < to; k++) {
    const w = lowerWordAt(body, tokens[k]!);
    if (isRole(w)) roles++;
    // "research director at Halden" (decision 1130): one field word, right before the first role.
    else if (
      roles === 0 &&
      !field &&
      k + 1 < to &&
      fieldOfARole(body, tokens[k]!) &&
      isRole(lowerWordAt(body, tokens[k + 1]!))
    )
      field = true;
    else if (!ROLE_MODIFIERS.has(w) && !(w === "and" && roles > 0)) break;
  }
  if (roles === 0) return false;
  return k === to || TITLE_PREPOSITIONS.has(lowerWordAt(body, tokens[k]!));
}

/** Words a place or a scene opens with, never a person's name: "Across Wales, Labour, …". */
const SCENE_OPENERS = new Set(
  "the across in at on from for with after before during under over throughout outside inside near beyond within".split(
    " ",
  ),
);

/** Last words of a club's or a town's name: "Leeds United, Chairman, said" is the club's chairman. */
const BODY_NAME_ENDS = new Set("united city town county rovers athletic albion wanderers".split(" "));

/**
 * Can tokens [from, to) be the name a title or party follows: two to eight words, capitalised at
 * both ends, not a scene ("Across Wales", "Speaking in Leeds"), a sentence adverb before a name
 * ("Meanwhile Labour, Green, said" lists two parties), a body's "The …", a body ("Leeds City
 * Council, Chief Executive, said" is its chief executive, not the council) or a party itself
 * ("Reform, Labour, said" lists two parties)?
 */
export function personNameAt(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 8) return false;
  const first = tokens[from]!;
  if (!isCapitalised(first) || !isCapitalised(tokens[to - 1]!)) return false;
  if (first.flags & (PARENTHETICAL_PREPOSITION | PARTICIPLE)) return false;
  const w = lowerWordAt(body, first);
  if (SCENE_OPENERS.has(w) || SENTENCE_ADVERBS.has(w) || w.endsWith("ing")) return false;
  const last = lowerWordAt(body, tokens[to - 1]!);
  return !ORGANISATION_WORDS.has(last) && !BODY_NAME_ENDS.has(last) && !partyAlone(body, tokens, from, to);
}

/**
 * Do tokens [from, to) name where a member sits or what they hold, between their name and their
 * party: a title ("leader of the council for Milton Keynes") or a ward or seat of at most four
 * capitalised words ("Milton Keynes", "Luton North")? The party after it says the segment is no
 * name of its own: "Cllr Pete Marland, Milton Keynes, Labour, said" is Pete Marland.
 */
export function seatOrTitle(body: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  if (titleAfterName(body, tokens, from, to)) return true;
  if (to - from > 4 || partyAlone(body, tokens, from, to)) return false;
  for (let t = from; t < to; t++)
    if (!isCapitalised(tokens[t]!) || (t > from && commaBefore(body, tokens, t))) return false;
  return true;
}
