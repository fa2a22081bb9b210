import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import { DAYS_SAID_IN_A_WORD } from "./dates.ts";
import { OCCUPATIONS, ORGANISATION_WORDS } from "./lexicon.ts";

/**
 * Titles written before a name: "Dr. Fischer", "Secretary Noem", "Sen. Elizabeth Warren". A
 * council's titles also in the plural, as a list of members opens ("Councilmembers Linda Habgood
 * and …", and the same word left before one name; decision 540).
 */
export const TITLE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St|Det|Sgt|Lt|Col|Capt|Insp|Supt|Rev|Cllr)\.?|Secretary|President|Minister|Senator|Governor|Professor|Judge|Mayor|General|Ambassador|Chancellor|Speaker|Superintendent|Attorney|Principal|Commissioner|Director|Detective|Sergeant|Inspector|Captain|Lieutenant|Colonel|Admiral|Sheriff|Coach|Councill?ors?|Councilm[ae]n|Councilwom[ae]n|Councilmembers?|Trustee|Reverend|Bishop|Rabbi|Pastor|Justice|Vice)\s+/;
/** A council's title in the plural, as a list of members opens: "Councilmembers", "Councillors", "Councilwomen". */
const COUNCIL_TITLE_IN_PLURAL = /^(Council(?:l?or|member))s$|^(Council(?:m|wom))en$/;

/**
 * "Councilmembers Linda Habgood said": the list's plural title left before one name is hers in
 * the singular ("According to Councilmember Linda Habgood"; decision 580).
 */
function singularCouncilTitle(title: string): string {
  const m = COUNCIL_TITLE_IN_PLURAL.exec(title);
  return m === null ? title : m[1] !== undefined ? m[1] : `${m[2]!}an`;
}

/** One title word on its own ("Secretary", "Dr."). */
export const TITLE_WORD = new RegExp(`^${TITLE.source.slice(1).replace(/\\s\+$/, "")}$`);

/** Capitalised words that are not given names: "The CBO", "When Petro", "Our Kim". */
export const NOT_GIVEN_NAMES = new Set(
  (
    "The A An This That These Those In On At For By With From To Of And But Or So If When While As After " +
    "Before Since Because Although Now Then Here There It He She They We I You Our Their His Her Its My Your " +
    "About Against Under Over Through Without Within During Last Next Every Each All Some Many Most No Not Yes Well Also Only Even Still Both Former Acting Deputy"
  ).split(" "),
);
/**
 * "Contact Breezelite at …": a line's imperative, not a given name for a later "Breezelite said"
 * (decision 525); and before a full name it is no part of it ("Contact Sarah Kim at …").
 */
export const IMPERATIVES_BEFORE_NAMES = new Set(["Contact", "Call", "Email", "Visit"]);
for (const word of IMPERATIVES_BEFORE_NAMES) NOT_GIVEN_NAMES.add(word);
/** "Yesterday Smith said": a day that opens the sentence is no given name of a later "Smith" (decision 820). */
for (const word of DAYS_SAID_IN_A_WORD) NOT_GIVEN_NAMES.add(word[0]!.toUpperCase() + word.slice(1));

export const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
/** A given name written as two initials: "JD Vance", "AJ Brown". */
const INITIALS_NAME = /^\p{Lu}{2}$/u;
/** Two capitals that are no one's initials: "US Ambassador …", "UN envoy". */
const TWO_LETTER_ABBREVIATIONS = new Set("US UK EU UN AP AI TV PM MP NY LA DC UAE GP MD OK ID".split(" "));
const SURNAME = /^\p{Lu}[\p{L}’'-]+$/u;
/** Words that tie a named person to their body: "Mark Haines of Gloucestershire Police". */
export const AFFILIATION = new Set(["of", "at", "from"]);
/** Words before a place that a name can follow: "President of Colombia Gustavo Petro". */
export const PLACE_PREPOSITIONS = new Set(["of", "in", "from", "for", "at", "to", "on", "by", "with", "and"]);

/** A word that can be a given name: capitalised, and no title, body, party or function word. */
export function mayBeGivenName(word: string): boolean {
  return (
    (GIVEN_NAME.test(word) || (INITIALS_NAME.test(word) && !TWO_LETTER_ABBREVIATIONS.has(word))) &&
    !TITLE_WORD.test(word) &&
    !NOT_GIVEN_NAMES.has(word) &&
    // "Criminologist Monica Tran": an occupation is her title.
    !OCCUPATIONS.has(word.toLowerCase()) &&
    !ORGANISATION_WORDS.has(word.toLowerCase()) &&
    !isNationalityOrParty(word)
  );
}

/**
 * A person's name as the article introduced them, split into the title or office written before
 * it and the name itself: "Defense Secretary Pete Hegseth" → "Defense Secretary" and "Pete
 * Hegseth", "Dr. Okoro" → "Dr." and "Okoro", "Governor Maria Ortiz Delgado" → "Governor" and
 * "Maria Ortiz Delgado". The name is who speaks, so "Finance Minister Rachel Reeves" and
 * "Chancellor Rachel Reeves" are one claimant; the title stays for the wording. What follows the
 * name stays with it ("Mark Haines of Gloucestershire Police"). Null when no title stands before
 * a name (a name alone, "a spokesperson for the airline", "the governor").
 */
/** Lowercase words inside a surname: "del Pozo", "van der Berg", "von der Leyen". */
export const NAME_PARTICLES = new Set("de del della da di van von der den dos das du le la al bin ibn".split(" "));

/**
 * The titles a capitalised "First" opens: "First Minister", "First Secretary", "First Lady",
 * "First Deputy Prime Minister", "First Vice President", and the ranks "First Sergeant" and "First
 * Lieutenant". Before any other title it is the adverb of "First, President Trump said" written
 * without its comma (decision 495).
 */
export const FIRST_OPENS = new Set(["Minister", "Secretary", "Lady", "Deputy", "Vice", "Sergeant", "Lieutenant"]);

/** Words that date an office before its title: "Former President Trump", "Acting Director Smith". */
const WHEN_IN_OFFICE = new Set(["Former", "Acting", "Interim"]);

/**
 * "Former President Trump", "then-President Trump", "ex-Governor Cuomo": when the surname held the
 * title is part of the title, as "Former Prime Minister Boris Johnson" is with a given name.
 */
function timeOfOffice(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (WHEN_IN_OFFICE.has(w)) return TITLE_WORD.test(words[i + 1] ?? "");
  return (w.startsWith("then-") || w.startsWith("ex-")) && TITLE_WORD.test(w.slice(w.indexOf("-") + 1));
}

export function splitTitle(written: string): { title: string; name: string } | null {
  // "First Secretary Lee", "First Secretary of State Oliver Dowden": "First" opens the title that
  // follows it (the speaker keeps it since decision 470); "First Secretary of" is no given name
  // and surname before an affiliation. ("First Lady Jill Biden" is read below, as it was; "First
  // Mayor" is no title, and is not read here.)
  const afterFirst = written.startsWith("First ") ? written.split(" ", 2)[1]! : "";
  if (FIRST_OPENS.has(afterFirst) && TITLE_WORD.test(afterFirst)) {
    const rest = splitTitle(written.slice("First ".length));
    return rest && { title: `First ${rest.title}`, name: rest.name };
  }
  const all = written.split(" ");
  // "Robert F. Kennedy Jr.": a suffix after the surname and initials before it belong to the name.
  const suffixed = all.length > 2 && NAME_SUFFIX.test(all[all.length - 1]!);
  const words = suffixed ? all.slice(0, -1) : all;
  if (words.length < 2) return null;
  // "Det Insp Mark Haines of Gloucestershire Police": the name ends before its affiliation.
  let end = words.length;
  for (let i = 2; i < words.length - 1; i++) {
    if (AFFILIATION.has(words[i]!) && SURNAME.test(words[i - 1]!) && mayBeGivenName(words[i - 2]!)) {
      end = i;
      break;
    }
  }
  if (!SURNAME.test(words[end - 1]!) || TITLE_WORD.test(words[end - 1]!)) return null;
  // "Dr Borja del Pozo Cruz": a surname of several words joined by a particle is one surname.
  const particle = words.findIndex((w, k) => k > 0 && k < end - 1 && NAME_PARTICLES.has(w));
  const withParticle = particle > 0 && mayBeGivenName(words[particle - 1]!);
  let start = end - 1;
  // Middle initials between the given name and the surname: "Robert F. Kennedy".
  let given = end - 2;
  while (given > 0 && INITIAL.test(words[given]!)) given--;
  // A surname with a particle takes its given name before it; the title's checks below still
  // apply ("A spokesperson for Ursula von der Leyen" has no title).
  if (withParticle) {
    start = particle - 1;
    // "Juan José de la Fuente": two given names before the particle, read as a third name is.
    if (secondGivenNameBefore(words, start)) start--;
  } else if (given >= 0 && given < end - 2 && mayBeGivenName(words[given]!)) {
    start = given;
  } else if (end >= 2 && mayBeGivenName(words[end - 2]!)) {
    start = end - 2;
    if (secondGivenNameBefore(words, start)) start--;
  } else {
    // A surname alone takes only titles before it: "Dr. Okoro", "Mr. Kim", not "Castleford Holt".
    for (let i = 0; i < start; i++)
      if (!TITLE_WORD.test(words[i]!) && !judgesCourtesy(words, i) && !timeOfOffice(words, i)) return null;
  }
  if (start === 0) return null;
  const title = words.slice(0, start).join(" ");
  // A title ends with a word of its own, not "for", "the" or "By" ("a spokesperson for Jane Doe",
  // "By Jane Doe" are no titles), nor a possessive ("Petro’s").
  const last = words[start - 1]!;
  if (PLACE_PREPOSITIONS.has(last) || NOT_GIVEN_NAMES.has(last) || /^(?:the|a|an)$/i.test(last) || /['’]s$/.test(last))
    return null;
  return { title: singularCouncilTitle(title), name: all.slice(start).join(" ") };
}

/** Capitalised words that open a sentence before a name without a comma: "Meanwhile Frenkie de Jong said". */
const SENTENCE_ADVERBS = new Set(
  "Meanwhile However Separately Elsewhere Instead Earlier Later Finally Similarly Likewise Additionally Moreover Furthermore Nevertheless Nonetheless Today Yesterday Tonight Afterwards Previously Recently Subsequently Overall Indeed Ultimately Currently Initially".split(
    " ",
  ),
);

/**
 * Is the word before the given name at `given` a name too ("Maria Ortiz Delgado", "Juan José de
 * la Fuente")? Only after a title, a lowercase word or nothing: "Secretary of State Marco Rubio"
 * is not "State Marco Rubio".
 */
function secondGivenNameBefore(words: readonly string[], given: number): boolean {
  const second = words[given - 1];
  const before = words[given - 2];
  return (
    second !== undefined &&
    mayBeGivenName(second) &&
    // "Meanwhile Frenkie de Jong said …": a sentence adverb that opens the sentence is no name.
    !(before === undefined && SENTENCE_ADVERBS.has(second)) &&
    (before === undefined ||
      TITLE_WORD.test(before) ||
      (!/^\p{Lu}/u.test(before) && !PLACE_PREPOSITIONS.has(before) && !/[.,;:]$/.test(before)))
  );
}

/**
 * "Lord Justice Singh", "Lady Justice Simler": a UK appeal judge's courtesy word is part of the
 * title before "Justice" only ("Lord Ashcroft", "Lady Gaga" have no title).
 */
function judgesCourtesy(words: readonly string[], i: number): boolean {
  return (words[i] === "Lord" || words[i] === "Lady") && words[i + 1] === "Justice";
}

const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const INITIAL = /^\p{Lu}\.$/u;

/** The capitalised words that name an office with a title word after them, but are no given name. */
const OFFICE_QUALIFIERS_NOT_NAMES = new Set(["Deputy", "Acting"]);

/**
 * "Deputy Mayor Hollis", "Prime Minister Starmer", "Home Secretary Mahmood": one or two capitalised
 * words, a title word, then a surname alone, split into the office and the surname. splitTitle
 * reads none of them (a surname alone takes only title words before it there, so "Castleford Holt"
 * is no titled name); this is read only where a caller holds a full name the article wrote with
 * that office beside it (decision 985). Null for any other shape.
 */
export function officeOfWordsAndSurname(written: string): { title: string; name: string } | null {
  const words = written.split(" ");
  if (words.length < 3 || words.length > 4) return null;
  const surname = words[words.length - 1]!;
  if (!SURNAME.test(surname) || TITLE_WORD.test(surname) || !TITLE_WORD.test(words[words.length - 2]!)) return null;
  for (let i = 0; i < words.length - 2; i++) {
    const word = words[i]!;
    if (!GIVEN_NAME.test(word) || (NOT_GIVEN_NAMES.has(word) && !OFFICE_QUALIFIERS_NOT_NAMES.has(word))) return null;
  }
  return { title: words.slice(0, -1).join(" "), name: surname };
}
