// "Nigel Farage was born in 1964. Farage spoke at a rally in Clacton on Friday. He has visited 40
// towns.": in a sentence that opens with the person's name, one capitalised word after "in" or
// "near" says where they were, and is no one the next "He" may stand for (decision 855, left from
// decision 815), and so does one after "at" that follows a verb of being somewhere ("spoke at
// Clacton"), and a sentence that opens with the person's title and name opens with them (decision
// 905). Two capitalised words there may be a person ("faith in Kemi Badenoch"), and so
// may one word the article gives a person ("Ann Wells … confided in Wells") or one after a word
// that takes a person ("had faith in Reeves"): those still count as someone else, but for a backer
// found "in" a word the article writes as a place elsewhere ("found a backer in Leeds"; decision 945).

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { isDayOrMonthName } from "./day-or-month-at.ts";
import { givenAnotherName, surnameStandsFor } from "./surname-for-a-full-name.ts";
import { foundIn, someoneAfterIn } from "./someone-after-in.ts";
import { writtenAsAPlace } from "./name-written-as-a-place.ts";
import { isUpperLetter } from "../text/char-classes.ts";
import { officeOfWordsAndSurname, splitTitle, TITLE_WORD } from "./person-titles.ts";
import { OCCUPATIONS, ROLE_WORDS } from "./lexicon.ts";
import { SENTENCE_OPENERS } from "../text/abbreviations.ts";

/** How far a title and given name may run before the surname: "Deputy Chief Constable Jane Hollis". */
const TITLE_REACH = 48;

/**
 * Where the person's name opens the sentence body[start, …): at `start` when it opens with their
 * name as the memory holds it, or with their surname alone standing for them ("Farage spoke …"
 * after "Nigel Farage"; not "Johnson spoke …" after "Boris Johnson … his brother Jo Johnson", who
 * may be either); past a title that opens it ("Mayor Jane Hollis", "Ms Hollis"); -1 when the
 * sentence does not open with them.
 */
export function whereThePersonOpens(body: string, start: number, person: Claimant): number {
  if (body.startsWith(person.name, start)) return start;
  const surname = person.name.slice(person.name.lastIndexOf(" ") + 1);
  if (body.startsWith(`${surname} `, start) && surnameStandsFor(body, start, surname, person)) return start;
  // "Mayor Jane Hollis opened …", "Ms Hollis spoke …": a title, then the name or the surname that
  // stands for them (decision 905). Cheap first: a capital, and the surname within a title's reach.
  if (!isUpperLetter(body[start] ?? "")) return -1;
  const at = body.slice(start, start + TITLE_REACH + surname.length + 1).indexOf(` ${surname}`);
  if (at < 0) return -1;
  const written = body.slice(start, start + at + 1 + surname.length);
  // "Deputy Mayor Hollis opened …": an office of two words before the surname alone (decision 985).
  const titled = splitTitle(written) ?? officeOfWordsAndSurname(written);
  if (titled === null || !isATitle(titled.title)) return -1;
  const name = start + at + 1 + surname.length - titled.name.length;
  return titled.name === person.name || (titled.name === surname && surnameStandsFor(body, name, surname, person))
    ? name
    : -1;
}

/**
 * Is `title`, as splitTitle reads it before a name, a title ("Mayor", "Home Secretary", "Ms") and
 * not a sentence's opening words ("On Friday", "After Mayor"): its first word no opener, day or
 * month, its last a title's or a role's word?
 */
function isATitle(title: string): boolean {
  const space = title.indexOf(" ");
  const first = (space < 0 ? title : title.slice(0, space)).toLowerCase();
  if (SENTENCE_OPENERS.has(first) || isDayOrMonthName(first)) return false;
  const last = title.slice(title.lastIndexOf(" ") + 1);
  const lower = last.toLowerCase();
  return TITLE_WORD.test(last) || ROLE_WORDS.has(lower) || OCCUPATIONS.has(lower);
}

/**
 * Verbs and nouns after which "at" names where someone was: "spoke at Clacton", "studied at
 * Oxford", "a rally at Wembley" (decision 905). After any other word "at" takes people as often
 * ("hit out at Reeves", "shouted at Smith", "took aim at Starmer", "a dig at Badenoch").
 */
const BEING_SOMEWHERE = new Set(
  (
    "spoke speaks speaking arrived arrives arriving landed lands stayed stays staying studied studies " +
    "studying worked works working played plays playing appeared appears performed performs lived lives " +
    "rally speech"
  ).split(" "),
);
/** The word before " at " at the end of the text: "spoke" in "Farage spoke at ". */
const WORD_BEFORE_AT = /(\p{Ll}+) at $/u;

/** Does text[…, at) end with "at " after a verb of being somewhere ("spoke at ", "a rally at ")? */
function placeAfterAt(text: string, at: number): boolean {
  if (!text.startsWith(" at ", at - 4)) return false;
  const m = WORD_BEFORE_AT.exec(text.slice(Math.max(0, at - 16), at));
  return m !== null && BEING_SOMEWHERE.has(m[1]!);
}

/**
 * "Tom Reid grew up in Leeds. Reid found a backer in Leeds.": after a backer, supporter, advocate
 * or heir found "in", a word the article writes as a place elsewhere (after "in" or "near" where no
 * word that takes a person stands before it, or "at" where someone was) is where they found them
 * (decision 945). Written so nowhere else, it may be a person ("found a backer in Smith"), and stays one.
 */
function foundInAPlace(text: string, at: number, word: string, body: string): boolean {
  return foundIn(text, at) && writtenAsAPlace(body, word, placeAfterAt);
}

/**
 * Is `word`, written at text[at, …) in a sentence that opens with the person's name, a place they
 * were in: after "in ", "near " or "spoke at ", alone, and never a person's name in body[0, end)?
 */
export function isPlaceWhereThePersonWas(
  text: string,
  at: number,
  word: string,
  body: string,
  end: number,
  memory: ClaimantMemory,
): boolean {
  // Cheap first: "in " or "near " right before, or "at " after a verb of being somewhere, and no
  // capitalised word right after.
  if (!text.startsWith(" in ", at - 4) && !text.startsWith(" near ", at - 6) && !placeAfterAt(text, at)) return false;
  const after = at + word.length;
  if (text[after] === " " && isUpperLetter(text[after + 1] ?? "")) return false;
  // "in May's cabinet", "in Reeves' defence", "had faith in May": a person's things, or a month's
  // name read as no month.
  if (text[after] === "'" || text[after] === "’" || word.endsWith("'") || word.endsWith("’")) return false;
  if (isDayOrMonthName(word) || (someoneAfterIn(text, at) && !foundInAPlace(text, at, word, body))) return false;
  // A surname the memory or the article gives a person: "Reeves", "Wells" after "Ann Wells".
  return memory.knownPersonBySurname(word) === null && !givenAnotherName(body, end, word, word);
}
