// "Nigel Farage was born in 1964. Farage spoke at a rally in Clacton on Friday. He has visited 40
// towns.": in a sentence that opens with the person's name, one capitalised word after "in" or
// "near" says where they were, and is no one the next "He" may stand for (decision 855, left from
// decision 815). Two capitalised words there may be a person ("faith in Kemi Badenoch"), and so
// may one word the article gives a person ("Ann Wells … confided in Wells") or one after a word
// that takes a person ("had faith in Reeves"): those still count as someone else.

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { isDayOrMonthName } from "./day-or-month-at.ts";
import { givenAnotherName, surnameStandsFor } from "./surname-for-a-full-name.ts";
import { someoneAfterIn } from "./someone-after-in.ts";
import { isUpperLetter } from "../text/char-classes.ts";

/**
 * Does the sentence body[start, …) open with the person's name as the memory holds it, or with
 * their surname alone standing for them ("Farage spoke …" after "Nigel Farage"; not "Johnson spoke
 * …" after "Boris Johnson … his brother Jo Johnson", who may be either)?
 */
export function opensWithThePerson(body: string, start: number, person: Claimant): boolean {
  if (body.startsWith(person.name, start)) return true;
  const surname = person.name.slice(person.name.lastIndexOf(" ") + 1);
  return body.startsWith(`${surname} `, start) && surnameStandsFor(body, start, surname, person);
}

/**
 * Is `word`, written at text[at, …) in a sentence that opens with the person's name, a place they
 * were in: after "in " or "near ", alone, and never a person's name in body[0, end)?
 */
export function isPlaceWhereThePersonWas(
  text: string,
  at: number,
  word: string,
  body: string,
  end: number,
  memory: ClaimantMemory,
): boolean {
  // Cheap first: "in " or "near " right before, and no capitalised word right after.
  if (!text.startsWith(" in ", at - 4) && !text.startsWith(" near ", at - 6)) return false;
  const after = at + word.length;
  if (text[after] === " " && isUpperLetter(text[after + 1] ?? "")) return false;
  // "in May's cabinet", "in Reeves' defence", "had faith in May": a person's things, or a month's
  // name read as no month.
  if (text[after] === "'" || text[after] === "’" || word.endsWith("'") || word.endsWith("’")) return false;
  if (isDayOrMonthName(word) || someoneAfterIn(text, at)) return false;
  // A surname the memory or the article gives a person: "Reeves", "Wells" after "Ann Wells".
  return memory.knownPersonBySurname(word) === null && !givenAnotherName(body, end, word, word);
}
