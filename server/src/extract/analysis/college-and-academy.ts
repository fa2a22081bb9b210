import { isUpperLetter } from "../text/char-classes.ts";
import { OCCUPATIONS, ROLE_WORDS } from "./lexicon.ts";
import { TITLE_WORD } from "./person-titles.ts";

/**
 * The kinds decision 660 reads at the end of a place's name that are not on the body's word list:
 * "college", "academy" and "constabulary" are as often a person's field ("a college lecturer",
 * "college student Amy Lee", "Academy director Jane Smith"), so they are not body's words alone.
 */
const CAPITALISED_KINDS = new Set(["College", "Academy", "Constabulary"]);

/** "College", "Academy", "Constabulary", written with its capital: a word no person's name ends in. */
export function isCapitalisedKind(word: string): boolean {
  return CAPITALISED_KINDS.has(word);
}

/**
 * "The Royal Academy said", "Eton College said", "Dyfed-Powys Constabulary said" (decision 700):
 * a name of capitalised words whose last is one of those kinds, written with its capital, is a
 * body's, where before it was typed a person ("According to Royal Academy"). Every word must be
 * capitalised, so a person's lowercase trade before a name ("college student Amy Lee") is left to
 * the rules that read it.
 */
export function endsInCapitalisedKind(written: readonly string[]): boolean {
  const n = written.length;
  // Cheap first: two words or more, and a listed kind last.
  if (n < 2 || !CAPITALISED_KINDS.has(written[n - 1]!)) return false;
  for (let i = 0; i < n - 1; i++) if (!isUpperLetter(written[i]![0] ?? "")) return false;
  // "Mr College said", "On Monday Eton College said", "Live: Eton College said": a person's
  // honorific, a time or a label before the name is no part of a body's (review of decision 700).
  return !NOT_IN_A_BODY_NAME.has(written[0]!) && !written.some((w) => w.endsWith(":") || WEEKDAYS.has(w));
}

/** Honorifics and openers that start no body's name. "Sir" and "Lord" do ("Lord Wandsworth College"). */
const NOT_IN_A_BODY_NAME = new Set("Mr Mrs Ms Miss Mx Dr On In At By Last This Next".split(" "));
const WEEKDAYS = new Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "));

/**
 * "The College said", "The Academy said" (decision 725): the kind alone after a written "the" names
 * the body the article is about, as "the council" does; it was typed a person named College. Without
 * the "the" ("College said") it is read as before.
 */
export function kindAloneAfterThe(phrase: string, written: readonly string[]): boolean {
  return (
    written.length === 1 &&
    CAPITALISED_KINDS.has(written[0]!) &&
    phrase.trimStart().slice(0, 4).toLowerCase() === "the "
  );
}

/**
 * "Trinity College Dublin", "Imperial College London" (decision 725): a body's capitalised name and
 * kind, then one capitalised word for its city. No person's name holds College, Academy or
 * Constabulary before its last word, so the shape is a body's without a list of places.
 */
export function kindThenPlace(written: readonly string[]): boolean {
  const n = written.length;
  // Cheap first: three words or more, a listed kind second to last.
  if (n < 3 || !CAPITALISED_KINDS.has(written[n - 2]!) || !isUpperLetter(written[n - 1]![0] ?? "")) return false;
  // "Eton College Principal said", "Durham Constabulary Inspector said": one who holds an office in
  // the body, or a person's title, speaks, not a city (the reviews of decisions 725 and 770).
  if (officeWord(written[n - 1]!)) return false;
  return endsInCapitalisedKind(written.slice(0, n - 1));
}

/**
 * "The College of Policing", "the Royal College of Nursing", "the Academy of Medical Sciences"
 * (decision 770): one of the kinds, then "of" and what the body is of, every word capitalised but
 * the joiners. The kind must stand right before "of", so a peer's or a bishop's title ("The Duke of
 * Sussex", "the Bishop of London") is read as before, a person.
 */
export function kindThenOf(written: readonly string[]): boolean {
  // Cheap first: an "of" with a listed kind right before it.
  const of = written.indexOf("of");
  if (of < 1 || !CAPITALISED_KINDS.has(written[of - 1]!) || of === written.length - 1) return false;
  // "Mr College of …", "On Monday the College of …": no body's name opens so.
  if (NOT_IN_A_BODY_NAME.has(written[0]!)) return false;
  for (let i = 0; i < written.length; i++) {
    const w = written[i]!;
    if (i !== of && !JOINERS_IN_A_NAME.has(w) && !isUpperLetter(w[0] ?? "")) return false;
    // "Royal College of Nursing's Pat Cullen said": a person of the body, as before (review of
    // decision 770).
    if (i > of && w.endsWith("s") && POSSESSIVE_END.test(w)) return false;
  }
  return true;
}

/** A possessive's ending: "Nursing's", "Nursing’s". */
const POSSESSIVE_END = /['’]s$/;

/**
 * "Royal College of Nursing General Secretary Pat Cullen", "College of Policing Chief Executive
 * Andy Marsh", "Royal College of Surgeons President Tim Mitchell": a word of the run after "of"
 * that names an office in the body or a trade, which ends no body's name (review of decision 770).
 */
export function officeWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_WORDS.has(w) || OCCUPATIONS.has(w) || COLLEGE_OFFICES.has(w) || TITLE_WORD.test(word);
}

/**
 * Lowercase words a body's name holds after its "of": "the Royal College of Physicians and Surgeons
 * of Glasgow".
 */
const JOINERS_IN_A_NAME = new Set(["and", "the", "for", "in", "of"]);

/** Offices of a college, an academy or a force that are no role elsewhere: "Eton College Principal", "Royal Academy Curator". */
const COLLEGE_OFFICES = new Set(
  "principal provost dean rector master warden headmaster headmistress headteacher bursar chaplain curator librarian constable fellow".split(
    " ",
  ),
);

/** Kinds that, capitalised and alone, name one body and take "the": "the College", "the University". */
const KINDS_ALONE_WITH_THE = new Set([
  "College",
  "Academy",
  "Constabulary",
  "University",
  "Council",
  "School",
  "Hospital",
]);

/**
 * "According to the College", "the University" (decision 725): a body named by its capitalised kind
 * alone is worded with the "the" it was written with, where before it read "According to College".
 */
export function kindAloneTakesThe(name: string): boolean {
  return KINDS_ALONE_WITH_THE.has(name);
}
