import { WEEKDAYS } from "./dates.ts";

/**
 * "Every summer he would drive to Cornwall", "On Sundays, my grandfather would walk to the
 * harbour", "As a child, Smith would spend hours in the library": after a time that recurs (or a
 * past stretch of life), "would" tells what someone used to do, a narrative's past; it forecasts
 * nothing. The opener must start the text and the subject between it and "would" be a person: a
 * pronoun, a relative ("my father", "her mother") or a titled name ("Ms Reeves"). A bare
 * capitalised name counts only after a stretch of life, which only a person has: after a time that
 * recurs it is as often a party, a firm or a country with a plan ("Every year Labour would cut
 * taxes", "Every summer Ryanair would add 20 routes, the airline said", "Every year Russia would
 * supply 50 billion cubic metres of gas"). "Every year the scheme would save £2m" and "Every
 * household would pay £200 more" are a plan's forecast, and so is any sentence with a condition or
 * a plan ("if", "unless", "under").
 */
/** "Sunday" or "sunday", as the opener's regex minds case (for the subject's capitalised name). */
const WEEKDAY = WEEKDAYS.map((d) => `[${d[0]!.toUpperCase()}${d[0]}]${d.slice(1)}`).join("|");
const RECURRING_TIME = String.raw`(?:every|each) (?:morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter|spring|autumn|Christmas|Easter|holiday|${WEEKDAY})|on (?:${WEEKDAY})s|most (?:mornings|evenings|nights|days|weekends|summers|winters)`;
const STRETCH_OF_LIFE = String.raw`in those days|back then|as a (?:child|boy|girl|teenager|student|young (?:man|woman))`;
const NAME = String.raw`(?:\p{Lu}[\p{L}’'-]+ ){0,2}\p{Lu}[\p{L}’'-]+`;
const PERSON = String.raw`he|she|they|we|I|(?:my|his|her|their|our) [a-z]+|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.? ${NAME}`;
/** The opener (its first letter lowered), a comma or none, the subject, an adverb of habit. */
const HABIT_BEFORE_WOULD = new RegExp(
  String.raw`^(?:(?:${RECURRING_TIME}),? (?:${PERSON})|(?:${STRETCH_OF_LIFE}),? (?:${PERSON}|${NAME})) (?:(?:often|always|usually|sometimes) )?$`,
  "u",
);
/**
 * "Every week, Johnson would meet the Queen at Buckingham Palace", "Every Sunday Thatcher would phone
 * her son": a bare name after a time that recurs reads as a person's habit when what the name
 * would do is a person's own routine (meeting a person, a visit, a call, a walk, a prayer), which a
 * party, a firm or a country with a plan does not do ("Every year Labour would cut taxes", "Every
 * month OPEC would cut output"). "meet" only before a person ("the Queen", "his", "her"): "Every
 * year Labour would meet its target" or "meet NATO's target" is a plan's.
 */
const BARE_NAME_BEFORE_WOULD = new RegExp(
  String.raw`^(?:${RECURRING_TIME}),? ${NAME} (?:(?:often|always|usually|sometimes) )?$`,
  "u",
);
const PERSONS_ROUTINE =
  /^would (?:(?:often|always|usually|sometimes) )?(?:meet (?:the (?:Queen|King|Pope|President|Prime Minister)|his|her)|visit|phone|ring|walk|paint|pray|swim|jog|cycle|dine|lunch|sleep|sit)\b/;
/**
 * A condition or a plan makes "would" a forecast whatever opens the sentence, and so does a promise
 * or an expectation reported of it: "Every year Trump would visit China, he promised", "…, the White
 * House announced", "…, aides expect".
 */
const CONDITION_OR_PLAN =
  /\b(?:if|unless|under|plan|plans|proposal|scheme|promised|promises|pledged|pledges|vowed|vows|announced|expects?|expected)\b/i;

/**
 * Is the "would" at `at` (as PREDICTION matched it) a habit in the past, after an opener that recurs?
 * `announced`: a speaker said or told the text ("…, the Treasury said", "…, Farage told supporters";
 * `routineAnnounced`). A bare name's routine announced so is the speaker's plan (decision 750):
 * "Every year Reform would visit 100 towns, Farage told supporters". Told by the article it stays a
 * habit, a firm's as a person's ("Every year Tesla would visit the plant in Shanghai"), and a person
 * named as one ("Every Sunday my father would walk to the harbour, my mother said") is a habit
 * whoever tells it.
 */
export function wouldOfHabit(text: string, at: number, announced = false): boolean {
  // Cheap first: the opener and its subject are short, so "would" stands near the start.
  if (at > 60) return false;
  const head = text.charAt(0).toLowerCase() + text.slice(1, at);
  const habit =
    HABIT_BEFORE_WOULD.test(head) ||
    // The routine first: a short pattern, where the name's letter classes make a long one to compile
    // for each new kind of string (decision 655).
    (!announced && PERSONS_ROUTINE.test(text.slice(at, at + 50)) && BARE_NAME_BEFORE_WOULD.test(head));
  return habit && !CONDITION_OR_PLAN.test(text);
}
