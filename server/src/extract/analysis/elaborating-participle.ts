import { statesRecord } from "./claim-kind.ts";
import { lowerWordAt, type Token } from "./tokens.ts";

/**
 * Participles whose phrase only says more of what the clause before already claims: the hazard of
 * a recall ("The heater's wiring can overheat, posing fire and burn hazards"), whom a winner beat
 * ("Jon Husted will be Ohio's next governor, NBC News projects, beating Democrat Amy Acton"), the
 * reason an actor gave ("The bank raised rates to 5%, citing inflation"), what an act stands for
 * ("…, marking a shift in policy") and what a court held ("…, ruling 2-1 that federal rail law does
 * not wipe out the town's claim"). A checker checks the clause and its phrase as one claim. Other
 * participles tell of a second act ("Drones struck five regions, killing four people") and stay
 * claims of their own.
 */
const ELABORATING = new Set(["posing", "beating", "defeating", "citing", "marking", "ruling"]);
/** "beating" and "defeating" elaborate only before a rival's name: "beating forecasts" is a claim. */
const BEFORE_A_NAME = new Set(["beating", "defeating"]);
const CAPITAL = /\p{Lu}/u;
/** A figure in the phrase ("beating Acton by 41,000 votes") is a claim of its own. */
const DIGIT = /\d/;
/** "beating Wall Street expectations", "beating LSEG forecasts": a forecast beaten, as decision 480. */
const FORECAST_BEATEN = /\b(?:estimates?|expectations|forecasts?|consensus)\b/i;
/** "first" makes a record the comparison_record kind does not read without "time" after it. */
const FIRST = /\bfirst\b/i;
/**
 * A court's split right after "ruling" ("ruling 2-1", "ruling 5-4 that …") says who decided, not a
 * figure to check apart; the rest of the phrase is still searched for one.
 */
const JUDGES_SPLIT = /^ \d{1,2}[-–]\d{1,2}\b/;

/** Is token i a participle that opens a phrase, with no figure, only elaborating its clause? */
export function elaboratingParticiple(body: string, tokens: readonly Token[], i: number): boolean {
  const word = lowerWordAt(body, tokens[i]!);
  if (!ELABORATING.has(word)) return false;
  const next = tokens[i + 1];
  if (BEFORE_A_NAME.has(word) && !(next && CAPITAL.test(body[next.start]!))) return false;
  let phrase = body.slice(tokens[i]!.end, tokens[tokens.length - 1]!.end);
  if (word === "ruling") phrase = phrase.replace(JUDGES_SPLIT, "");
  if (DIGIT.test(phrase)) return false;
  if (BEFORE_A_NAME.has(word)) return !FORECAST_BEATEN.test(phrase);
  // "…, marking the worst day on record", "…, marking its first title in a decade": the record is
  // a claim of its own to check.
  return word !== "marking" || !(FIRST.test(phrase) || statesRecord(phrase));
}
