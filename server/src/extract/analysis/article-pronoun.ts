import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { KIN_NOUNS, OCCUPATIONS, ROLE_WORDS } from "./lexicon.ts";
import { showsOtherGender } from "./pronoun-genders.ts";
import { isDayOrMonthAt } from "./day-or-month-at.ts";
import { writtenAsAPlace } from "./name-written-as-a-place.ts";
import { isPlaceWhereThePersonWas, whereThePersonOpens } from "./place-where-the-person-was.ts";

/**
 * A sentence of the article's own that opens with "He" or "She" ("She has cut the city budget by
 * 4%.") does not say whom it is about. The wording names the person when the sentence before
 * leaves no doubt (see ClaimantMemory.personJustNamed and namesNoOneElse). Not "It": an "it" after
 * a body's sentence is as often the thing the body acted on ("The WHO declared the outbreak an
 * emergency. It has killed 600 people.").
 */
const OPENING_PRONOUN = /^(He|She) (?=\p{Ll})/u;

/** The pronoun that opens body[start, …) and its length with the space after it, or null. */
export function openingPronoun(body: string, start: number): { pronoun: "he" | "she"; length: number } | null {
  // Cheap first: "H" or "S".
  const first = body.charCodeAt(start);
  if (first !== 72 && first !== 83) return null;
  const m = OPENING_PRONOUN.exec(body.slice(start, start + 5));
  return m === null ? null : { pronoun: m[1] === "He" ? "he" : "she", length: m[0].length };
}

/** Quotations, whose names are the speaker's, not people the article has just named. */
const QUOTED = /[“"][^”"]*[”"]?/g;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
/** Up to three capitalised words right before a name: its title. */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/**
 * Lowercase words for a person ("the woman", "a 23-year-old man", "her mother", "the striker"):
 * someone else the pronoun may stand for ("Judge Ann Moss sentenced the woman. She had stolen
 * £40,000."). Roles and occupations count too; a regular plural is read without its "s".
 */
const PERSON_NOUNS = new Set([
  ...KIN_NOUNS,
  ...(
    "man men woman women boy girl child children baby person people victim suspect " +
    "defendant client patient witness witnesses passenger driver pilot gunman attacker " +
    "friend neighbour neighbor colleague " +
    "teenager student pupil teacher nurse doctor officer worker employee customer resident tenant owner " +
    "prisoner inmate candidate rival opponent cyclist pedestrian motorist rider"
  ).split(" "),
]);
const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?:-year-old)?/gu;
const AGE_WORD = /^\d{1,3}-year-old$/;

/**
 * Is the lowercase word one of the plain words for a person ("man", "gunman", "suspect"), without
 * the roles and occupations, some of which also name a device or a title ("speaker", "player",
 * "host")?
 */
export function isPlainPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}

/** Is the lowercase word one for a person ("woman", "nurse", "spokesman", "economist")? */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || ROLE_WORDS.has(word) || OCCUPATIONS.has(word);
}

/** Does the text name a person by a lowercase word or an age ("a 34-year-old")? */
function namesSomeoneUnnamed(text: string): boolean {
  if (text.includes("-year-old")) return true;
  for (const m of text.matchAll(LOWERCASE_WORD)) {
    const word = m[0].endsWith("s") && PERSON_NOUNS.has(m[0].slice(0, -1)) ? m[0].slice(0, -1) : m[0];
    if (isPersonNoun(word) || AGE_WORD.test(word)) return true;
  }
  return false;
}

/** Words capitalised only because they open a sentence ("The", "After"), which name no one. */
const OPENING_WORDS = new Set(
  "The A An In On At By For After Before During Since But And Yet So Last This That Earlier Later Then When While As It He She They We His Her Its Their Our I".split(
    " ",
  ),
);

/**
 * Does the sentence body[start, end) name no one but `person` ("Mayor Dana Kim took office in
 * 2021.")? Any other capitalised word outside quotation marks, other than a day, a month or a
 * word that only opens a sentence, may be someone else the pronoun stands for ("Petro met Noem in
 * Bogotá. She …"), and so may a lowercase word for a person ("sentenced the woman", "treated the
 * patient", "dropped the striker"): the answer is then no, since a name restored wrongly would
 * change what the claim says. Where the sentence opens with the person's name, a place they were
 * in ("Farage spoke at a rally in Clacton") is no one else (decision 855), nor is the title that
 * opens it ("Labour leader Jane Hollis", "Ms Hollis" after "Jane Hollis"; decision 945). `place`,
 * the name of a place the next sentence opens with, is no one else either (decision 945).
 */
export function namesNoOneElse(
  body: string,
  start: number,
  end: number,
  person: Claimant,
  pronoun: "he" | "she",
  memory: ClaimantMemory,
  place = "",
): boolean {
  // Words as CAPITALISED_WORD reads them: "Mr." is "Mr".
  const own = new Set(`${person.title ?? ""} ${person.name} ${place}`.replace(/\./g, "").split(/\s+/));
  // "Farage spoke …", "Jane Hollis opened …": the person is the one acting, where they were. The
  // title before their name ("Labour leader", "Ms") is theirs, and is read apart.
  const opens = whereThePersonOpens(body, start, person);
  const from = Math.max(start, opens);
  const opening = body.slice(start, from);
  const text = body.slice(from, end).replace(QUOTED, " ");
  // "Mayor Dana Kim", "Chancellor Rachel Reeves": the title written before the name is theirs.
  const at = text.indexOf(person.name);
  const title = at > 0 ? TITLE_BEFORE.exec(text.slice(Math.max(0, at - 60), at)) : null;
  if (title) for (const word of title[0].replace(/\./g, "").split(/\s+/)) own.add(word);
  // "Dame Sarah Jones resigned. … he", "Sarah Jones blamed herself. … he": the text shows the other sex.
  // A title may be written into the name itself ("Dame Sarah Jones"): the words before its last two.
  const inName = person.name.split(" ").slice(0, -2).join(" ");
  const titles = `${person.title ?? ""} ${inName} ${title?.[0] ?? ""} ${opening}`;
  if (showsOtherGender(titles, text, pronoun === "he" ? "m" : "f")) return false;
  if (namesSomeoneUnnamed(text)) return false;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[0].replace(/['’]s$/, "");
    if (own.has(word) || isDayOrMonthAt(text, m.index, word) || OPENING_WORDS.has(word)) continue;
    if (opens < 0 || !isPlaceWhereThePersonWas(text, m.index, word, body, end, memory)) return false;
  }
  return true;
}

/** A body's report on one person: "The Nuggets said he", "Arsenal confirmed that she". */
const BODY_REPORTS_ON = /^(?:said|says|confirmed|announced|added)(?: on \p{Ll}+day)?(?: that)? $/u;
/** The reported clause's "he " or "she ". */
const REPORTED_PRONOUN = /^(he|she) (?=\p{Ll})/u;

/**
 * "Jamal Murray left in the second quarter with a hamstring strain. The Nuggets said he is
 * day-to-day.": the person a "he" or "she" that opens a body's reported clause at `start` stands
 * for, and the pronoun's length with its space. A body is no "he", so the pronoun is someone the
 * article named; it is read only as the sentence that opens with "He" is (the sentence before
 * named that person and no one else), and only when the body's name and one reporting verb are
 * all that stand before it in its sentence from `sentenceStart` ("The Nuggets said he", not "The
 * Nuggets told Braun he"). Null otherwise: the wording keeps the pronoun.
 */
export function personForReportedPronoun(
  body: string,
  sentenceStart: number,
  start: number,
  speaker: Claimant,
  previous: { start: number; end: number },
  memory: ClaimantMemory,
): { person: Claimant; length: number } | null {
  // Cheap first: "h" or "s", and a body's name short enough to be one.
  const first = body.charCodeAt(start);
  if ((first !== 104 && first !== 115) || start - sentenceStart > 80) return null;
  const m = REPORTED_PRONOUN.exec(body.slice(start, start + 5));
  if (m === null) return null;
  // "Police said he", "The team said he": the name as written, whatever its first letter's case.
  const lead = body.slice(sentenceStart, start).toLowerCase();
  const name = speaker.name.replace(/^the /i, "").toLowerCase();
  const at = lead.indexOf(name);
  if (at < 0 || !/^(?:the )?$/.test(lead.slice(0, at))) return null;
  if (!BODY_REPORTS_ON.test(lead.slice(at + name.length).replace(/^ /, ""))) return null;
  const person = memory.personJustNamed(m[1] as "he" | "she");
  if (person === null || !namesNoOneElse(body, previous.start, previous.end, person, m[1] as "he" | "she", memory))
    return null;
  return { person, length: m[0].length };
}

/**
 * The person a "He" or "She" at `start` stands for, and the pronoun's length with its space, when
 * the sentence before (`previous`) named that person and no one else; null otherwise.
 */
export function personForOpeningPronoun(
  body: string,
  start: number,
  previous: { start: number; end: number },
  memory: ClaimantMemory,
): { person: Claimant; length: number } | null {
  const opening = openingPronoun(body, start);
  if (opening === null) return null;
  const person = memory.personJustNamed(opening.pronoun);
  if (person === null || !namesNoOneElse(body, previous.start, previous.end, person, opening.pronoun, memory))
    return null;
  // "Homes flooded in Hebden Bridge. Hebden Bridge flooded again. He …": a place the article writes
  // as one is no "He" (decision 855).
  if (writtenAsAPlace(body, person.name)) return null;
  return { person, length: opening.length };
}
