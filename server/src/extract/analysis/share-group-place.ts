/** The place a share's group lives in, written after its head: "adults in Wales". */
import { isDayOrMonthName } from "./day-or-month-at.ts";
import { POSSESSIVE, pluralAfter, VERBS_IN_S, WORD } from "./share-group-text.ts";

/**
 * The place a share's group lives in, read after its head (decision 830): "adults in Wales",
 * "voters in the UK", "pupils in Northern Ireland".
 */
const PLACE_AFTER = /^[ \u00a0]+in[ \u00a0]+((?:the[ \u00a0]+)?\p{Lu}[\p{L}]*(?:[ \u00a0]+\p{Lu}[\p{L}]*){0,2})/u;
/** "adults in January", "voters in Monday’s poll": a month or a weekday, written capitalised, is no place. */
const CAPITALISED_ONLY = /^[A-Z][a-z]*$/;
function isWhenWord(word: string): boolean {
  return CAPITALISED_ONLY.test(word) && isDayOrMonthName(word);
}
/** "in YouGov’s poll", "in the Labour heartlands": the capitalised words modify a noun after them. */
const PLACE_MODIFIES = new RegExp(
  `^(?:${POSSESSIVE}|${pluralAfter([...VERBS_IN_S, "always", "perhaps", "sometimes"])})`,
  "u",
);

/**
 * The place written right after a group's head ending at `headEnd` of `text` ("Wales", "the UK"),
 * or undefined where none is, it is a month or a weekday, or it modifies a noun after it.
 */
export function placeAfterHead(text: string, headEnd: number): string | undefined {
  const place = PLACE_AFTER.exec(text.slice(headEnd, headEnd + 48));
  if (place === null) return undefined;
  const placeWords = place[1]!.split(WORD);
  const placeEnd = headEnd + place[0].length;
  if (placeWords.some(isWhenWord) || PLACE_MODIFIES.test(text.slice(placeEnd, placeEnd + 24))) return undefined;
  return placeWords.join(" ");
}
