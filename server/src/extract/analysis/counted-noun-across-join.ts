import type { ExtractedClaim, Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { countsPlural, SCALED_FIGURE, verbAfterBareFigure } from "./parallel-counted-noun.ts";
import { NUMBER_WORDS } from "./quantities.ts";
import { isPersonNoun } from "./article-pronoun.ts";
import { isYear } from "./lexicon.ts";

/**
 * "The company cut 500 jobs and 200 will go next year": the clause after "and" is split off
 * ([decision 370](../../../../docs/decisions/370-figures-and-dates-left-from-the-sixteenth-read.md)),
 * and read alone its "200" counted nothing. `parallelCountedNounAt` lends the noun inside one
 * claim ("Police arrested 12 men, but three were released"); across a split it never saw the
 * figure before. The unit the claim's opening bare figure takes from the last figure of the claim
 * before it in the sentence (`previous`), or null. Only when:
 * - the claim opens with the figure, which has no unit and is no year, and a verb a clause of a
 *   bare figure goes on with follows it ("will", "were", "remain": `verbAfterBareFigure`);
 * - the claim before ends its figure right before ", and", "and", ", but", ", while" or
 *   ", whereas", and that figure counts a plural noun with no scale ("5 million phones" lends
 *   nothing: "4 million" alone may be of anything).
 */
const JOIN = /^(?:,?[ \u00a0]+and|,[ \u00a0]+(?:but|while|whereas))[ \u00a0]+$/;
// "three of them were released": "of them" or "of those" between the figure and its verb counts
// the same plural as the figure alone would.
const WORD_AFTER = /^(?:[ \u00a0]+of[ \u00a0]+(?:them|those))?[ \u00a0]+([a-z]+)/;
const SINGULAR_VERBS = new Set(["is", "was", "has"]);

export function countedNounAcrossJoin(body: string, claim: ExtractedClaim, previous: ExtractedClaim): string | null {
  const q = claim.quantities[0];
  if (q === undefined || q.unit !== null || q.start !== claim.start || isYear(q.text)) return null;
  const unit = nounLentAt(body, q.start, q.end, q.value, previous);
  // Digits after a plural are most often a count of it: only what befalls people alone takes the
  // noun away, never what may befall animals or things (a review of decision 450).
  return unit !== null && countsLivingThings(unit, body.slice(q.end, q.end + 40))
    ? unit
    : peopleOnlyIfSaidOfPeople(body, q.end, unit, SAID_ONLY_OF_PEOPLE);
}

/**
 * The plural the last figure of `previous` counts, lent to a figure at body[start, end) of value
 * `value` that opens the next claim, or null (the tests above).
 */
function nounLentAt(body: string, start: number, end: number, value: number, previous: ExtractedClaim): string | null {
  const p = previous.quantities[previous.quantities.length - 1];
  if (p === undefined || p.unit === null || p.end !== previous.end || start - p.end > 10) return null;
  if (!countsPlural(p.unit) || SCALED_FIGURE.test(p.text) || !JOIN.test(body.slice(p.end, start))) return null;
  const after = WORD_AFTER.exec(body.slice(end, end + 24));
  if (after === null || !verbAfterBareFigure(after[1]!)) return null;
  // "…, but 5 is the number it can afford": a singular verb after more than one is no count of them.
  return value !== 1 && SINGULAR_VERBS.has(after[1]!) ? null : p.unit;
}

const OPENING_WORD = /^[a-z]+/;
/**
 * What befalls people, said of the number word's clause: "Police stopped 60 cars, and two were
 * arrested", "searched 40 homes, and four were found alive", "has 200 beds, and nine were waiting"
 * are no count of cars, homes or beds (a review of decision 415).
 */
const SAID_OF_PEOPLE =
  /^[^,.;:!?]{0,24}?\b(?:arrested|charged|detained|jailed|convicted|sentenced|injured|hurt|wounded|alive|dead|died|hospitali[sz]ed|questioned|interviewed|waiting|missing|rescued|evacuated)\b/i;
/**
 * The narrower test for digits (a review of decision 450): "lost 200 bags, and 40 are still
 * missing", "hit 300 homes, and 40 were evacuated", "made 300 transactions, and 12 were charged
 * twice" and "had 60 cars, and 12 were waiting" count bags, homes, transactions and cars.
 */
const SAID_ONLY_OF_PEOPLE =
  /^[^,.;:!?]{0,24}?\b(?:arrested|charged(?![ \u00a0]+(?:twice|again|for|more|extra|[$£€\d]))|detained|jailed|convicted|sentenced|injured|hurt|wounded|alive|dead|died|hospitali[sz]ed|questioned|interviewed|rescued)\b/i;
/**
 * Plurals of people the person lexicon lacks: since decision 450 digits go through the test too,
 * and "detained 40 protesters, and 12 were arrested" lost its "protesters" (a review of decision 450).
 */
const PEOPLE_PLURALS = new Set(
  "people men women children police staff soldiers troops civilians hostages refugees migrants protesters demonstrators rioters marchers fans supporters tourists guests shoppers voters adults pensioners babies infants miners climbers hikers swimmers runners athletes pilgrims sailors fishermen firefighters crew worshippers squatters".split(
    " ",
  ),
);
/** Plurals of animals, which may be hurt, rescued, found dead or alive: "seized 40 dogs, and 12 were rescued". */
const ANIMAL_PLURALS = new Set(
  "animals dogs puppies cats kittens horses ponies donkeys sheep lambs cattle cows calves pigs goats chickens hens birds ducks geese swans seals whales dolphins deer foxes badgers rabbits bats bees fish".split(
    " ",
  ),
);

/**
 * Plurals of plants and colonies, which die and are found dead or alive as animals are: "tested 50
 * trees, and 12 were dead", "checked 200 hives, and 40 were dead" (decision 490). Homes, cars and
 * bags are not: "flattened 40 homes, and 12 are dead" counts people. Not "plants", as often a
 * factory's: "shut 40 plants, and 12 were injured".
 */
const PLANT_PLURALS = new Set(
  "trees saplings seedlings shrubs hedges bushes vines crops flowers hives colonies corals oaks elms pines".split(" "),
);

/**
 * What befalls a plant or a colony as it does people: it dies or lives. "Gales uprooted 60 trees,
 * and 12 were injured" and "removed 30 trees, and 5 were questioned" are people (a review of
 * decision 490).
 */
const SAID_OF_PLANTS = /^[^,.;:!?]{0,24}?\b(?:alive|dead|died|dying)\b/i;

/**
 * Is the plural `unit` one of living things other than people that what is said of the figure
 * (`after`) may befall: animals ("dogs", "sheep") always, plants and hives only if they died or live?
 */
function countsLivingThings(unit: string, after: string): boolean {
  const word = unit.toLowerCase();
  return ANIMAL_PLURALS.has(word) || (PLANT_PLURALS.has(word) && SAID_OF_PLANTS.test(after));
}

/** Is the plural `unit` one of people ("men", "passengers", "officers")? */
function countsPeople(unit: string): boolean {
  const word = unit.toLowerCase();
  return PEOPLE_PLURALS.has(word) || isPersonNoun(word) || (word.endsWith("s") && isPersonNoun(word.slice(0, -1)));
}

/**
 * "Police arrested 12 men, but three were released": read alone, the split-off clause's "three"
 * is no figure (a lone number word is as often a pronoun or an idiom, and the quantity reader
 * leaves it), though inside one claim `parallelCountedNounAt` reads it as 3 men. A number word of
 * two or more (not "one": "and one is left wondering") that opens the claim at body[start, …),
 * under the same tests as a bare figure above, is that figure: 3 men (decision 415). Null when not.
 */
export function numberWordAcrossJoin(body: string, start: number, previous: ExtractedClaim): Quantity | null {
  const word = OPENING_WORD.exec(body.slice(start, start + 12));
  const value = word === null ? undefined : NUMBER_WORDS[word[0]];
  // Only whole numbers from two: "half", "hundreds", "dozens" and the like are no count alone.
  if (value === undefined || value < 2 || value > 90 || word![0].endsWith("s")) return null;
  const end = start + word![0].length;
  const unit = peopleOnlyIfSaidOfPeople(body, end, nounLentAt(body, start, end, value, previous));
  return unit === null ? null : { text: word![0], start, end, value, unit, qualifier: null };
}

/**
 * `unit`, unless the clause after the figure ending at body[end] says what befalls people and
 * `unit` counts no people: "Police stopped 60 cars, and 2 were arrested" lends no "cars", as
 * "and two were arrested" lends none (decision 415; digits since decision 450, under the narrower
 * `SAID_ONLY_OF_PEOPLE`).
 */
function peopleOnlyIfSaidOfPeople(
  body: string,
  end: number,
  unit: string | null,
  saidOfPeople: RegExp = SAID_OF_PEOPLE,
): string | null {
  if (unit === null || countsPeople(unit)) return unit;
  return saidOfPeople.test(body.slice(end, end + 48)) ? null : unit;
}
