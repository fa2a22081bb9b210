/**
 * "the first woman since 1990 to win the race", "the first full year since records began to exceed
 * 1.5C": a first since with "to" and a verb after it says no one (or nothing) did the act between,
 * a record whether the phrase opens the text, follows a day's opener or stands beside it.
 * `claimKind`'s `FIRST_SINCE` sets aside the noun phrase that opens the text ("On Monday, the first
 * flight since the crash took off" names an event); this reads the act that makes it a record
 * (decision 685). Lower case after "to", and no determiner: "the first flight since the crash to
 * Jakarta" and "the first rise since 2008 to the end of May" name a place or a span, not an act.
 */
const FIRST_SINCE_TO_DO =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Za-z]+['’]s) first(?: [a-z-]+){0,2} ([a-z-]+) since (?:\d{4}|records began|the (?:\d{4} )?[a-z]+|an? [a-z]+|last [a-z]+|then) to (?!(?:the|an?|its|his|her|their|our|my|your|this|that|these|those|date)\b)[a-z]{2,}\b/;

/**
 * A gathering or a journey held for a purpose: "the first meeting since the election to discuss
 * the budget", "the first talks since the ceasefire to end the war", "the first march since 2003
 * to oppose a war" name the event and what it is for, not an act no one did between.
 */
const HELD_FOR = new Set([
  "meeting",
  "meetings",
  "talks",
  "summit",
  "visit",
  "trip",
  "hearing",
  "consultation",
  "rally",
  "march",
  "protest",
  "session",
  "negotiations",
  "mission",
]);

/** Does the text hold a first since with "to" and a verb after it? */
export function firstSinceToDo(text: string): boolean {
  // Cheap first: both words, with their spaces, before the regex.
  if (!text.includes(" since ") || !text.includes(" to ")) return false;
  const m = FIRST_SINCE_TO_DO.exec(text);
  return m !== null && !HELD_FOR.has(m[1]!);
}
