import { kindThenOf, kindThenPlace, officeWord } from "./college-and-academy.ts";
import { isListedTeam, writtenAsATeam } from "./bodies-named-like-people.ts";
import { WEEKDAYS } from "./dates.ts";

/** A capitalised word right after the kind, and what stands after it: "Trinity College Dublin has". */
const CITY_AFTER = /^ (\p{Lu}[\p{L}’'-]*)(?![\p{L}’'+&-])(\s+\p{Lu})?/u;
/** "of" and what the body is of, capitalised words and their joiners: "Royal College of Nursing". */
const OF_AFTER = /^ of (\p{Lu}[\p{L}’'-]*(?:(?: (?:and|for|in|the))? \p{Lu}[\p{L}’'-]*){0,3})/u;

/**
 * A college's buildings and bodies of its own, named after it: "Eton College Chapel has closed. The
 * College said …" is Eton College.
 */
const PARTS_OF_A_COLLEGE = new Set(
  "chapel library hall choir museum gallery press union trust foundation school hospital archives boathouse club society students governors trustees".split(
    " ",
  ),
);

/**
 * Not a city either, nor a word of what a body is "of": its teams ("Boston College Football"), its
 * events ("the Royal College of Nursing Congress", "the Royal Academy of Arts Summer Exhibition"),
 * and a capitalised "In" or "On" of a headline (review of decision 770).
 */
const NOT_THE_NAMES_END = new Set(
  "football rugby basketball hockey cricket rowing athletics team congress conference exhibition summer awards festival summit".split(
    " ",
  ),
);
const HEADLINE_PREPOSITIONS = new Set(["In", "On", "At", "By"]);

/** "Eagles lost 40-12", "Tigers beat Leeds 3-1": a plural name, a game's verb and a score. */
const TEAM_RESULT = /^ \p{Lu}\p{Ll}+s (?:lost|won|beat|drew|defeated)(?![\p{L}-])[^.!?]{0,40}?\d{1,3}-\d{1,3}(?!\d)/u;

/**
 * "Boston College Eagles lost 40-12": a plural after the kind that plays, by a game's verb and a
 * score after it, by a name the team list holds, or by how the article writes it elsewhere
 * ("Eagles coach Tom Reid"), is the college's team, no city (decision 820). A city that ends in
 * "s" ("Leeds", "Paris") plays no game in a college's name.
 */
function namesATeam(body: string, after: string, word: string): boolean {
  // Cheap first: a plural's "s".
  if (word.charCodeAt(word.length - 1) !== 115) return false;
  return TEAM_RESULT.test(after) || isListedTeam(word) || writtenAsATeam(body, word);
}

/** A word after the kind that is no city and no part of what a body is "of" (a lowercase "in" may be: "Nursing in Scotland"). */
function endsNoName(word: string): boolean {
  const w = word.toLowerCase();
  return (
    WEEKDAYS.includes(w) || PARTS_OF_A_COLLEGE.has(w) || NOT_THE_NAMES_END.has(w) || HEADLINE_PREPOSITIONS.has(word)
  );
}

/**
 * "Trinity College Dublin has closed its halls. The College said …", "The Royal College of Nursing
 * said …. The College said …" (decision 770): the name of a college, an academy or a force read so
 * far, `name` ("Trinity College"), went only as far as its kind's word, so the later "the College"
 * was worded "Trinity College". The name with what goes on after the kind at `end`: a city, as
 * `kindThenPlace` reads one, with no capitalised word after it ("Trinity College Dublin Students'
 * Union" may be another body), or "of" and what the body is of, as `kindThenOf` reads it; `name`
 * may be the kind alone ("The College of Policing said …"). A day after the kind ("Boston College
 * Monday said", wire style) is no city. Null when nothing goes on.
 */
export function collegeNameGoesOn(body: string, end: number, name: string): string | null {
  // Cheap first: a space after the kind.
  if (body.charCodeAt(end) !== 32) return null;
  const after = body.slice(end, end + 80);
  const written = name.split(" ");
  const of = after.startsWith(" of ") ? OF_AFTER.exec(after) : null;
  if (of !== null) {
    // "of Nursing General Secretary Pat", "of Nursing Monday", "of Arts Summer Exhibition": an
    // office, a day or an event ends no body's name; the name is read as before (review of
    // decision 770).
    if (of[1]!.split(" ").some((w) => endsNoName(w) || officeWord(w))) return null;
    const whole = `${name} of ${of[1]!}`;
    return kindThenOf(whole.split(" ")) ? whole : null;
  }
  const city = CITY_AFTER.exec(after);
  if (city === null || city[2] !== undefined) return null;
  if (endsNoName(city[1]!) || namesATeam(body, after, city[1]!)) return null;
  return kindThenPlace([...written, city[1]!]) ? `${name} ${city[1]!}` : null;
}
