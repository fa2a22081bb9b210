// "Nigel Farage spoke at a rally in Hebden Bridge on Friday. Hebden Bridge flooded in March. He has
// visited 40 towns.": the article's own "He" or "She" after a sentence that names only a place the
// article writes as one stands for the person of the sentence before that, when no one else is
// named between (decision 945, left from decisions 855 and 905). The place is read as the fact-check's
// pronoun maker reads it (`placeOpening`, `otherNames`; decision 855), and the person's sentence as
// the sentence right before a pronoun is (`namesNoOneElse`), the place's name passed over there too.
// A sentence between that names no one at all ("The crowd cheered.") is reached past alike
// (`namesNoOne`; decision 985).

import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";
import type { ClaimantMemory } from "./claimant.ts";
import { namesNoOneElse, openingPronoun } from "./article-pronoun.ts";
import { otherNames, placeOpening } from "./pronoun-maker-named-earlier.ts";
import { namesNoOne } from "./sentence-naming-no-one.ts";
import { writtenAsAPlace } from "./name-written-as-a-place.ts";

type Span = { start: number; end: number };

/**
 * The person a "He" or "She" at `start` stands for, and the pronoun's length with its space, when
 * the sentence before (`previous`) opens with a place the article writes as one and names no one
 * else, or names no one at all (decision 985), and the one before it (`earlier`) named that person
 * and no one else; null otherwise.
 */
export function personPastAPlace(
  body: string,
  start: number,
  previous: Span,
  earlier: Span,
  memory: ClaimantMemory,
): { person: Claimant; length: number } | null {
  const opening = openingPronoun(body, start);
  if (opening === null) return null;
  // "Hebden Bridge flooded in March.": a place opens it, then no one ("…, and Tice visited" names someone).
  const text = body.slice(previous.start, previous.end);
  const place = placeOpening(body, previous, opening.pronoun, memory);
  if (place === 0 ? !namesNoOne(text, opening.pronoun) : otherNames(text, place) !== 0) return null;
  // "The crowd cheered.", "It rained all day.": no one at all (decision 985), and no place's name.
  const name = place === 0 ? "" : body.slice(previous.start, previous.start + place - 1);
  const person = memory.personNamedPastAPlace(opening.pronoun, name);
  if (person === null || !namesNoOneElse(body, earlier.start, earlier.end, person, opening.pronoun, memory, name))
    return null;
  // "Hebden Bridge flooded. The crowd cheered. He …": a place the memory read as a person is no "He".
  if (place === 0 && writtenAsAPlace(body, person.name)) return null;
  return { person, length: opening.length };
}
