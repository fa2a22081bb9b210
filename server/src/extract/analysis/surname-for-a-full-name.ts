// Whether a surname written alone ("Farage spoke …") stands for the person the article named in
// full before it, and whether the article writes a surname with someone else's given name ("Boris
// Johnson … his brother Jo Johnson … Johnson repeated them"; decision 815's review), or with any
// given name at all ("Ann Wells … confided in Wells"; decision 855). Its own file, as the
// fact-check's pronoun maker and the article's pronoun reader both ask.

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { mayBeGivenName } from "./person-titles.ts";

/** The capitalised word right before a space: "Jo " in "his brother Jo Johnson". */
const WORD_BEFORE = /(\p{Lu}[\p{Ll}'’-]+) $/u;
/** A sentence's end inside a name read by the memory: "Nigel Farage. Farage". */
const SENTENCE_END = /[.!?] /;

/**
 * Does `surname`, written alone at body[start, …), stand for `person`, the full name the memory
 * gives for it: a name ending in the surname, not read across a sentence's end ("said Nigel
 * Farage. Farage spoke"), written before `start`, and the surname given no one else's given name?
 */
export function surnameStandsFor(body: string, start: number, surname: string, person: Claimant): boolean {
  if (!person.name.endsWith(` ${surname}`) || SENTENCE_END.test(person.name)) return false;
  const at = body.indexOf(person.name);
  return at >= 0 && at < start && !givenAnotherName(body, start, surname, person.name);
}

/**
 * Does body[0, end) write `surname` with a given name other than fullName's? Titles and words that
 * open sentences ("Mr Johnson", "When Johnson") are no given names. With `fullName` the surname
 * itself, any given name counts.
 */
export function givenAnotherName(body: string, end: number, surname: string, fullName: string): boolean {
  const own = new Set(fullName.split(" ").slice(0, -1));
  for (let i = body.indexOf(` ${surname}`); i >= 0 && i < end; i = body.indexOf(` ${surname}`, i + 1)) {
    const given = WORD_BEFORE.exec(body.slice(Math.max(0, i - 24), i + 1));
    if (given !== null && !own.has(given[1]!) && mayBeGivenName(given[1]!)) return true;
  }
  return false;
}
