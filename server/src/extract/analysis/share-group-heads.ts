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
    "leaseholders freeholders mortgagors homebuyers diners holidaymakers"
  ).split(" "),
);

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
