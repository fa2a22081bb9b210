import { PEOPLE_PLURALS } from "./people-plurals.ts";

/**
 * The words a share's group may end in (decisions 830 and 870): people, households and the bodies
 * a survey counts. A share of anything else ("of the cost", "of GDP", "of income") is of a measure.
 */

/** Households and the bodies a survey counts: they have a size, not an age ("businesses under 50 staff"). */
const BODY_HEADS = new Set("households families homes businesses firms companies employers schools".split(" "));

/** People as decision 830 listed them: by age, sex, place in a household, school, work or care. */
const PEOPLE_HEADS = new Set(
  (
    "adults children kids teenagers teens youngsters pupils students graduates people men women boys girls " +
    "parents mothers fathers voters workers employees staff residents patients " +
    "respondents users customers consumers renters tenants homeowners buyers drivers smokers pensioners " +
    "retirees migrants immigrants refugees citizens doctors nurses teachers babies infants"
  ).split(" "),
);

/**
 * People named by what they do, use, own or pay, as surveys and official figures count them
 * (decision 870): "20% of motorists", "a third of landlords" ("landlords" is one of `PEOPLE_PLURALS`),
 * "45% of commuters". Each is a word for people only: none is also a measure or a thing.
 */
const PEOPLE_BY_WHAT_THEY_DO = new Set(
  (
    "motorists commuters shoppers taxpayers cyclists pedestrians passengers travellers travelers " +
    "borrowers savers investors claimants jobseekers carers caregivers apprentices learners " +
    "subscribers viewers listeners readers drinkers gamblers vapers landowners householders " +
    "leaseholders freeholders mortgagors homebuyers diners holidaymakers " +
    // Decision 920: people named by how they work, what they seek or where they are held.
    "freelancers contractors entrepreneurs volunteers donors tourists visitors trainees interns " +
    "veterans prisoners inmates offenders applicants undergraduates postgraduates"
  ).split(" "),
);

/**
 * The work a listed head of workers does, as a noun before it (decision 920): "gig workers", "care
 * workers", "key workers", "factory staff". Read only right before "workers", "staff" or
 * "employees": "the money workers earn" gives none, and "the care home residents" (three words
 * after "of", "the" one of them).
 */
const KINDS_OF_WORK = new Set(
  (
    "gig care key farm factory office shift health agency aid rail retail hospitality construction " +
    "warehouse delivery platform council transport"
  ).split(" "),
);
const WORKERS = new Set(["workers", "staff", "employees"]);

/**
 * The homes whose people a survey counts, before "home" and a head of their residents or staff
 * (decision 960): "care home residents", "nursing home staff". Not "care home fees", "care home
 * places": no head follows.
 */
const KINDS_OF_HOME = new Set(["care", "nursing"]);
const PEOPLE_OF_A_HOME = new Set(["residents", "staff", "workers"]);

/**
 * Is `words[at]` the kind of work of the head after it ("gig" before "workers"), or a word of
 * "care home" before the head of a home's people?
 */
export function isKindOfWork(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  const next = words[at + 1];
  if (next === undefined) return false;
  if (WORKERS.has(next) && KINDS_OF_WORK.has(word)) return true;
  if (word === "home") return PEOPLE_OF_A_HOME.has(next) && at > 0 && KINDS_OF_HOME.has(words[at - 1]!);
  return next === "home" && KINDS_OF_HOME.has(word) && PEOPLE_OF_A_HOME.has(words[at + 2] ?? "");
}

/** "over-65s", "under-18s", "over-50s": people named by an age bracket (decision 920). */
const AGE_BRACKET = /^(?:over|under)-\d{1,2}s$/;

/** Is `word` people named by an age bracket? Cheap test first: a "-" after "over" or "under". */
export function isAgeBracket(word: string): boolean {
  return (word.charCodeAt(4) === 45 || word.charCodeAt(5) === 45) && AGE_BRACKET.test(word);
}

/**
 * People named by an adjective after "the" (decision 920): "the young", "the elderly", "the
 * unemployed". Read only after "the", and only where a verb, a stop or "in" follows
 * (`verbOrNoWordAfter`, share-group-words.ts): "the young people", "the poor harvest" are a
 * modifier and its noun.
 */
const PEOPLE_AFTER_THE = new Set(
  "young elderly unemployed disabled self-employed poor homeless rich old sick".split(" "),
);
/**
 * Of `PEOPLE_AFTER_THE`, those as often a modifier of a thing (decision 960): "the old town", "the
 * sick pay", "the rich list", "the Old Bailey". People only before a verb or the clause's end.
 */
const MODIFIERS_AFTER_THE = new Set(["rich", "old", "sick"]);

/** Is `word` people after "the" ("the young", "the unemployed")? */
export function isPeopleAfterThe(word: string): boolean {
  return PEOPLE_AFTER_THE.has(word);
}

/** Is `word`, people after "the", as often a modifier ("the old town")? */
export function isModifierAfterThe(word: string): boolean {
  return MODIFIERS_AFTER_THE.has(word);
}

/**
 * Is `word` a lowercase head of a group: people or a body a survey counts? `ofRate`: the head is
 * named before a rate's figure ("the rate for women rose to 5%"). There only decision 830's heads
 * count: people named by what they do, use, own or pay are charged rates ("the rate for borrowers",
 * "the rate for members", "the rate for investors is 4%"), which are prices, not shares of them.
 */
export function isListedGroupHead(word: string, ofRate = false): boolean {
  if (PEOPLE_HEADS.has(word) || BODY_HEADS.has(word)) return true;
  return !ofRate && (PEOPLE_PLURALS.has(word) || PEOPLE_BY_WHAT_THEY_DO.has(word));
}

/** Is `word` a head of households or bodies, which a survey narrows by size, not by age? */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word);
}
