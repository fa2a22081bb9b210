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
 * Does the age end where `rest` (the text right after it) starts? Not before "+" ("aged 65+"), a
 * range it could not read whole ("aged 16 – 24", "aged sixteen to twenty-four") or a unit; "one
 * year old" is an age.
 */
function endsAnAge(rest: string): boolean {
  const c = rest.charCodeAt(0);
  if (c === 43) return false; // "+"
  if (c !== 32 && c !== 0xa0) return true;
  const m = WORDS_OR_DASH_AFTER.exec(rest);
  if (m === null) return true;
  const word = m[1];
  // "aged 16 – 24": a spaced dash before a figure.
  if (word === undefined) return false;
  return word !== "to" && (!UNIT_AFTER_FIGURE.has(word) || m[2] === "old");
}

/**
 * The age written from the start of `after` (the text right after a head of people), as
 * [its words, how many chars of `after` it takes], or undefined. Cheap test first: " aged",
 * " under" or " over".
 */
export function ageAfterHead(after: string): [string, number] | undefined {
  const c = after.charCodeAt(1);
  // "a", "u", "o": the first letter of "aged", "under" or "over".
  if (c !== 97 && c !== 117 && c !== 111) return undefined;
  const m = AGE_AFTER_HEAD.exec(after);
  if (m === null || !isAgeFigure(m[1]) || !isAgeFigure(m[2]) || !endsAnAge(after.slice(m[0].length))) return undefined;
  return [m[0].trim().split(SPACES).join(" "), m[0].length];
}
