import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import { CapitalisedWordIndex, leadingLetters } from "./capitalised-words.ts";
import { isNationalityOrParty } from "./nationalities-and-parties.ts";
import {
  AFFILIATION,
  GIVEN_NAME,
  NAME_PARTICLES,
  IMPERATIVES_BEFORE_NAMES,
  NOT_GIVEN_NAMES,
  officeOfWordsAndSurname,
  PLACE_PREPOSITIONS,
  splitTitle,
  TITLE,
  TITLE_WORD,
} from "./person-titles.ts";
import { RoleHolders } from "./role-holders.ts";
import { BodiesNamedSoFar, bodyReferenceKind } from "./bodies-named-so-far.ts";
import { bodyNamedJustBefore, isKindNamedJustBefore } from "./kind-named-just-before.ts";
import {
  nameWrittenWithKind,
  kindOfReference,
  namedForARegion,
  namedForARegionOrService,
  shapedLikeAPerson,
} from "./kind-written-with-name.ts";
import { listHoldsABody } from "./list-of-bodies.ts";
import { tradeBeforeName } from "./trade-before-name.ts";
import { isOwnedDocument } from "./owned-document.ts";
import { personAndBody } from "./joint-sources.ts";
import { type Gender, genderOfTitle, PersonGenders } from "./pronoun-genders.ts";
import { surnameStandsFor } from "./surname-for-a-full-name.ts";
import { writtenAsAPlace } from "./name-written-as-a-place.ts";
import { describedGroup } from "./unnamed-groups.ts";
import { capitalisedBodyPlural, isBodyByShape } from "./bodies-by-shape.ts";
import {
  endsInCapitalisedKind,
  isCapitalisedKind,
  kindAloneAfterThe,
  kindThenOf,
  kindThenPlace,
  officeWord,
} from "./college-and-academy.ts";
import {
  isListedTeam,
  namedLikeABody,
  namedLikeANewspaper,
  pluralNameAfterThe,
  writtenAsATeam,
} from "./bodies-named-like-people.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { courtesyTitleOf, opensAsAPersonInThePost } from "./courtesy-title-elsewhere.ts";
import { writtenWithTitleOfOtherSex } from "./title-of-the-other-sex.ts";
import { type RelationAside, writtenWithRelationAside } from "./relation-aside.ts";
import { TIME_EDGES } from "./time-before-speaker.ts";
import { WEEKDAY_SET } from "./dates.ts";
import {
  COUNTRIES_AND_GROUPS,
  COMPANY_NAME_ENDINGS,
  isOrganisationPlural,
  OCCUPATIONS,
  BODIES_WITH_PERSON_LIKE_NAMES,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  ROLE_WORDS,
  SUBJECT_PRONOUNS,
  describesUnnamedPerson,
  namesUnnamedSource,
  UNNAMED_SOURCE_PATTERN,
} from "./lexicon.ts";

export const ARTICLE_CLAIMANT: Claimant = { name: "the article", type: "article", via: null };

// The same few speakers are named again and again in an article: their cleaned names are kept
// (emptied when large, so memory stays bounded on any input).
const cleanedNames = new Map<string, string>();

/**
 * Drops leading determiners and trailing punctuation so "The Colombian presidency," reads as a
 * name, and the short form in brackets after it ("the Federal Aviation Administration (FAA)").
 */
export function cleanName(raw: string): string {
  let name = cleanedNames.get(raw);
  if (name === undefined) {
    name = raw
      .replace(BRACKETED_SHORT_FORM, "")
      .replace(BRACKETED_SEAT_AND_PARTY, "")
      .replace(/^[\s“”"'‘’(,]+|[\s“”"'‘’),:;.]+$/g, "")
      .replace(/^(the|a|an)\s+/i, "")
      .replace(/\s+/g, " ");
    if (cleanedNames.size >= 1024) cleanedNames.clear();
    cleanedNames.set(raw, name);
  }
  return name;
}

/** "(FAA)", "(Cal Fire)" after a name, closed or cut off by the end of the phrase. */
/** A member's seat and party in brackets after their name: "Sarah Owen (Milton Keynes, Labour)". */
const BRACKETED_SEAT_AND_PARTY =
  /\s+\(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3},\s\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?\)?[\s,.]*$/u;
const BRACKETED_SHORT_FORM = /\s+\((?:\p{Lu}[\p{L}.&-]*)(?:\s\p{Lu}[\p{L}.&-]*){0,2}\)?[\s,.]*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * People news copy names by their initials, as bodies are named by theirs: "AOC and Sanders
 * said …", "MBS told …" (decision 540). Not "JD" or "AJ", which come before a surname.
 */
const PEOPLE_BY_INITIALS = new Set(["AOC", "MBS", "MBZ", "AMLO", "RFK", "JFK", "FDR", "LBJ", "MLK"]);
const SIZED_BY_MEMBERS = /\b[\p{L}\d]+-(?:member|judge|person|strong)\b/iu;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const ENDS_IN_NUMBER = / \d{1,4}$/;
const POSSESSIVE_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}-]*['’]s$/u;
/**
 * The service as a whole: the name ends in it ("a National Guard soldier", "a border guard" are
 * persons; "Ukraine's air force", not "Air Force Capt. Jane Doe").
 */
const SERVICE_GUARD = /\b(?:(?:coast|national|border)[ -]?guard|air[ -]force|armed forces)$/i;

/**
 * Unnamed sources who are one person ("One engineer, who spoke on condition of anonymity", "a
 * person familiar with the plans"): a later "he said" or "she said" is theirs.
 */
const singleUnnamed = new WeakSet<Claimant>();
const ONE_PERSON = /^\s*(?:a|an|one)\s/i;

const SPORT =
  "(?:Athletics|Cricket|Rugby|Cycling|Swimming|Rowing|Netball|Gymnastics|Football|Tennis|Hockey|Basketball)";
/** "Athletics Kenya", "Cricket Australia"; "British Cycling", "USA Gymnastics", "World Athletics". */
const SPORTS_BODY = new RegExp(`^(?:${SPORT} \\p{Lu}\\p{Ll}+|(?:\\p{Lu}\\p{Ll}+|USA|UK|US) ${SPORT})$`, "u");

/** Unnamed people with their description as the name ("senior official at Universities UK"). */
function describedUnnamed(phrase: string, via: string | null): Claimant {
  // "a US official": one person keeps the article that says they are one of many.
  const one = /^(?:an?|one)\s/i.exec(phrase.trim());
  const name = one ? `${one[0].toLowerCase()}${cleanName(phrase.trim().slice(one[0].length))}` : cleanName(phrase);
  const described: Claimant = { name, type: "unnamed_sources", via };
  if (ONE_PERSON.test(phrase)) singleUnnamed.add(described);
  return described;
}

/** "a source at Benfica", "one insider close to the board": one unnamed source, placed. */
const SOURCE_AT = /^(?:a|one)\s+(?:source|insider)\s+(?:at|in|within|inside|from|with|close to|familiar with)\s+\S/i;
/** "the source said": the unnamed source the article has just cited, not a person named Source. */
const THE_SOURCE = /^the\s+(?:source|insider)$/i;

/** Unnamed sources for a speaker `phrase` ("One engineer", "two officials"), noting when it is one person. */
export function unnamedSources(phrase: string, via: string | null): Claimant {
  const unnamed: Claimant = { name: "unnamed sources", type: "unnamed_sources", via };
  if (ONE_PERSON.test(phrase)) singleUnnamed.add(unnamed);
  return unnamed;
}

// Person names recur through an article: how each splits into title and name is kept (bounded).
const titledNames = new Map<string, { title: string; name: string } | null>();

function titledName(written: string): { title: string; name: string } | null {
  let titled = titledNames.get(written);
  if (titled === undefined) {
    titled = splitTitle(written);
    if (titledNames.size >= 1024) titledNames.clear();
    titledNames.set(written, titled);
  }
  return titled;
}

// Sentences open with the same few bodies again and again (bounded like a cache).
const openingBodies = new Map<string, Claimant>();

/** How far either side of a full name an office given to them is looked for: "Mayor Jane Hollis", "Jane Hollis was elected mayor". */
const OFFICE_REACH = 40;

/**
 * Does body[0, position) write `office` ("Mayor", "Prime Minister") beside `name`: in the 40 chars
 * before it, or after it in its sentence and the 40 chars after it? "Hunter Biden was pardoned" gives
 * "President Biden" no full name (decision 945's review).
 */
function officeWrittenBeside(body: string, position: number, name: string, office: string): boolean {
  const word = office.toLowerCase();
  for (let i = body.indexOf(name); i >= 0 && i < position; i = body.indexOf(name, i + 1)) {
    const end = i + name.length;
    const stop = body.indexOf(". ", end);
    const after = Math.min(position, end + OFFICE_REACH, stop < 0 ? Infinity : stop);
    if (
      body
        .slice(Math.max(0, i - OFFICE_REACH), i)
        .toLowerCase()
        .includes(word)
    )
      return true;
    if (body.slice(end, after).toLowerCase().includes(word)) return true;
  }
  return false;
}

/** claimantFromPhrase for a name that opens an article's sentence, remembered. */
function bodyClaimant(name: string): Claimant {
  let c = openingBodies.get(name);
  if (c === undefined) {
    c = claimantFromPhrase(name);
    if (openingBodies.size >= 1024) openingBodies.clear();
    openingBodies.set(name, c);
  }
  return c;
}

const ITS_NOUN = /^its\s+\p{Ll}+$/iu;
/** A count before a plural ("two gardaí", "several gardaí", "12 gardaí"). */
const COUNT_WORD =
  /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|some|several|many|few|both|other|more)$/;

/** Does a name hold a role or an occupation ("MP for Cardiff North", "Former model Kathy Ireland")? */
function hasRoleWord(name: string): boolean {
  return name.split(/[\s-]+/).some((w) => {
    const l = w.toLowerCase();
    return ROLE_WORDS.has(l) || OCCUPATIONS.has(l);
  });
}

/** Classifies a subject phrase as a claimant: unnamed sources, an organisation or a person. */
export function claimantFromPhrase(phrase: string, via: string | null = null): Claimant {
  // "A source at Benfica said": unnamed, but where the source sits is part of who speaks.
  if (SOURCE_AT.test(phrase)) return describedUnnamed(phrase, via);
  if (UNNAMED_SOURCE_PATTERN.test(phrase)) return unnamedSources(phrase, via);
  // "Athletics Kenya", "Cricket Australia": a national sports body, named by its sport and country.
  if (SPORTS_BODY.test(phrase.trim())) return { name: cleanName(phrase), type: "organization", via };
  // "A senator from Ohio said", "Sources close to the club said": unnamed, described as written.
  if (describesUnnamedPerson(phrase)) return describedUnnamed(phrase, via);
  const name = cleanName(phrase);
  // "Rail operator Northern", "Crane operator Mick News": the word before the kind tells a firm
  // from a person's trade (decision 620).
  const trade = tradeBeforeName(name);
  if (trade !== null) return { ...trade, via };
  // "The Guardian's analysis found": a document speaks for its owner, as a body (decision 660).
  if (isOwnedDocument(name)) return { name, type: "organization", via };
  // "Smith and the ministry said": a person and a body, who speak together as no one person does.
  const joint = personAndBody(name);
  if (
    joint !== null &&
    claimantFromPhrase(joint.person).type === "person" &&
    claimantFromPhrase(joint.body).type === "organization"
  )
    return { name, type: "organization", via };
  const words = name.toLowerCase().split(/[\s-]+/);
  const group = describedGroup(name, words, phrase);
  if (group) return via ? { ...group, via } : group;
  // "its developer", "its maker": the one behind a thing is a body unless a role says a person.
  if (ITS_NOUN.test(phrase.trim()) && !ROLE_WORDS.has(words[words.length - 1]!))
    return { name, type: "organization", via };
  let lastOrg = -1;
  const written = name.split(/[\s-]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[’']s$/, "");
    // "the clubs said", "the unions": a plural of a body's word, written in lowercase ("Jim Banks" is a person).
    const plural = w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && STARTS_LOWERCASE.test(written[i] ?? "");
    // "Two gardaí said", "several gardaí": officers counted are people, as before decision 355.
    if ((w === "gardaí" || w === "gardai") && words.slice(0, i).some((v) => COUNT_WORD.test(v))) continue;
    if (ORGANISATION_WORDS.has(w) || OUTLET_WORDS.has(w) || (plural && isOrganisationPlural(w))) lastOrg = i;
  }
  // "Duke Energy", "Crestline Partners": a capitalised name that ends in a company's word.
  if (
    lastOrg < 0 &&
    words.length > 1 &&
    COMPANY_NAME_ENDINGS.has(words[words.length - 1]!) &&
    !STARTS_LOWERCASE.test(written[written.length - 1] ?? "")
  )
    lastOrg = words.length - 1;
  // "Council member Robert Hayes" is a person: a role after the organisation word names someone in it.
  // A role anywhere names someone in the body: "Council member Robert Hayes", "a spokesperson for the airline".
  // …but not one the body is "of": "the National Union of Journalists" is a body.
  const roleWords = lastOrg >= 0 && words[lastOrg + 1] === "of" ? words.slice(0, lastOrg) : words;
  // "the three-member panel": a size, not a member who speaks.
  const hasRole =
    roleWords.some((w) => ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, ""))) && !SIZED_BY_MEMBERS.test(name);
  // "the secretary of state's office": an organisation word after a possessive is what speaks.
  // "Senator McCain's own campaign": "own" between them changes nothing.
  const owner = lastOrg > 1 && words[lastOrg - 1] === "own" ? lastOrg - 2 : lastOrg - 1;
  const ownedBody = lastOrg === words.length - 1 && owner >= 0 && /[’']s$/.test(words[owner]!);
  // "The coast guard", "the National Guard": a service, where "a security guard" is a person.
  if (SERVICE_GUARD.test(name) && !ONE_PERSON.test(phrase)) lastOrg = words.length - 1;
  // With no body's word, a person unless the name is an acronym ("AFAD", "NASA", "FBI": a
  // transcript's capital labels reach here title-cased, as names), a country or armed group, a
  // known body ("Reuters", "Goldman Sachs") or ends in a number ("Channel 4": no person's does).
  // …or one no person bears by its shape ("Transport for Wales", "the Nuggets"), unless a role
  // names someone ("Minister for Europe Stephen Doughty").
  const person =
    lastOrg < 0
      ? !(ACRONYM.test(name) && !PEOPLE_BY_INITIALS.has(name)) &&
        !(!hasRole && newspaperAfterThe(phrase, name, written)) &&
        !COUNTRIES_AND_GROUPS.has(name) &&
        !BODIES_WITH_PERSON_LIKE_NAMES.has(name) &&
        !ENDS_IN_NUMBER.test(name) &&
        // "Canal+", "Disney+": no person's name ends in "+" either (decision 770).
        !name.endsWith("+") &&
        !(namedLikeABody(written) && !hasRole) &&
        !(endsInCapitalisedKind(written) && !hasRole) &&
        // "The College said", "Trinity College Dublin said": the kind alone after "the", or a
        // city after it (decision 725).
        !kindAloneAfterThe(phrase, written) &&
        !(kindThenPlace(written) && !hasRole) &&
        // "The College of Policing said", "the Royal College of Nursing" (decision 770).
        !(kindThenOf(written) && !hasRole) &&
        !isBodyByShape(name)
      : (hasRole && !ownedBody) || namedMemberOf(name, words);
  // "the Nuggets", "the Smiths": a team or a family keeps its "the", which the wording needs
  // ("According to the Nuggets"). A body when listed ("the Lakers", "the Tories"); else people,
  // as a plural name was before ("The Smiths said", "The Kardashians said"): a team the article
  // names in full ("Denver Nuggets") is told apart in `ClaimantMemory.speaker`.
  if (lastOrg < 0 && words.length === 1 && pluralNameAfterThe(phrase.trim()) !== null)
    return { name: `the ${name}`, type: !person || isListedTeam(name) ? "organization" : "person", via };
  // "McDonald's said", "St. Brendan's said": a name in the possessive, with no role, is a business.
  // "Barclays, HSBC and NatWest said": a list of names with a body among them.
  if (lastOrg < 0 && !person && capitalisedBodyPlural(name))
    return { name: name.toLowerCase(), type: "organization", via };
  if (
    !person ||
    (!hasRole && listHoldsABody(name, (m) => claimantFromPhrase(m).type)) ||
    (!hasRole && POSSESSIVE_NAME.test(name))
  )
    return { name, type: "organization", via };
  const titled = name.includes(" ") ? titledName(name) : null;
  return titled ? { name: titled.name, type: "person", via, title: titled.title } : { name, type: "person", via };
}

/**
 * A newspaper that only its "the" made a body ("The Wall Street Journal said", "The Sun said"): not
 * the body a later "it" or "they" reaches, as it was not while it was typed a person (decision 365:
 * a debate's "they told me", about FBI agents, went to the Journal).
 */
function typedByItsThe(c: Claimant): boolean {
  const written = c.name.split(/[\s-]+/);
  return (
    c.type === "organization" && namedLikeANewspaper(c.name, written) && claimantFromPhrase(c.name).type === "person"
  );
}

/**
 * "The Sun said", "The Guardian said", "the New York Times": a newspaper's name after "the" is the
 * outlet, as "the Washington Post" is, not a person named Sun. Without "the" ("Sun Li said", "Herald
 * Smith") the name is read as before.
 */
function newspaperAfterThe(phrase: string, name: string, written: readonly string[]): boolean {
  return /^the\s/i.test(phrase.trimStart()) && namedLikeANewspaper(name, written);
}

/**
 * "Det Insp Mark Haines of Gloucestershire Police", "Dr. Melody Ding of the University of
 * Sydney": two or more capitalised words with no body's word among them, then the body they
 * belong to. `words` are the name's words, lowercased.
 */
function namedMemberOf(name: string, words: readonly string[]): boolean {
  const at = words.findIndex((w) => AFFILIATION.has(w));
  if (at < 2) return false;
  const written = name.split(/[\s-]+/);
  for (let i = 0; i < at; i++) if (ORGANISATION_WORDS.has(words[i]!)) return false;
  // The capitalised name right before "of", two words or more; a title in lowercase may come
  // before it ("Planetary geologist Dr. Samuel Okoye of the University of Arizona").
  let k = at - 1;
  while (k >= 0 && /^\p{Lu}/u.test(written[k]!)) k--;
  if (at - 1 - k < 2) return false;
  // "Royal College of Nursing's survey": a body's kind before "of" ends no person's name, so
  // "Royal College" is no member of a body named "Nursing's survey"; an office after the "of"
  // ("… of Nursing General Secretary Pat Renwick's report") still names one (decision 820).
  if (isCapitalisedKind(written[at - 1]!) && !written.slice(at + 1).some(officeWord)) return false;
  // With words before the name, they must say it is a person: an honorific in it ("Dr.") or an
  // occupation or role before it ("Software maker Blue Yonder of the Panasonic Group" is a company).
  if (k < 0) return true;
  const honorific = written.slice(k + 1, at).some((w) => /^(?:Dr|Prof|Mr|Mrs|Ms)\.?$/.test(w));
  return honorific || words.slice(0, k + 1).some((w) => OCCUPATIONS.has(w) || ROLE_WORDS.has(w));
}

// Person names recur through an article: whether each is a surname alone is kept (bounded).
const surnames = new Map<string, string | null>();

/** The surname when a name is only a surname, with or without titles ("Kim", "Mr. Kim"), else null. */
function surnameOnly(name: string): string | null {
  let surname = surnames.get(name);
  if (surname === undefined) {
    const last = surnameOf(name);
    surname = last && withoutTitles(name) === last ? last : null;
    if (surnames.size >= 1024) surnames.clear();
    surnames.set(name, surname);
  }
  return surname;
}

function withoutTitles(name: string): string {
  let n = name;
  for (let m = TITLE.exec(n); m; m = TITLE.exec(n)) n = n.slice(m[0].length);
  return n;
}

/** "Karen Bass of Los Angeles" → "Karen Bass": a later "Bass" is the same person. */
function beforeAffiliation(name: string): string {
  const words = name.split(" ");
  for (let i = 2; i < words.length - 1; i++) if (AFFILIATION.has(words[i]!)) return words.slice(0, i).join(" ");
  return name;
}

/** The last word of a person's name, when it is capitalised ("Peter Kim" → "Kim"), else null. */
function surnameOf(name: string): string | null {
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return /^\p{Lu}[\p{L}’'-]+$/u.test(last) ? last : null;
}

const STARTS_UPPERCASE = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

function isSpaceAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return c === 32 || c === 0xa0;
}

/** Start of the run of non-space chars that ends at `end`. */
function wordStartBefore(body: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpaceAt(body, i - 1) && body.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/**
 * The first place the article writes a surname with a given name before it ("President Gustavo
 * Petro", "Foreign Minister Laura Sarabia"), as "Gustavo Petro"; null when it never does. The word
 * before the given name may be a title, a lowercase word or end a clause, or be the first of a
 * three-part name ("Governor Maria Ortiz Delgado", "minister Murad Ali Shah"), but not another
 * capitalised word ("of Colombia Gustavo Petro" could be a name "Colombia Gustavo"; "Murad Ali
 * Shah" is not cut to "Ali Shah"). Read by char codes around each occurrence: regexes run only on
 * the two words found.
 */
export function fullNameInText(body: string, surname: string, index?: CapitalisedWordIndex): string | null {
  // The index holds words that start with a letter of the Basic Multilingual Plane; any other
  // surname is searched for directly.
  const letters = index ? leadingLetters(surname) : "";
  if (index && letters) {
    for (const i of index.at(letters)) {
      if (!body.startsWith(surname, i)) continue;
      const full = fullNameAt(body, i, surname);
      if (full) return full;
    }
    return null;
  }
  for (let i = body.indexOf(surname); i >= 0; i = body.indexOf(surname, i + 1)) {
    const full = fullNameAt(body, i, surname);
    if (full) return full;
  }
  return null;
}

/** The lowercase run of letters at `i` ("motors" in "Halvern Motors"). */
function wordAfter(body: string, i: number): string {
  let e = i;
  while (e < body.length && e - i < 24 && LETTER.test(body[e]!)) e++;
  return body.slice(i, e).toLowerCase();
}

/** Kinds of business whose first word is their short name ("Northline" for "Northline Rail"). */
const SHORT_NAMED_KINDS = new Set(["rail", "farms", "airways", "airlines"]);

/** How many places of a word are looked at for a body's name that starts with it. */
const BODY_NAME_LOOKS = 64;

/**
 * "Halvern Motors" for "Halvern": the first place the article writes the word followed by a
 * capitalised word that names a kind of body ("Motors", "Therapeutics", "Bank"); null when none.
 */
function bodyNameInText(body: string, word: string): string | null {
  let looks = 0;
  for (let i = body.indexOf(`${word} `); i >= 0 && looks < BODY_NAME_LOOKS; i = body.indexOf(`${word} `, i + 1)) {
    looks++;
    if (i > 0 && LETTER.test(body[i - 1]!)) continue;
    const from = i + word.length + 1;
    let to = from;
    while (to < body.length && LETTER.test(body[to]!)) to++;
    const next = body.slice(from, to);
    const kind = next.toLowerCase();
    if (
      STARTS_UPPERCASE.test(next) &&
      (ORGANISATION_WORDS.has(kind) || COMPANY_NAME_ENDINGS.has(kind) || SHORT_NAMED_KINDS.has(kind))
    )
      return `${word} ${next}`;
  }
  return null;
}

/**
 * Does the article write `name` as a body somewhere: "Benfica, which …", "Halvern's shares"?
 * ("Maria said it …" and "Putin's spokesman" say nothing: people say "it" and have spokesmen.)
 * Looks at a bounded number of occurrences, like bodyNameInText.
 */
function writtenAsBody(body: string, name: string, marks: RegExp = AS_BODY_AFTER): boolean {
  let looks = 0;
  for (let i = body.indexOf(name); i >= 0 && looks < BODY_NAME_LOOKS; i = body.indexOf(name, i + 1)) {
    looks++;
    if (i > 0 && LETTER.test(body[i - 1]!)) continue;
    if (marks.test(body.slice(i + name.length, i + name.length + 40))) return true;
  }
  return false;
}
// Not "Musk's shares in the firm" (decision 1095): a holding in another body is a person's.
const AS_BODY_AFTER =
  /^(?:,\s+which\b|['’]s\s+(?:shares(?!\s+in\b)|share price|chief executive|board of directors|headquarters|website|annual report|stock)\b)/;

/**
 * The marks of a firm against a surname the article gives a person in full: "Disney, which …",
 * "Disney's chief executive", "Disney's shares fell 3%". Not "Musk's shares are worth $200bn",
 * "Smith's website", "Johnson's stock has fallen", "Buffett's annual report": people hold shares
 * and have websites, so those keep the founder (review of decision 1095).
 */
const AS_FOUNDERS_FIRM_AFTER =
  /^(?:,\s+which\b|['’]s\s+(?:share price|chief executive|board of directors|shares\s+(?:fell|rose|jumped|dropped|slumped|climbed|soared|plunged|surged|tumbled))\b)/;

/** The full name written around an occurrence of `surname` at `i`, or null when none is. */
function fullNameAt(body: string, i: number, surname: string): string | null {
  if (i < 3 || !isSpaceAt(body, i - 1) || LETTER.test(body[i + surname.length] ?? "")) return null;
  // "Carmaker Halvern Motors": a body's word after it makes the "surname" part of a company's name
  // ("Anthony Reece KC" stays a person).
  if (
    isSpaceAt(body, i + surname.length) &&
    STARTS_UPPERCASE.test(body[i + surname.length + 1] ?? "") &&
    ORGANISATION_WORDS.has(wordAfter(body, i + surname.length + 1))
  )
    return null;
  const givenStart = wordStartBefore(body, i - 1);
  const given = body.slice(givenStart, i - 1);
  if (!GIVEN_NAME.test(given) || TITLE_WORD.test(given) || NOT_GIVEN_NAMES.has(given)) return null;
  const previous =
    givenStart > 0 && isSpaceAt(body, givenStart - 1)
      ? body.slice(wordStartBefore(body, givenStart - 1), givenStart - 1)
      : "";
  // "Late on Tuesday Holcroft said": a weekday after "on" is the day, no given name (review of
  // decision 860); so after "late" or "early", "Late Tuesday Holcroft said" (decision 910).
  if (previous.length <= 5 && WEEKDAY_SET.has(given.toLowerCase())) {
    const before = previous.toLowerCase();
    if (before === "on" || TIME_EDGES.has(before)) return null;
  }
  // "Republican Winsome Earle-Sears" is Winsome Earle-Sears: a party or nationality is no name.
  // "Contact Sarah Kim at …": an imperative before the name is no part of it (decision 525's review).
  const capitalisedName =
    STARTS_UPPERCASE.test(previous) &&
    !IMPERATIVES_BEFORE_NAMES.has(previous) &&
    !/[.!?:;,]$/.test(previous) &&
    !TITLE_WORD.test(previous) &&
    !isNationalityOrParty(previous);
  const rest = particleSurnameAfter(body, i + surname.length);
  if (!capitalisedName) return `${given} ${surname}${rest}`;
  return firstOfThreeNames(body, givenStart - 1 - previous.length, previous)
    ? `${previous} ${given} ${surname}${rest}`
    : null;
}

/** A particle and a capitalised name after the name one goes by: "Lula" in "Luiz Inácio Lula da Silva". */
const PARTICLE_SURNAME = /^ ((?:\p{Ll}+ ){1,2})(\p{Lu}[\p{Ll}-]+)(?![\p{L}’'-])/u;
/** A capitalised word after a particle surname: the name goes on ("Cristiano Ronaldo dos Santos Aveiro"). */
const NAME_GOES_ON = /^ \p{Lu}/u;

/**
 * " da Silva" when a particle surname follows the word at `end` ("Luiz Inácio Lula da Silva"),
 * else "": a later "Lula said" is the whole name. Only listed particles, one or two of them, and
 * the whole run of particle-and-name pairs ("dos Santos Aveiro" is taken whole or not at all). A
 * possessive takes none: "Lula da Silva's government" may be his, but "Ahmed Hassan al Jazeera's
 * correspondent" is another's.
 */
function particleSurnameAfter(body: string, end: number): string {
  let rest = "";
  for (let at = end; body.charCodeAt(at) === 32;) {
    const m = PARTICLE_SURNAME.exec(body.slice(at, at + 40));
    if (
      m === null ||
      !m[1]!
        .trim()
        .split(" ")
        .every((w) => NAME_PARTICLES.has(w))
    )
      break;
    rest += m[0];
    at += m[0].length;
  }
  if (rest === "") return "";
  // "dos Santos Aveiro": a name word after the pairs that is no pair; the run is not read whole.
  const after = body.slice(end + rest.length, end + rest.length + 30);
  if (NAME_GOES_ON.test(after)) return "";
  // "da Silva de Souza's": a pair after the run that was not read ends it short; none is taken.
  const pair = /^ (\p{Ll}+) \p{Lu}/u.exec(after);
  return pair !== null && NAME_PARTICLES.has(pair[1]!) ? "" : rest;
}

/**
 * A news article names a handful of people: their surnames are found by a native search of the
 * body each. Past this many, one index of the body's capitalised words serves them all, so an
 * article naming thousands of people costs one scan, not thousands.
 */
const SURNAMES_SEARCHED_BY_SCAN = 8;

/**
 * Is `word` (starting at `wordStart`) the first of a three-part name, as in "Governor Maria
 * Ortiz Delgado" or "chief minister Murad Ali Shah"? It must look like a given name, and what
 * stands before it a title, a lowercase word other than a preposition (after "of", "Colombia
 * Gustavo Petro" is a place and a name), a clause's end or nothing.
 */
function firstOfThreeNames(body: string, wordStart: number, word: string): boolean {
  if (!GIVEN_NAME.test(word) || TITLE_WORD.test(word) || NOT_GIVEN_NAMES.has(word)) return false;
  if (wordStart <= 0 || body.charCodeAt(wordStart - 1) === 10) return true;
  if (!isSpaceAt(body, wordStart - 1)) return false;
  const before = body.slice(wordStartBefore(body, wordStart - 1), wordStart - 1);
  if (/[.!?:;,]$/.test(before) || TITLE_WORD.test(before)) return true;
  return !STARTS_UPPERCASE.test(before) && !PLACE_PREPOSITIONS.has(before);
}

/** "the agency", "the department": which words in a body's name make it one of that kind. */
const BODY_KINDS = new Map<string, RegExp>([
  ["agency", /\b(?:Agency|Administration|Service|Commission|Bureau|Centers?|Institutes?)\b/],
  ["department", /\bDepartment\b/],
  ["ministry", /\bMinistry\b/],
  ["bureau", /\bBureau\b/],
  ["commission", /\bCommission\b/],
  ["council", /\bCouncil\b/],
  ["committee", /\bCommittee\b/],
  ["regulator", /\b(?:Commission|Authority|Administration|Agency)\b/],
]);

/** A body or a group of people ("Colombian presidency", "unnamed sources", "officials"), not one person. */
function isGroup(c: Claimant): boolean {
  return (
    c.type === "organization" ||
    c.type === "unnamed_sources" ||
    /^\p{Ll}.*[^s]s$/u.test(c.name) ||
    // "Colleagues said …", capitalised only because it opens the sentence: no "she".
    (PLURAL_WORD.test(c.name) && isCommonWord(c.name.toLowerCase()))
  );
}
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** Levenshtein distance with an early exit; used to match misspelt outlet names. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The same claimant: name and type alike. */
export function sameClaimant(a: Claimant, b: Claimant): boolean {
  return a.name === b.name && a.type === b.type;
}

export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return (
    x === y ||
    editDistance(x, y, Math.max(1, Math.floor(Math.min(x.length, y.length) / 6))) <=
      Math.max(1, Math.floor(Math.min(x.length, y.length) / 6))
  );
}

const POSSESSIVE_PHRASE = /^(his|her|its|their)\s+(\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*)?)$/iu;
/** "the senator's campaign", "the governor's office": an office's possessive and what it owns. */
const ROLE_POSSESSIVE =
  /^[Tt]he\s+(\p{Ll}[\p{Ll}.]*(?:\s+\p{Ll}[\p{Ll}.]*)?)['’]s\s+((?:own\s+)?(?:campaign|office))$/u;
export const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };

/**
 * Remembers who has spoken so far in the article: pronouns ("she added") resolve to the last
 * person, and an outlet that earlier relayed unnamed sources keeps that provenance when it is
 * later cited by name ("According to El Espectador, ...").
 */
/** "the 23-year-old": a person the article has named, described by age. */
const AGE_REFERENCE = /^the (\d{1,3})-year-old$/i;
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;
function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SPECIAL, "\\$&");
}

export class ClaimantMemory {
  private lastPerson: Claimant | null = null;
  /** The person named before lastPerson: "he" may skip a woman to reach him. */
  private previousPerson: Claimant | null = null;
  /** The person named before previousPerson, and the sentence previousPerson was last named in (decision 945). */
  private olderPerson: Claimant | null = null;
  private previousPersonSentence = -1;
  private readonly genders = new PersonGenders();
  /** Genders a description after a name showed ("Ann Lee, a spokeswoman for …"): they only prefer, never exclude. */
  private readonly described = new PersonGenders();
  private lastSpeaker: Claimant | null = null;
  private lastGroup: Claimant | null = null;
  private relays: { outlet: string; claimant: Claimant }[] = [];
  private relayOutlets = new Set<string>();
  /** Persons named in full so far, by surname (the latest one wins). */
  private personsBySurname = new Map<string, Claimant>();
  /** Surnames already looked for in the article's text (each is looked for once). */
  private searchedSurnames = new Set<string>();
  /** Built once more than a few surnames have been looked for, so many names cost one scan. */
  private capitalisedWords: CapitalisedWordIndex | undefined;

  /** Plural names after "the" looked for as a family's surname ("the Obamas"), and the answer. */
  private readonly familyNames = new Map<string, boolean>();

  /** Bodies that spoke under their own name, most recent last, for "the agency said". */
  private readonly namedBodies: string[] = [];

  /** Office holders the article has introduced by title, for "the governor said". */
  private readonly roleHolders: RoleHolders | null;
  /** Companies, counties and councils the article has named, for "the company said"; read once one is referred to. */
  private bodiesNamed: BodiesNamedSoFar | undefined;
  /** Where the sentence being read starts. */
  private position = Infinity;
  /** Names of persons found written as places before the sentence being read (`placeBefore`). */
  private readonly places = new Map<string, boolean>();
  /**
   * Titled surnames the article has written with a family tie as their aside ("Ms Reid, his
   * daughter, cut the ribbon."): someone else of the surname than its full name, in the sentences
   * after too, where a "she" or a "Ms Reid" stands for her (decision 1125). Keys "Ms Reid"; the value
   * is the full name she was shown not to be ("Tom Reid"), null where the memory knew none: a full
   * name of the surname the article writes after the tie ("Sarah Reid, 40, said …") may be hers
   * (the review of decision 1125).
   */
  private readonly tiedTitledSurnames = new Map<string, string | null>();
  /** Full names that have spoken in the article ("Ravi Patel, defending, said …"; `asideSaysSomeoneElse`). */
  private readonly spokenFullNames = new Set<string>();
  /** Sentences read so far, and the one in which lastPerson was last named. */
  private sentenceCount = 0;
  private lastPersonSentence = -1;

  /** `body`: the article, where a surname's full form is looked for. */
  constructor(private readonly body: string | null = null) {
    this.roleHolders = body === null ? null : new RoleHolders(body);
  }

  /** The article being read, where a name the article gives elsewhere is looked for; null when unknown. */
  get article(): string | null {
    return this.body;
  }

  /** The sentence being read starts at `position`: a role names whoever held it before there. */
  moveTo(position: number): void {
    if (position !== this.position) this.sentenceCount++;
    this.position = position;
  }

  /**
   * "Mayor Dana Kim took office in 2021. She has cut the budget by 4%.": the person a "he" or
   * "she" that opens a sentence of the article's own stands for, when there is no doubt: named
   * in the sentence before, the pronoun fits them, and no one else named lately fits it too.
   * Null otherwise (the wording then keeps the pronoun).
   */
  personJustNamed(pronoun: "he" | "she"): Claimant | null {
    if (this.lastPersonSentence < this.sentenceCount - 1) return null;
    return this.onlyOneFits(this.lastPerson, this.previousPerson, pronoun);
  }

  /**
   * "Nigel Farage spoke at a rally in Hebden Bridge. Hebden Bridge flooded in March. He …": the
   * person a "he" or "she" stands for when named two sentences back, the sentence between naming
   * only `place` (which the memory may hold as a person, as it reads a name of two words), or no
   * one at all with `place` "" ("The crowd cheered."; decision 985), as personJustNamed reads the
   * sentence before (decision 945). The caller has read the sentence between.
   */
  personNamedPastAPlace(pronoun: "he" | "she", place: string): Claimant | null {
    const past = this.lastPerson?.name === place && this.lastPersonSentence === this.sentenceCount - 1;
    const sentence = past ? this.previousPersonSentence : this.lastPersonSentence;
    if (sentence !== this.sentenceCount - 2) return null;
    return past
      ? this.onlyOneFits(this.previousPerson, this.olderPerson, pronoun)
      : this.onlyOneFits(this.lastPerson, this.previousPerson, pronoun);
  }

  /** `person`, when the pronoun fits them and not `before`, the one named before them; null otherwise. */
  private onlyOneFits(person: Claimant | null, before: Claimant | null, pronoun: "he" | "she"): Claimant | null {
    const gender = pronoun === "he" ? "m" : "f";
    if (person === null || !this.genders.fits(person, gender)) return null;
    if (before !== null && this.genders.fits(before, gender)) return null;
    this.genders.note(person, gender);
    return person;
  }

  /**
   * "Nigel Farage spoke in Hebden Bridge. Hebden Bridge flooded in March. “…,” he said.": is the
   * last person a name of two words the article writes as a place (`writtenAsAPlace`), which the
   * memory took for a person as it opened a sentence, with the person before it fitting `gender` and
   * named in the sentence right before?
   * Then a "he said" passes over it (decision 985). The memory keeps the place as it was for every
   * other reading, as decision 945 found a place kept out of it moved other speakers.
   */
  private placeBefore(gender: Gender): boolean {
    const last = this.lastPerson;
    // Cheap first: an untitled name of two words or more, and someone before it who fits.
    if (last === null || last.title !== undefined || !last.name.includes(" ") || this.body === null) return false;
    if (this.previousPerson === null || !this.genders.fits(this.previousPerson, gender)) return false;
    // The person before named in the sentence right before the place's ("… spoke in Hebden Bridge.
    // Hebden Bridge flooded."): not "Jane Hollis praised the squad. The club invested heavily in Tom
    // Reid. Tom Reid scored 20 goals.", where Reid is no place (decision 985's review).
    if (this.previousPersonSentence !== this.lastPersonSentence - 1) return false;
    // Written as a place before the sentence being read: not "“I'm proud,” he said. The club had
    // invested heavily in Tom Reid." (decision 985's review). A name once found so stays found.
    if (this.places.get(last.name) === true) return true;
    const place = writtenAsAPlace(this.body.slice(0, Math.min(this.position, this.body.length)), last.name);
    if (place) this.places.set(last.name, true);
    return place;
  }

  /** The text has shown this person's gender otherwise than by a title ("Ann Lee, a spokeswoman for …"). */
  noteGender(person: Claimant, gender: Gender): void {
    this.described.note(person, gender);
  }

  /** Can "he" or "she" stand for this person, as far as the text has shown? */
  fitsPronoun(person: Claimant, pronoun: string): boolean {
    const p = pronoun.toLowerCase();
    if (p !== "he" && p !== "she") return false;
    const gender = p === "he" ? "m" : "f";
    // "Mrs. Lee" as written here, before the memory has noted her.
    const titled = person.title === undefined ? null : genderOfTitle(person.title);
    return (titled === null || titled === gender) && this.genders.fits(person, gender);
  }

  /**
   * Has the text shown that "he" or "she" stands for this person's gender: a title or role word
   * ("Mr. Hill", "spokeswoman Lee") or a pronoun already resolved to them? An unknown gender is
   * not enough where the pronoun would be taken from someone else who fits it ("Councilwoman Diaz
   * said … Hill denied it; she said …" is Diaz, not Hill).
   */
  surelyFitsPronoun(person: Claimant, pronoun: string): boolean {
    const p = pronoun.toLowerCase();
    if (p !== "he" && p !== "she") return false;
    const gender = p === "he" ? "m" : "f";
    const titled = person.title === undefined ? null : genderOfTitle(person.title);
    return titled === gender || (titled === null && this.genders.shown(person, gender));
  }

  /**
   * Notes who spoke and returns the claimant as the article first named them: "Kim" after
   * "Peter Kim", "Dr. Fischer" after "Dr. Tom Fischer" are the same person.
   */
  remember(spoken: Claimant): Claimant {
    if (spoken.type === "article") return spoken;
    const c =
      this.knownPerson(spoken) ??
      this.personNamedLikeABody(spoken) ??
      this.roleHolder(spoken) ??
      this.namedBody(spoken) ??
      this.bodyOfKind(spoken) ??
      spoken;
    this.lastSpeaker = c;
    if (isGroup(c)) {
      if (!typedByItsThe(c)) this.lastGroup = c;
    } else if (c.type === "person") this.setLastPerson(c);
    if (singleUnnamed.has(spoken)) this.setLastPerson(c);
    // "Energy Minister Ana Smith and the utility said …. She said …": she is the person of the pair.
    const joint = c.type === "organization" ? personAndBody(c.name) : null;
    // Only a half that is surely a person: a title ("Energy Minister Ana Smith") or a full name the
    // article has written ("Ana Smith"); "Acme and the union", "Albany and the state's unions" leave
    // a later "he" to the person named before.
    if (joint !== null) {
      const written = claimantFromPhrase(joint.person);
      const known = this.knownPerson(written);
      const person = known ?? written;
      const surelyPerson = written.title !== undefined || (known !== null && known.name.includes(" "));
      if (person.type === "person" && surelyPerson) this.setLastPerson(person);
    }
    // A repeat of an outlet already listed would never be found first, so it is not kept: the
    // list stays as long as the number of distinct outlets, not of mentions.
    if (c.via && c.type === "unnamed_sources" && !this.relayOutlets.has(c.via)) {
      this.relayOutlets.add(c.via);
      this.relays.push({ outlet: c.via, claimant: c });
    }
    if (c.type === "organization" && c === spoken && STARTS_UPPERCASE.test(c.name)) {
      // Most recent last; a repeat moves to the end, so the list holds each body once.
      const at = this.namedBodies.indexOf(c.name);
      if (at >= 0) this.namedBodies.splice(at, 1);
      this.namedBodies.push(c.name);
    }
    if (c.type === "person" && c === spoken) {
      const surname = surnameOf(beforeAffiliation(c.name));
      if (surname && c.name.includes(" ")) {
        this.personsBySurname.set(surname, c);
        this.spokenFullNames.add(c.name);
      }
    }
    return c;
  }

  /**
   * A fuller name for a person named by surname alone (or title and surname): a speaker named in
   * full before, else the name the article gives in full ("President Gustavo Petro" for "Petro").
   */
  private knownPerson(c: Claimant): Claimant | null {
    if (c.type !== "person") return null;
    const surname = surnameOnly(c.name);
    if (!surname) return null;
    let known = this.personsBySurname.get(surname);
    if (known === undefined && !this.searchedSurnames.has(surname)) {
      this.searchedSurnames.add(surname);
      const full = this.body === null ? null : fullNameInText(this.body, surname, this.wordIndex(this.body));
      // "Halvern said …" after "Carmaker Halvern Motors is recalling …": the company, by its short name.
      const body =
        full === null && this.body !== null && this.searchedSurnames.size <= SURNAMES_SEARCHED_BY_SCAN
          ? bodyNameInText(this.body, surname)
          : null;
      // "Benfica said …": a one-word name the article never gives a given name, and writes as a
      // body somewhere ("Benfica, which …", "Corvane's shares").
      const actsAsBody =
        full === null &&
        body === null &&
        c.name === surname &&
        c.title === undefined &&
        this.body !== null &&
        this.searchedSurnames.size <= SURNAMES_SEARCHED_BY_SCAN &&
        writtenAsBody(this.body, surname);
      if (full || body || actsAsBody) {
        known = full
          ? { name: full, type: "person", via: null }
          : { name: body ?? surname, type: "organization", via: null };
        this.personsBySurname.set(surname, known);
      }
    }
    if (known !== undefined && (this.titledOfTheOtherSex(c, known) || this.tiedAsAnAside(c, surname, known))) {
      if (c.title !== undefined && c.name === surname) this.tiedTitledSurnames.set(`${c.title} ${surname}`, known.name);
      return null;
    }
    return known && (known.name !== c.name || known.type !== c.type) ? { ...known, via: c.via ?? known.via } : null;
  }

  /**
   * "Mrs Reid" (`c`) after "Mr Tom Reid" (`known`): a courtesy title of one sex before a surname
   * the text has shown belongs, in full, to someone of the other, by the title the full name was
   * taken up with or one the article writes before it. Someone else of that surname, "she" where
   * he is "he" (decision 1030). Not by a gender the memory noted from a pronoun: "Jane Reid met
   * the mayor. He praised her. Mrs Reid said …" gives that "He" to Jane Reid, and she is still Mrs
   * Reid (review of decision 1030). Only for a titled surname, gender look-ups and `includes`.
   */
  private titledOfTheOtherSex(c: Claimant, known: Claimant): boolean {
    const gender = c.title === undefined || known.type !== "person" ? null : genderOfTitle(c.title);
    if (gender === null) return false;
    const knownTitled = known.title === undefined ? null : genderOfTitle(known.title);
    return (
      (knownTitled !== null && knownTitled !== gender) ||
      (this.body !== null && writtenWithTitleOfOtherSex(this.body, known.name, gender))
    );
  }

  /**
   * "Ms Reid, his daughter, said" (`c`) after "Tom Reid": the sentence being read writes the surname
   * with a family tie as its aside, so the one who speaks is someone else of that surname, whatever
   * the titles (decision 1090). Only for a surname written alone: one `indexOf` in the sentence.
   */
  private tiedAsAnAside(c: Claimant, surname: string, known: Claimant): boolean {
    if (c.name !== surname || this.body === null) return false;
    // "Ms Reid, his daughter, cut the ribbon. “…,” she said.": tied in a sentence before (decision
    // 1125), to the full name the tie showed she is not; not to "Sarah Reid", named after it.
    if (c.title !== undefined && this.tiedTitledSurnames.get(`${c.title} ${surname}`) === known.name) return true;
    if (this.position === Infinity) return false;
    return this.asideSaysSomeoneElse(writtenWithRelationAside(this.body, this.position, surname), surname, known.name);
  }

  /**
   * Does a tie or a role as a surname's aside say the one it names is someone else than the
   * surname's full name (`fullName`)? Kin, always: a family shares its surname. A role ("Mr Patel,
   * his barrister,"), only where the full name has not spoken in the article and no one of another
   * surname is named that "his" or "her" may stand for: "Tom Reid opened a school. Mr Reid, his
   * lawyer, said" (no one else, so the owner is Tom Reid), not "Harry Kane missed training. Mark
   * Wells said …. Mr Wells, his agent, said" nor "Ravi Patel, defending, said …. Mr Patel, his
   * barrister, said": one who acts for someone rarely shares their surname, and speaks for them, so
   * the full name is the agent's own (the review of decision 1125). Cost: a set look-up and up to
   * three surname reads.
   */
  private asideSaysSomeoneElse(aside: RelationAside | null, surname: string, fullName: string | undefined): boolean {
    if (aside !== "role") return aside === "kin";
    if (fullName !== undefined && this.spokenFullNames.has(fullName)) return false;
    return ![this.lastPerson, this.previousPerson, this.olderPerson].some(
      (p) => p !== null && p.type === "person" && surnameOf(p.name) !== surname,
    );
  }

  private wordIndex(body: string): CapitalisedWordIndex | undefined {
    if (this.capitalisedWords === undefined && this.searchedSurnames.size > SURNAMES_SEARCHED_BY_SCAN) {
      this.capitalisedWords = new CapitalisedWordIndex(body);
    }
    return this.capitalisedWords;
  }

  /**
   * "the agency" after "the National Highway Traffic Safety Administration said", "the
   * department" after "the Labor Department": the latest body that spoke whose name has a word
   * of that kind. Not "the company" or "the club": nothing in a name says which bodies those are.
   */
  private namedBody(c: Claimant): Claimant | null {
    if (c.type !== "organization") return null;
    const kind = BODY_KINDS.get(c.name.replace(/^the\s+/i, "").toLowerCase());
    if (kind === undefined) return null;
    for (let i = this.namedBodies.length - 1; i >= 0; i--) {
      if (kind.test(this.namedBodies[i]!)) return { name: this.namedBodies[i]!, type: "organization", via: c.via };
    }
    return null;
  }

  /**
   * "The company" after "Halvorsen Foods reported …", "the county" after "Pecos County": the one
   * body of that kind the article has named before the sentence (`analysis/bodies-named-so-far.ts`).
   * "the county", unresolved, is still a body, not a person.
   */
  private bodyOfKind(c: Claimant): Claimant | null {
    if ((c.type !== "organization" && c.type !== "person") || c.title !== undefined) return null;
    if (this.body === null || this.position === Infinity) return null;
    // "The agency", "the bank", "the group": only the body the sentence before names alone.
    if (c.type === "organization" && isKindNamedJustBefore(c.name)) {
      const name = bodyNamedJustBefore(this.body, this.position, c.name);
      return name === null ? null : { name, type: "organization", via: c.via };
    }
    // "The publicly-owned operator" after "Rail operator Northern will run …".
    const written = kindOfReference(c.name);
    if (written !== null) {
      const found = nameWrittenWithKind(this.body, this.position, written);
      if (found !== null)
        return (
          (found.namesAPost ? this.personInThePost(found.name, c.via) : null) ?? {
            name: found.name,
            type: "organization",
            via: c.via,
          }
        );
    }
    const kind = bodyReferenceKind(c.name);
    if (kind === undefined) return null;
    // "The College said" is a body (decision 725) and may be the one college named so far; "College
    // said", with no "the", and "the college said" are read as before (second review of decision 725).
    if (c.type === "person" && (kind === "college" || kind === "academy" || kind === "constabulary")) return null;
    this.bodiesNamed ??= new BodiesNamedSoFar(this.body);
    const name = this.bodiesNamed.bodyAt(kind, this.position, c.name.toLowerCase());
    if (name !== null) return { name, type: "organization", via: c.via };
    return c.type === "person" ? { ...c, type: "organization" } : null;
  }

  /**
   * "Jane Smith, the regulator, cut 40 jobs. The regulator said …": the one a post was written
   * beside is a person where the article shows it, by a person's shape ("Jane Smith"), a title
   * ("Mr Smith") or a given name it writes with the surname elsewhere ("Smith" after "Jane Smith").
   * Else null, and the body's reading stands: one word alone tells no person from a body ("Sky,
   * the broadcaster,", "Avanti, the operator,", which the speaker's reader types a person too;
   * decision 820), nor does a region's or a service's word ("Northern Rail, the operator,").
   */
  private personInThePost(name: string, via: string | null): Claimant | null {
    const written = claimantFromPhrase(name, via);
    if (written.type !== "person") return null;
    const known = this.knownPerson(written);
    if (known !== null) return known.type === "person" && known.name.includes(" ") ? { ...known, via } : null;
    if (written.title !== undefined || (shapedLikeAPerson(name) && !namedForARegionOrService(name))) return written;
    // "Holcroft, the regulator, …" where the article writes "Mr Holcroft" (decision 860).
    // A region's word alone ("Northern, the operator,") names a body whatever namesake the article
    // titles ("Ms Northern is not related"; review of decision 860).
    if (this.body === null || name.includes(" ") || namedForARegion(name)) return null;
    const title = courtesyTitleOf(this.body, name);
    if (title !== null) return { ...written, title };
    // "Smith, the regulator, said she would cut 40 jobs.", the article's opening (decision 950).
    return opensAsAPersonInThePost(this.body, name) ? written : null;
  }

  /**
   * "Joao Almeida won the stage. Almeida said …", "Dr Almeida … Almeida found …": a one-word name
   * the lexicon keeps as a body ("Almeida", "Kantar", "National") is the person where the article
   * gives that person in full or after a courtesy title (review of decision 1095). A Set look-up
   * first; the body's scans only for a listed name.
   */
  private personNamedLikeABody(c: Claimant): Claimant | null {
    if (c.type !== "organization" || this.body === null || !BODIES_WITH_PERSON_LIKE_NAMES.has(c.name)) return null;
    const known = this.knownPerson({ name: c.name, type: "person", via: c.via });
    if (known !== null) return known.type === "person" && known.name.includes(" ") ? known : null;
    const title = courtesyTitleOf(this.body, c.name);
    return title === null ? null : { name: c.name, type: "person", via: c.via, title };
  }

  /** "The governor" after "Governor Tom Ridley" is Tom Ridley. */
  private roleHolder(c: Claimant): Claimant | null {
    if (c.type !== "person" || this.roleHolders === null || this.position === Infinity) return null;
    const name = this.roleHolders.holderAt(c.name, this.position);
    return name === null ? null : { name, type: "person", via: c.via };
  }

  notePerson(name: string): void {
    if (name.includes(" ")) {
      // "Dr. Jane Kerr chaired the panel. She said …": she is Jane Kerr, titled Dr.
      const titled = titledName(name);
      // "Natural Resources Wales has issued 30 warnings": a body named like a person is no "she";
      // a name with a title or a role ("Dr Ben Ireland", "The MP for Cardiff North") is a person's.
      if (titled === null && !hasRoleWord(name) && bodyClaimant(name).type === "organization") return;
      // "Ms Hollis opened a school." after "Jane Hollis was elected.": one person, as she was named
      // in full (decision 945).
      if (titled !== null && !titled.name.includes(" ")) {
        const known = this.fullNameForTitled(titled);
        if (known !== null) return this.notedTitled(known, titled.title);
        // "Ms Reid, his daughter, cut the ribbon.": kept as someone else of the surname (decision 1125)
        // than the full name the memory knows for it, if any.
        if (
          this.body !== null &&
          this.position !== Infinity &&
          this.asideSaysSomeoneElse(
            writtenWithRelationAside(this.body, this.position, titled.name),
            titled.name,
            this.personsBySurname.get(titled.name)?.name,
          )
        )
          this.tiedTitledSurnames.set(
            `${titled.title} ${titled.name}`,
            this.personsBySurname.get(titled.name)?.name ?? null,
          );
      }
      this.setLastPerson(
        titled
          ? { name: titled.name, type: "person", via: null, title: titled.title }
          : { name, type: "person", via: null },
      );
      return;
    }
    // A surname alone ("Harlow thanked her supporters.") only when the article names that person
    // in full: "Brussels", "Google" and "Monday" open sentences too.
    const known = this.knownPersonBySurname(name);
    // "Walt Disney built the studio. … Disney's shares fell 3%. … Disney has cut 7,000 jobs.": a
    // surname the article also writes as a body ("Disney's shares", "Disney, which …") is the
    // firm named after the person, not the person (decision 1095).
    if (known !== null)
      return this.body !== null && writtenAsBody(this.body, name, AS_FOUNDERS_FIRM_AFTER)
        ? undefined
        : this.setLastPerson(known);
    // "Mr Goold runs the theatre. … Goold has defended the length.": a surname the article gives
    // no given name but writes after a courtesy title is that person's, as bodies take no title
    // (decision 1095). A scan of the body only for a surname that opens its sentence unknown.
    const title = this.body === null || this.personsBySurname.has(name) ? null : courtesyTitleOf(this.body, name);
    if (title !== null) this.notedTitled({ name, type: "person", via: null }, title);
  }

  /**
   * "Ms Hollis", "Mayor Hollis" opening the sentence being read after "Jane Hollis": the person the
   * article named in full before it, when it gives the surname no other given name ("Jane Hollis
   * … her husband Tom Hollis … Ms Hollis" may be either) and the title fits the sex the text has
   * shown ("Mr Hollis" after "Mrs Jane Hollis" is someone else). Null otherwise.
   */
  private fullNameForTitled(titled: { title: string; name: string }): Claimant | null {
    const known = this.knownPersonBySurname(titled.name);
    if (known === null || this.body === null || this.position === Infinity) return null;
    if (!surnameStandsFor(this.body, this.position, titled.name, known)) return null;
    const gender = genderOfTitle(titled.title);
    return gender === null || this.genders.fits(known, gender) ? known : null;
  }

  /**
   * "Mayor Hollis" (`written`, from `officeAndSurname`) opening the sentence after "Mayor Jane
   * Hollis": notes the person named in full, and says whether there was one; nothing is noted for
   * a word the article gives no full name ("Premier League confirmed …"; decision 945).
   */
  noteTitledSurname(written: string | null): boolean {
    // "Deputy Mayor Hollis", "Prime Minister Starmer": an office of two words (decision 985).
    const titled = written === null ? null : (titledName(written) ?? officeOfWordsAndSurname(written));
    const known = titled === null ? null : this.fullNameForTitled(titled);
    // "Hunter Biden was pardoned. President Biden signed the pardon.": an office is the full name's
    // only where the article gives it to them ("Mayor Jane Hollis", "Jane Hollis was elected mayor").
    if (known === null || !officeWrittenBeside(this.body!, this.position, known.name, titled!.title)) return false;
    this.notedTitled(known, titled!.title);
    return true;
  }

  private notedTitled(known: Claimant, title: string): void {
    this.setLastPerson(known);
    this.genders.noteTitled({ ...known, title });
  }

  /**
   * The person a surname written alone stands for, whatever `knownPerson` gives: a speaker named
   * before under that surname, else the name the article gives in full ("Nigel Farage" for
   * "Farage"). Not always a given name and surname (a speaker is kept as they were named), so a
   * caller that wants one checks the name it gets. Null for a word read as no person ("Brexit",
   * "Clacton").
   */
  knownPersonBySurname(surname: string): Claimant | null {
    const known = this.knownPerson({ name: surname, type: "person", via: null });
    return known !== null && known.type === "person" ? known : null;
  }

  /** Did the article give `person` this age ("Tomás Duarte, 23,", "23-year-old Tomás Duarte")? */
  private hasAge(person: Claimant, age: string): boolean {
    if (this.body === null) return false;
    const surname = escapeRegExp(person.name.slice(person.name.lastIndexOf(" ") + 1));
    return new RegExp(`${surname},\\s+${age}\\b|\\b${age}-year-old\\s+(?:\\S+\\s+){0,3}?${surname}\\b`, "u").test(
      this.body,
    );
  }

  /** "The European Commission closed its investigation.": a later "it said" is the body's. */
  noteBody(name: string): void {
    const c = bodyClaimant(name);
    if (c.type === "organization") this.lastGroup = this.namedBody(c) ?? this.bodyOfKind(c) ?? c;
  }

  /**
   * A source read without a reporting verb, with "the company" named as the body it stands for
   * ("The company now expects …"); not remembered as a speaker.
   */
  bodyNamed(c: Claimant): Claimant {
    return this.bodyOfKind(c) ?? c;
  }

  private setLastPerson(c: Claimant): void {
    if (this.lastPerson !== null && this.lastPerson.name !== c.name) {
      this.olderPerson = this.previousPerson;
      this.previousPerson = this.lastPerson;
      this.previousPersonSentence = this.lastPersonSentence;
    }
    this.lastPerson = c;
    this.lastPersonSentence = this.sentenceCount;
    this.genders.noteTitled(c);
  }

  /**
   * "he"/"she": the last person, or the one before when the text showed the last one is not
   * "he" or "she" (unnamed sources when neither fits); "it"/"they": the last body or group ("officials",
   * "unnamed sources"), never a person.
   */
  resolvePronoun(pronoun: string): Claimant | null {
    const p = pronoun.toLowerCase();
    if (p === "he" || p === "she") {
      const gender = p === "he" ? "m" : "f";
      let person: Claimant | null = null;
      // "Tom Reid said …. Ann Lee, a spokeswoman for …, said …. The plan, he said, …": a
      // description's gender prefers the one it fits; when it fits neither, it decides nothing.
      const fitsBoth = (c: Claimant | null): c is Claimant =>
        c !== null && this.genders.fits(c, gender) && this.described.fits(c, gender);
      if (this.placeBefore(gender)) person = this.previousPerson;
      else if (fitsBoth(this.lastPerson)) person = this.lastPerson;
      else if (fitsBoth(this.previousPerson)) person = this.previousPerson;
      else if (this.lastPerson !== null && this.genders.fits(this.lastPerson, gender)) person = this.lastPerson;
      else if (this.previousPerson !== null && this.genders.fits(this.previousPerson, gender))
        person = this.previousPerson;
      if (person !== null) this.genders.note(person, gender);
      // "UNHCR spokeswoman Chiara Lodovici said …", then "“…,” he said": someone the article
      // does not name, not the last speaker.
      else if (this.lastPerson !== null) return unnamedSources(p, null);
      return person;
    }
    if (p === "it" || p === "they") return this.lastGroup;
    return this.lastSpeaker;
  }

  /** The claimant a subject phrase names: a pronoun resolved, else the phrase classified. */
  speaker(phrase: string, via: string | null = null): Claimant | null {
    const p = phrase.trim();
    if (SUBJECT_PRONOUNS.has(p.toLowerCase())) {
      const c = this.resolvePronoun(p);
      return c ? { ...c, via: via ?? c.via } : null;
    }
    if (THE_SOURCE.test(p))
      return this.lastSpeaker?.type === "unnamed_sources"
        ? { ...this.lastSpeaker, via: via ?? this.lastSpeaker.via }
        : unnamedSources(p, via);
    // "Tomás Duarte, 23, joined City. …, the 23-year-old said": the person last named, when the
    // article gave them that age; else the person described ("Tom Reid, 45, was stabbed by a
    // 23-year-old man. The 23-year-old said …" is not Tom Reid).
    const age = AGE_REFERENCE.exec(p);
    if (age && this.lastPerson !== null && this.hasAge(this.lastPerson, age[1]!))
      return { ...this.lastPerson, via: via ?? this.lastPerson.via };
    // "His campaign said …": the campaign of the person last named, "Reyes's campaign".
    const owned = POSSESSIVE_PHRASE.exec(p);
    if (owned) {
      const owner = this.resolvePronoun(POSSESSIVE_TO_SUBJECT[owned[1]!.toLowerCase()]!);
      // Not "its developer's chief executive": an owner named through "its" names no one.
      if (owner && owner.type !== "unnamed_sources" && !ITS_NOUN.test(owner.name))
        return claimantFromPhrase(`${owner.name}'s ${owned[2]}`, via);
    }
    // "The senator's campaign said …" after "Senator Maria Smith": the campaign of the one person
    // the article introduced with that office, "Maria Smith's campaign".
    const roleOwned = p.includes("'s ") || p.includes("’s ") ? ROLE_POSSESSIVE.exec(p) : null;
    if (roleOwned && this.roleHolders !== null && this.position !== Infinity) {
      const holder = this.roleHolders.holderAt(roleOwned[1]!, this.position, true);
      if (holder !== null) return claimantFromPhrase(`${holder}'s ${roleOwned[2]}`, via);
    }
    // "The Obamas said": a family when the article names one of them ("Barack Obama"), where "the
    // Nuggets" is a team.
    const family = this.body === null ? null : pluralNameAfterThe(p);
    if (family !== null && this.namesOneOf(family)) return { name: `the ${cleanName(p)}`, type: "person", via };
    // "The Nuggets said" after "Denver Nuggets guard Christian Braun": a team the article names
    // with its place, or writes as a team ("Valkyries coach Natalie Nakase", "beat the Mystics").
    if (family !== null && this.namesTeam(`${family}s`))
      return { name: `the ${cleanName(p)}`, type: "organization", via };
    const c = claimantFromPhrase(p, via);
    // "In a statement, Breezelite said …" in an article that gives "www.breezelite.com": one
    // unknown word is a body's name when the article writes it as a web address (decision 540);
    // not a mail address ("jane@smith.com" may be a person's).
    if (c.type === "person" && this.body !== null && !c.name.includes(" ") && this.hasWebAddress(c.name))
      return { ...c, type: "organization" };
    return c;
  }

  /** Does the article write the name as a web address ("www.breezelite.com")? Looked for once a name. */
  private hasWebAddress(name: string): boolean {
    const key = `web:${name}`;
    let written = this.familyNames.get(key);
    if (written === undefined) {
      // Cheap first: a dot after the name's letters, in any case.
      const lower = name.toLowerCase();
      // Not a person with a site of their own, whom the words after the name call "he" or "she"
      // ("Lineker said he had 40,000 followers … www.lineker.co.uk"; review of decision 540).
      written =
        this.body!.includes(`${lower}.`) &&
        new RegExp(`www\\.${escapeRegExp(lower)}\\.\\p{Ll}{2,}`, "u").test(this.body!) &&
        !new RegExp(`\\b${escapeRegExp(name)}\\b[^.]{0,40}?\\b(?:he|she|his|her)\\b`, "u").test(this.body!);
      if (this.familyNames.size >= 1024) this.familyNames.clear();
      this.familyNames.set(key, written);
    }
    return written;
  }

  /**
   * Does the article name a team with its place, a capitalised word before the plural name with
   * no "the" ("Denver Nuggets", "the Denver Nuggets"), or write it as a team's (`writtenAsATeam`:
   * "Valkyries coach Natalie Nakase")? Looked for once a name.
   */
  private namesTeam(plural: string): boolean {
    const key = `team:${plural}`;
    let named = this.familyNames.get(key);
    if (named === undefined) {
      const before = new RegExp(`(\\p{L}+)\\s+${escapeRegExp(plural)}\\b`, "gu");
      named = false;
      for (const m of this.body!.matchAll(before))
        if (/^\p{Lu}/u.test(m[1]!) && m[1] !== "The") {
          named = true;
          break;
        }
      if (!named) named = writtenAsATeam(this.body!, plural);
      if (this.familyNames.size >= 1024) this.familyNames.clear();
      this.familyNames.set(key, named);
    }
    return named;
  }

  /** Does the article name someone "<given name> <surname>" ("Barack Obama" for "the Obamas")? Looked for once a name. */
  private namesOneOf(surname: string): boolean {
    let named = this.familyNames.get(surname);
    if (named === undefined) {
      named = fullNameInText(this.body!, surname, this.wordIndex(this.body!)) !== null;
      if (this.familyNames.size >= 1024) this.familyNames.clear();
      this.familyNames.set(surname, named);
    }
    return named;
  }

  lastQuoteSpeaker(): Claimant | null {
    return this.lastSpeaker;
  }

  /**
   * A new writer's text begins (a letter after the one signed above it): no one named before is
   * the "he", "she", "it" or speaker of what follows.
   */
  forgetPeople(): void {
    this.lastPerson = null;
    this.previousPerson = null;
    this.olderPerson = null;
    this.lastSpeaker = null;
    this.lastGroup = null;
  }

  /** A quotation that follows is nobody's already named (a fact-check's "CLAIM:" block). */
  forgetLastSpeaker(): void {
    this.lastSpeaker = null;
  }

  /** An outlet named as a source: if it relayed unnamed sources before, they are the real claimant. */
  outlet(name: string): Claimant {
    const relay = this.relays.find((r) => sameName(r.outlet, name));
    if (relay) return relay.claimant;
    // "According to a person familiar with the matter": a source who is not named.
    if (SOURCE_AT.test(name)) return describedUnnamed(name, null);
    if (namesUnnamedSource(name)) return { name: "unnamed sources", type: "unnamed_sources", via: null };
    return { name: cleanName(name), type: "organization", via: null };
  }
}
