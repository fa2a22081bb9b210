import { FIGURES } from "./figures-tell-no-words.ts";

/**
 * "The data will tell you that prices are rising", "“Prices are rising,” the figures will tell
 * you": "you" is anyone who looks, and the figures tell what they show now, so the "will" is no
 * forecast (decision 890). Read narrowly, as figures to come are a forecast ("Figures due on
 * Thursday will show that inflation rose to 4%"):
 * - the verb is "tell you", the generic reader; not "show" nor "tell us", which are as often the
 *   figures' publication to come ("The data will tell us whether the policy worked");
 * - the subject is the count alone, "the data", "the figures" or "Figures" opening the text: any
 *   other word before the count may date it ("Thursday's figures", "the latest figures", "figures
 *   due on Thursday"), and a count named with a capital is a body ("the Office for National
 *   Statistics will tell you", as `figuresTell` reads it).
 */
const TELL_YOU = " will tell you";
// Module constants: esbuild turns a `\p{…}` regex literal inside a function into a new RegExp per call.
const WORD_CHAR = /[\p{L}\d]/u;

/** Is the "will" at `at` in `text` a count's generic "will tell you"? */
export function countTellsYou(text: string, at: number): boolean {
  // Cheap first: the words after "will", then one set look-up of the word before it.
  if (!text.startsWith(TELL_YOU, at - 1) || WORD_CHAR.test(text[at - 1 + TELL_YOU.length] ?? "")) return false;
  const countEnd = at - 1;
  const countStart = text.lastIndexOf(" ", countEnd - 1) + 1;
  const count = text.slice(countStart, countEnd);
  // "Figures will tell you …" opening the text: its capital is the sentence's.
  if (countStart === 0) return FIGURES.has(count.toLowerCase());
  if (!FIGURES.has(count) || countStart < 4) return false;
  const the = text.slice(countStart - 4, countStart - 1);
  // "the data" opening the text, or after a stop or a quotation it tags ("“…,” the data will tell
  // you", "If you look closely, the data will tell you …"); not after a word, which may make the
  // count another ("Not all the figures will tell you …").
  return (
    (the === "the" || the === "The") &&
    (countStart === 4 || (text[countStart - 5] === " " && !WORD_CHAR.test(text[countStart - 6] ?? "")))
  );
}
