import { NOT_IN_NAMES, sentenceBefore } from "./bodies-named-so-far.ts";
import { isCommonWord } from "./sentence-openers.ts";
import { GIVEN_NAME, mayBeGivenName } from "./person-titles.ts";
import { namedLikeAChannel } from "./channel-names.ts";
import { SERVICE_WORDS } from "./bodies-named-like-people.ts";
import { COMPANY_NAME_ENDINGS, BODIES_WITH_PERSON_LIKE_NAMES, ORGANISATION_WORDS } from "./lexicon.ts";

/**
 * "Rail operator Northern will run 140 fewer trains … . The publicly-owned operator said …": a
 * kind word the sentence before wrote beside a name ("operator Northern", "Northern, the
 * publicly-owned operator") names that body, where `kind-named-just-before.ts` reads a kind word
 * the name ends in ("Lloyds Bank" for "the bank"). Only kinds that are bodies, never people
 * ("the operator" of a crane is a person, but not after "Rail operator Northern"), and only when
 * the sentence writes the kind beside one name and no other (decision 495).
 */
const KINDS = new Set([
  "operator",
  "carrier",
  "lender",
  "retailer",
  "broadcaster",
  "supermarket",
  "insurer",
  // "Irish airline Aer Lingus …. The airline said", "British regulator Ofcom …. The regulator said"
  // (decision 770): bodies' kinds as surely as "carrier", which news copy writes before a name.
  "airline",
  "regulator",
]);

/**
 * Kinds that are also trades of people: "Veteran broadcaster David Dimbleby", "Crane operator Dave
 * Jones", "Mail carrier Joe Smith". Beside a name shaped like a person's, the later "the
 * broadcaster" is that person, not a body, and is left as written.
 */
export const KINDS_PEOPLE_HAVE = new Set([
  "operator",
  "carrier",
  "broadcaster",
  // "Former City regulator Hector Sants", "Banking regulator Andrea Enria" (review of decision 770).
  "regulator",
]);

/**
 * "David Dimbleby", "Dave Jones": a given name and a surname, neither a body's word ("Network
 * Rail"), a company's last word ("Sky News") nor a known body's name ("Virgin Atlantic", "Royal
 * Mail"; decision 540).
 */
export function shapedLikeAPerson(run: string): boolean {
  const words = run.split(/\s+/);
  if (words.length !== 2 || !mayBeGivenName(words[0]!) || !GIVEN_NAME.test(words[1]!)) return false;
  const last = words[1]!.toLowerCase();
  return !ORGANISATION_WORDS.has(last) && !COMPANY_NAME_ENDINGS.has(last) && !BODIES_WITH_PERSON_LIKE_NAMES.has(run);
}

/**
 * "Northern Rail", "Great Western", "Southern Water": two words of a person's shape that name a
 * body by a region's word before or a service's word after, which a given name or a surname seldom
 * is. "Northern Rail, the operator," names no person's post (review of decision 820).
 */
export function namedForARegionOrService(run: string): boolean {
  const space = run.indexOf(" ");
  return REGION_WORDS.has(run.slice(0, space)) || SERVICE_WORDS.has(run.slice(space + 1));
}
/** "Northern", "Thames": a region's word written alone, a body's short name (review of decision 860). */
export function namedForARegion(word: string): boolean {
  return REGION_WORDS.has(word);
}
const REGION_WORDS = new Set(
  "Northern Southern Eastern Western Central Great Greater Grand Royal National United Metropolitan Thames Anglian Midland".split(
    " ",
  ),
);

/** "… and Spencer", "… & Spencer" right after the run. */
const JOINED_NAME_GOES_ON = /^\s+(?:and|&)\s+\p{Lu}/u;

/** A capitalised run of at most four words: "Northern", "Virgin Media O2", a channel's "Canal+" (decision 770). */
const NAME = String.raw`\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3}\+?`;

/** Per kind: the kind before a name ("operator Northern"), or a name described by it ("Northern, the … operator"). */
const WRITTEN_WITH = new Map(
  [...KINDS].map((kind) => [
    kind,
    new RegExp(
      // "Broadcaster ITV" opens its sentence with the kind capitalised.
      String.raw`(?<![\p{L}-])[${kind[0]}${kind[0]!.toUpperCase()}]${kind.slice(1)}\s+(${NAME})|(${NAME}),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?${kind}(?![\p{L}-])`,
      "gu",
    ),
  ]),
);

/** A reference to a body by its kind: "publicly-owned operator", "rail operator", "operator". */
export interface KindReference {
  kind: string;
  /** The reference as written, without "the": "crane operator". */
  phrase: string;
}

/** The kind word a reference ends in, with lowercase words before it, or null. */
export function kindOfReference(name: string): KindReference | null {
  const phrase = name.replace(/^the\s+/i, "");
  const kind = phrase.slice(phrase.lastIndexOf(" ") + 1);
  if (!KINDS.has(kind) || /\p{Lu}/u.test(phrase)) return null;
  return { kind, phrase };
}

/**
 * "The crane operator" is no other kind of operator than the sentence before wrote: a plain word
 * before the kind must be written there with it ("Rail operator Northern" for "the rail
 * operator"). A hyphenated one says who owns or runs the body ("publicly-owned", "state-run") and
 * may be new.
 */
function sameKindAs(sentence: string, reference: KindReference): boolean {
  return onlyOwnersBefore(reference) || sentence.toLowerCase().includes(reference.phrase.toLowerCase());
}

/** Is every word before the kind hyphenated, an owner's or runner's ("publicly-owned", "state-run"), or is there none? */
export function onlyOwnersBefore(reference: KindReference): boolean {
  const words = reference.phrase.split(" ");
  return words.slice(0, -1).every((w) => w.includes("-"));
}

/** Is the run a name, not an opener ("On Monday"), a day or a common word that opens the sentence? */
function isName(run: string): boolean {
  const first = run.split(/\s/, 1)[0]!;
  return !NOT_IN_NAMES.has(run) && !NOT_IN_NAMES.has(first) && !isCommonWord(first.toLowerCase());
}

/**
 * "Northern, which is publicly owned, said …" then "The publicly-owned operator said …": the
 * sentence before says in a relative clause, in the present ("which was publicly owned until 2020"
 * is not), what the reference's hyphenated words say, with the
 * hyphen a space (decision 540). The one name that clause is about, or null.
 */
function bodyDescribedSo(sentence: string, reference: KindReference): string | null {
  const owners = reference.phrase.split(" ").slice(0, -1);
  if (owners.length !== 1) return null;
  const described = owners[0]!.replace("-", " ");
  if (!sentence.includes(described)) return null;
  // Not a name's last words after "of" or "for" ("Transport for Wales, which is …" is not about
  // "Wales"; review of decision 540).
  const clause = new RegExp(
    String.raw`(?<!\b(?:of|for)\s+)(${NAME}),\s+which\s+is\s+(?:now\s+)?${described}(?![\p{L}-])`,
    "gu",
  );
  const found = [...sentence.matchAll(clause)].map((m) => m[1]!);
  return found.length === 1 && isName(found[0]!) ? found[0]! : null;
}

/** A name the sentence before writes beside the kind word. */
export interface NameWrittenWithKind {
  name: string;
  /**
   * "Jane Smith, the regulator,": the kind alone after "the", in apposition, and a kind people have
   * too. It names the post the one before it holds, who may be a person (decision 820); the caller
   * asks the article whether they are.
   */
  namesAPost: boolean;
}

/** ", the regulator": a comma, "the" and the kind, with no word between that says which regulator. */
const THE_KIND_ALONE = /^,\s+the\s+\S+$/;

/**
 * Is the post at [`start`, `end`) one person's? Not "the carrier's chief" (a possessive: the post is
 * another's), nor after "Ann Reyes and Tom Hill" (a pair, of whom the name is only the second).
 */
function postOfTheOneBefore(sentence: string, start: number, end: number): boolean {
  const after = sentence.charCodeAt(end);
  return after !== 39 && after !== 0x2019 && !PAIR_BEFORE.test(sentence.slice(Math.max(0, start - 5), start));
}
const PAIR_BEFORE = /(?:\band|&)\s+$/;

/** The one name the sentence ending before `position` writes beside the kind word, or null. */
export function nameWrittenWithKind(
  body: string,
  position: number,
  reference: KindReference,
): NameWrittenWithKind | null {
  const pattern = WRITTEN_WITH.get(reference.kind);
  if (pattern === undefined) return null;
  const sentence = sentenceBefore(body, position);
  if (onlyOwnersBefore(reference) && !sentence.includes(reference.kind.slice(1))) {
    const described = bodyDescribedSo(sentence, reference);
    return described === null ? null : { name: described, namesAPost: false };
  }
  // The kind's letters after its first, which may be capitalised ("Broadcaster ITV").
  if (!sentence.includes(reference.kind.slice(1)) || !sameKindAs(sentence, reference)) return null;
  let found: NameWrittenWithKind | null = null;
  for (const m of sentence.matchAll(pattern)) {
    const run = (m[1] ?? m[2]!).replace(/['’]s$/, "");
    // "French broadcaster Canal Plus": a channel's name, though "Canal" is a common word and the
    // name has a person's shape (decision 770; decision 725 reads the speaker so).
    const channel = namedLikeAChannel(reference.kind, run);
    if ((!channel && !isName(run)) || (found !== null && found.name !== run)) return null;
    const namesAPost =
      m[2] !== undefined &&
      !channel &&
      KINDS_PEOPLE_HAVE.has(reference.kind) &&
      THE_KIND_ALONE.test(m[0].slice(m[2].length)) &&
      postOfTheOneBefore(sentence, m.index, m.index + m[0].length);
    // "Former City regulator Hector Sants": a trade before a person's name, which the later "the
    // regulator" need not be; "Jane Smith, the regulator," names her post (decision 820).
    if (KINDS_PEOPLE_HAVE.has(reference.kind) && shapedLikeAPerson(run) && !channel && !namesAPost) return null;
    // "Retailer Marks and Spencer": the name runs on past "and", so the run is only its first part.
    if (m[1] !== undefined && JOINED_NAME_GOES_ON.test(sentence.slice(m.index + m[0].length))) return null;
    found = { name: run, namesAPost };
  }
  return found;
}
