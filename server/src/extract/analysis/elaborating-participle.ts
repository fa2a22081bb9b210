import { lowerWordAt, type Token } from "./tokens.ts";

/**
 * Participles whose phrase only says more of what the clause before already claims: the hazard of
 * a recall ("The heater's wiring can overheat, posing fire and burn hazards") and whom a winner
 * beat ("Jon Husted will be Ohio's next governor, NBC News projects, beating Democrat Amy Acton").
 * A checker checks the clause and its phrase as one claim. Other participles tell of a second act
 * ("Drones struck five regions, killing four people") and stay claims of their own.
 */
const ELABORATING = new Set(["posing", "beating", "defeating"]);
/** "beating" and "defeating" elaborate only before a rival's name: "beating forecasts" is a claim. */
const BEFORE_A_NAME = new Set(["beating", "defeating"]);
const CAPITAL = /\p{Lu}/u;
/** A figure in the phrase ("beating Acton by 41,000 votes") is a claim of its own. */
const DIGIT = /\d/;
/** "beating Wall Street expectations", "beating LSEG forecasts": a forecast beaten, as decision 480. */
const FORECAST_BEATEN = /\b(?:estimates?|expectations|forecasts?|consensus)\b/i;

/** Is token i a participle that opens a phrase, with no figure, only elaborating its clause? */
export function elaboratingParticiple(body: string, tokens: readonly Token[], i: number): boolean {
  const word = lowerWordAt(body, tokens[i]!);
  if (!ELABORATING.has(word)) return false;
  const next = tokens[i + 1];
  if (BEFORE_A_NAME.has(word) && !(next && CAPITAL.test(body[next.start]!))) return false;
  const phrase = body.slice(tokens[i]!.end, tokens[tokens.length - 1]!.end);
  return !DIGIT.test(phrase) && !(BEFORE_A_NAME.has(word) && FORECAST_BEATEN.test(phrase));
}
