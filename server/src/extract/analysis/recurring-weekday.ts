/**
 * A weekday that a sentence has already named in the plural recurs: "Northern will run 140 fewer
 * trains on Sundays …, with some stations losing their Sunday service altogether". "Sundays" is
 * every Sunday, and "their Sunday service" after it is the same Sundays' service, no date. Only a
 * weekday that a lowercase noun follows (a kind of thing, "Sunday service"), and only after its own
 * plural in the 200 chars before it with no full stop between: "Shops open on Sundays. On Sunday
 * the mayor …" and "open on Saturdays, and on Sunday the market …" keep their dates.
 */
const NOUN_AFTER = /^[ \u00a0]+\p{Ll}+/u;

/** Is the weekday `weekday` at [at, end) of `text` a kind of day its plural, before it, makes recur? */
export function weekdayRecursAfterPlural(text: string, at: number, end: number, weekday: string): boolean {
  if (!NOUN_AFTER.test(text.slice(end, end + 24))) return false;
  const before = text.slice(Math.max(0, at - 200), at);
  const sentence = before.slice(before.lastIndexOf(". ") + 1);
  return pluralOf(weekday).test(sentence);
}

/** "\bsundays\b", once per weekday as written (a date's weekday is one of a few words). */
const PLURALS = new Map<string, RegExp>();
function pluralOf(weekday: string): RegExp {
  const key = weekday.toLowerCase();
  let plural = PLURALS.get(key);
  if (plural === undefined) PLURALS.set(key, (plural = new RegExp(`\\b${key}s\\b`, "i")));
  return plural;
}
