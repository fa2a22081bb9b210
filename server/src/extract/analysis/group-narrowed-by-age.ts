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
 * The age written from the start of `after` (the text right after a head of people), as
 * [its words, how many chars of `after` it takes], or undefined. Cheap test first: " aged",
 * " under" or " over".
 */
export function ageAfterHead(after: string): [string, number] | undefined {
  const c = after.charCodeAt(1);
  // "a", "u", "o": the first letter of "aged", "under" or "over".
  if (c !== 97 && c !== 117 && c !== 111) return undefined;
  const m = AGE_AFTER_HEAD.exec(after);
  if (m === null || !isAgeFigure(m[1]) || !isAgeFigure(m[2])) return undefined;
  return [
    m[0]
      .trim()
      .split(/[ \u00a0]+/)
      .join(" "),
    m[0].length,
  ];
}
