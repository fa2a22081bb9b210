import { COORDINATORS, PLURAL_PRESENT_VERBS, showsAVerb } from "./lexicon.ts";
import { NUMBER_WORDS } from "./quantities.ts";

/**
 * An age right after a group's head (decision 870): "people aged 16 to 24", "adults aged over 65",
 * "people aged 65 and over", "children under five", "voters under 30". The figure must be a
 * bare number up to three digits or a number word: "under £20,000", "under 60% of …" and
 * "under 1,000 metres" are no ages. A second figure is not "over" or "under" ("65 and over").
 */
const AGE_AFTER_HEAD =
  /^[ \u00a0]+(?:aged[ \u00a0]+(?:(?:over|under|between)[ \u00a0]+)?|(?:under|over)[ \u00a0]+)(\d{1,3}|\p{Ll}+)(?:(?:[ \u00a0]+(?:to|and)[ \u00a0]+|[-–])(?!(?:over|under|older|above)(?![\p{L}]))(\d{1,3}|\p{Ll}+))?(?:[ \u00a0]+(?:and|or)[ \u00a0]+(?:over|under|older|above))?(?![\p{L}\d%-]|[.,]\d|[ \u00a0]*[%\p{Sc}])/u;

/** Is `figure` a bare number or a number word ("five", "thirty")? */
function isAgeFigure(figure: string | undefined): boolean {
  // A digit's char code is below "A"'s: the regex has already kept digits to three.
  return figure === undefined || figure.charCodeAt(0) < 65 || Object.hasOwn(NUMBER_WORDS, figure);
}

/**
 * A unit or a rate after the figure, which no age has (decision 870's review): "under 60 per cent",
 * "over 70 mph", "over 48 a week", "over one year of service", "under 5 lb", "over 18 stone",
 * "under 25 hour contracts". Plurals ("48 hours", "five years") are refused where the group is read.
 */
const UNIT_AFTER_FIGURE = new Set(
  (
    "per percent pc a an mph kph km kg lb st stone ft cm mm m g mile metre meter inch pound point degree " +
    "hour minute day night week weekend month year"
  ).split(" "),
);

/** What follows a figure: one or two lowercase words, or a spaced dash before a figure ("– 24"). */
const WORDS_OR_DASH_AFTER = /^[ \u00a0]+(?:(\p{Ll}+)(?:[ \u00a0]+(\p{Ll}+))?|[-–—][ \u00a0]*\d)/u;
const SPACES = /[ \u00a0]+/;

/**
 * "children under one were", "babies under one who", "children under one in Wales": the words an
 * age of one may stand before (decision 920). Any other lowercase word is what "one" counts, no
 * age: "workers under one contract", "staff under one roof", "drivers over one lane". Its review
 * added "or", an adverb or a time's word ("babies under one also need", "children under one each
 * year") and a negated auxiliary, whose "n" ends the word read ("children under one weren't").
 */
const AFTER_AN_AGE_OF_ONE = new Set(
  (
    "in who which that across living get need or " +
    "each every this last now also still often already only " +
    "wasn weren isn aren don doesn didn haven hasn hadn"
  ).split(" "),
);
/** A present verb of `PLURAL_PRESENT_VERBS` follows an age of one too: "babies under one sleep" (decision 960). */
function followsAnAgeOfOne(word: string): boolean {
  return showsAVerb(word) || COORDINATORS.has(word) || AFTER_AN_AGE_OF_ONE.has(word) || PLURAL_PRESENT_VERBS.has(word);
}

/**
 * Does the age end where `rest` (the text right after it) starts? Not before "+" ("aged 65+"), a
 * range it could not read whole ("aged 16 – 24", "aged sixteen to twenty-four") or a unit; "one
 * year old" is an age. `one`: the age's last figure is "one", which a singular noun after it
 * shows to be a count ("under one contract").
 */
function endsAnAge(rest: string, one: boolean): boolean {
  const c = rest.charCodeAt(0);
  if (c === 43) return false; // "+"
  if (c !== 32 && c !== 0xa0) return true;
  const m = WORDS_OR_DASH_AFTER.exec(rest);
  if (m === null) return true;
  const word = m[1];
  // "aged 16 – 24": a spaced dash before a figure.
  if (word === undefined) return false;
  if (word === "to") return false;
  if (UNIT_AFTER_FIGURE.has(word)) return m[2] === "old";
  return !one || followsAnAgeOfOne(word);
}

/**
 * "adults aged 65+", "people aged 18+" (decision 920): one figure after "aged" and a "+" that ends
 * it, read as "and over". Not without "aged" ("voters over 65+"), nor a range ("aged 16-24+").
 */
const AGED_PLUS = /^[ \u00a0]+aged[ \u00a0]+\d{1,3}\+(?![\p{L}\d+])/u;

/**
 * "people in their 20s", "women in their early thirties", "adults in their 50s and 60s" (decision
 * 920): a decade of life after "in their". Not "in their homes", "in their 20s-era flats".
 */
const IN_THEIR_DECADE =
  /^[ \u00a0]+in[ \u00a0]+their[ \u00a0]+(?:(?:early|mid|late)[- \u00a0])?(?:[1-9]0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?:[ \u00a0]+(?:and|or)[ \u00a0]+(?:(?:early|mid|late)[- \u00a0])?(?:[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))?(?![\p{L}\d-])/u;

/**
 * The age written from the start of `after` (the text right after a head of people), as
 * [its words, how many chars of `after` it takes], or undefined. Cheap test first: " aged",
 * " under" or " over".
 */
export function ageAfterHead(after: string): [string, number] | undefined {
  const c = after.charCodeAt(1);
  // "i": the first letter of "in their 20s".
  if (c === 105) return wordsOf(IN_THEIR_DECADE.exec(after));
  // "a", "u", "o": the first letter of "aged", "under" or "over".
  if (c !== 97 && c !== 117 && c !== 111) return undefined;
  const m = AGE_AFTER_HEAD.exec(after);
  if (m === null) return undefined;
  if (!isAgeFigure(m[1]) || !isAgeFigure(m[2])) return undefined;
  const rest = after.slice(m[0].length);
  if (rest.charCodeAt(0) === 43) return c === 97 ? wordsOf(AGED_PLUS.exec(after)) : undefined;
  // "children aged one attend": after "aged", "one" is always an age (the decision's review).
  if (!endsAnAge(rest, c !== 97 && (m[2] ?? m[1]) === "one")) return undefined;
  return wordsOf(m);
}

/** An age's match as [its words, spaces made single, how many chars it takes]. */
function wordsOf(m: RegExpExecArray | null): [string, number] | undefined {
  return m === null ? undefined : [m[0].trim().split(SPACES).join(" "), m[0].length];
}
