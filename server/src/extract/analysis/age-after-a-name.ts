/**
 * An age written after a person's name between commas, as news copy gives it: "Tom Whitfield, 34,
 * from Belper", "his wife, Jane Smith, 61, said …", and after "aged": "a man, aged 60, was
 * arrested". Counted in years, as "34 years old" is. A place's count after its name ("cases in
 * Kent, 34, and Essex, 28") is left alone: a preposition before the name says it is a place.
 */
const AGED_BEFORE = /\baged[ \u00a0]+$/i;
/** Two capitalised words (a first name and a surname), a comma: "Tom Whitfield, ". */
const NAME_BEFORE =
  /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}*\.?)?[ \u00a0]+\p{Lu}[\p{Ll}'’-]+),[ \u00a0]+$/u;
/** What may follow the age: a comma or a closing bracket, as the aside closes. */
const AGE_CLOSES = /^[ \u00a0]*[,)]/;
const NOT_A_FIRST_NAME = /^(?:In|At|On|From|For|By|Of|To|The|And|But|With|After|Before|Across|Near|Since|During)\b/;
const PLACE_PREPOSITION = /\b(?:in|at|from|to|for|across|near|of|into|between)[ \u00a0]+$/i;

/** Is the bare number `number` (digits) at `at` a person's age? */
export function ageAfterName(text: string, at: number, number: string): boolean {
  if (number.length > 3 || !/^\d+$/.test(number) || Number(number) > 120) return false;
  if (!AGE_CLOSES.test(text.slice(at + number.length, at + number.length + 3))) return false;
  const before = text.slice(Math.max(0, at - 48), at);
  if (AGED_BEFORE.test(before)) return true;
  const m = NAME_BEFORE.exec(before);
  // "In London, 34,", "The Smiths, 4,": a capitalised preposition or determiner opens no name.
  if (m === null || NOT_A_FIRST_NAME.test(m[1]!)) return false;
  return !PLACE_PREPOSITION.test(before.slice(0, m.index + m[0].length - m[1]!.length - 2));
}
