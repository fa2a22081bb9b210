import { PERFECT_HAVE } from "./lexicon.ts";
/**
 * The phrase before "forecasts", "estimates" or "forecast" when the word is a noun, the object of
 * a verb, not a forecaster's verb: earnings copy is full of "Halvorsen Foods beat forecasts",
 * "Tesla topped estimates", "Economists revised their estimates upward", "Halvorsen lowered its
 * profit forecast". Read as a forecaster, the words before it became a person called "Halvorsen
 * Foods beat". And "The IMF has forecast growth of 3%" is the IMF's forecast in the perfect: the
 * auxiliary is no part of the forecaster's name.
 */

/**
 * Verbs that take a forecast or an estimate as their object, in the forms that are not regular
 * "-ed" pasts (those are read by their ending): "beat forecasts", "cuts its forecast", "met estimates".
 */
const VERBS_OF_A_FORECAST = new Set(
  (
    "beat beats top tops miss misses meet meets met cut cuts raise raises lift lifts trim trims " +
    "slash slashes exceed exceeds surpass surpasses revise revises lower lowers hike hikes boost boosts " +
    "upgrade upgrades downgrade downgrades reiterate reiterates maintain maintains keep keeps kept " +
    "confirm confirms withdraw withdraws withdrew scrap scraps issue issues publish publishes release releases " +
    "set sets"
  ).split(" "),
);
/** Determiners that open a verb's object: "revised their estimates", "lowered its profit forecast". */
const OBJECT_DETERMINERS = new Set("its their his her our the a an".split(" "));
/**
 * "-ed" words that describe a group of forecasters rather than act on a forecast: "Analysts
 * surveyed expect", "Economists polled by Reuters forecast …", "Some unnamed officials expect".
 */
const GROUP_PARTICIPLES = new Set(
  "polled surveyed interviewed questioned consulted contacted asked quoted cited unnamed retired combined united elected".split(
    " ",
  ),
);
/**
 * Prepositions after an "-ed" word that make it a participle describing the group, not a verb
 * acting on a forecast: "Analysts tracked by LSEG expect …", "Economists based in London forecast
 * …", "Consultants hired by the council estimate …". A verb's object follows it directly.
 */
const PREPOSITIONS_AFTER_A_PARTICIPLE = new Set("by in at from for with across near under".split(" "));

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Is the lowercase word at i of `words` the verb that takes the forecast as its object? */
function verbOfTheForecast(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (VERBS_OF_A_FORECAST.has(w)) return true;
  if (!w.endsWith("ed") || w.length < 5 || GROUP_PARTICIPLES.has(w)) return false;
  const next = words[i + 1];
  if (next !== undefined && PREPOSITIONS_AFTER_A_PARTICIPLE.has(next)) return false;
  // "Inflation exceeded forecasts", "revised their estimates", "Tesla topped Wall Street
  // estimates": a past right before the forecast word, before its object's determiner or after a
  // name. "Some respected economists expect" keeps its adjective.
  return next === undefined || OBJECT_DETERMINERS.has(next) || isCapitalised(words[i - 1]!);
}

/**
 * The forecaster's phrase as it should be looked up, given the words written before the forecast
 * verb ("The IMF has" before "forecast": "The IMF"), or null when a verb before it makes the
 * forecast word a noun ("Halvorsen Foods beat" before "forecasts"). `verb` is the forecast word
 * as written.
 */
export function forecasterPhrase(phrase: string, verb: string): string | null {
  const words = phrase.split(/\s+/);
  // "The IMF has forecast growth of 3%": only "forecast", whose participle is its base form.
  const last = words[words.length - 1]!;
  if (words.length > 1 && verb === "forecast" && PERFECT_HAVE.has(last)) {
    words.pop();
    return words.length === 1 && words[0] === "The" ? null : words.join(" ");
  }
  for (let i = 1; i < words.length; i++) if (!isCapitalised(words[i]!) && verbOfTheForecast(words, i)) return null;
  return phrase;
}
