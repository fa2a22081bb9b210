/**
 * "a thousand people", "a million dollars": a scale after "a" alone is one of it, counting the
 * plural after it. Without a plural it is too often an idiom to count ("one in a million", "a
 * million-dollar question", "a thousand-strong crowd", "a thousand and one nights"), and a few
 * plurals after it are hyperbole, not a count: "I have said it a thousand times", "a million miles
 * away", "smashed into a million pieces", "worth a thousand words", "a thousand points of light",
 * "never in a million years", "looked like a million dollars".
 */

/** Plurals a scale after "a" exaggerates rather than counts. */
const HYPERBOLE_PLURALS = new Set([
  "times",
  "thanks",
  "apologies",
  "pieces",
  "ways",
  "reasons",
  "words",
  "cuts",
  // "a million things could go wrong": no one counted them.
  "things",
]);
/**
 * Plurals that are hyperbole or a slogan only before certain words: "a million miles away", "a
 * million miles from the truth" (a distance no one measured), "a thousand points of light".
 */
const IDIOM_AFTER: Record<string, RegExp> = {
  miles: /^[ \u00a0]+(?:away|from)\b/i,
  points: /^[ \u00a0]+of[ \u00a0]+light\b/i,
};

/**
 * Plurals that are an idiom only after certain words before "a": "never in a million years" (no
 * span anyone measured; "the worst flood in a thousand years" still counts), "looked like a
 * million dollars" ("paid a million dollars" counts).
 */
const IDIOM_BEFORE: Record<string, RegExp> = {
  years: /\b(?:never|not)[ \u00a0]+in[ \u00a0]+$/i,
  dollars: /\blike[ \u00a0]+$/i,
  bucks: /\blike[ \u00a0]+$/i,
};

/**
 * Is the figure a scale after "a" counts (`unit` its counted noun, `end` where it ends in `text`,
 * `aAt` where its "a" starts, -1 after a qualifier) one to keep? `countsPlural` says whether the unit is a plural.
 */
export function scaleAfterACounts(
  unit: string | null,
  text: string,
  end: number,
  aAt: number,
  countsPlural: (unit: string | null) => boolean,
): boolean {
  if (!countsPlural(unit) || HYPERBOLE_PLURALS.has(unit!)) return false;
  const before = IDIOM_BEFORE[unit!];
  if (before !== undefined && aAt >= 0 && before.test(text.slice(Math.max(0, aAt - 12), aAt))) return false;
  const idiom = IDIOM_AFTER[unit!];
  return idiom === undefined || !idiom.test(text.slice(end, end + 12));
}
