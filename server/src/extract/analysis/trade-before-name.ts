import { KINDS_PEOPLE_HAVE, shapedLikeAPerson } from "./kind-written-with-name.ts";

/** Words before "operator", "carrier" or "broadcaster" that make it a firm's kind: "Rail operator Northern". */
const FIRM_MODIFIERS = new Set(
  "rail train bus coach tram ferry tour holiday cruise airport port network mobile telecoms satellite pipeline grid energy water budget low-cost flag national public commercial".split(
    " ",
  ),
);
/** Words before them that make it a person's trade: "Crane operator Mick News", "Veteran broadcaster David Dimbleby". */
const PERSON_MODIFIERS = new Set(
  "crane camera machine forklift switchboard veteran former retired legendary".split(" "),
);

/** "Rail operator Northern", "Broadcaster Sky News", "Crane operator Mick News": a kind, then a capitalised name. */
const TRADE_THEN_NAME =
  /^(?:([\p{L}-]+)\s+)?([Oo]perator|[Cc]arrier|[Bb]roadcaster)\s+(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,3})$/u;

export interface TradeBeforeName {
  type: "organization" | "person";
  /** The claimant's name: the phrase with its opening capital lowered for a body, the name alone for a person. */
  name: string;
  /** A person's trade, in lowercase ("crane operator"). */
  title?: string;
}

/**
 * A speaker written as a kind that firms and people share, then a name (decision 620): what stands
 * before the kind tells which ("Rail operator Northern", "Tour operator Thomas Cook" are firms;
 * "Crane operator Mick News", "Veteran broadcaster David Dimbleby" are people); with no telling
 * word, the name's shape does ("Broadcaster Sky News", "Broadcaster David Dimbleby"). A body's kind
 * opening the sentence is written in lowercase ("the airport operator Aena"). Null for any other phrase.
 */
export function tradeBeforeName(phrase: string): TradeBeforeName | null {
  // Cheap first: one of the three kinds in the phrase at all.
  if (!phrase.includes("perator") && !phrase.includes("arrier") && !phrase.includes("roadcaster")) return null;
  const m = TRADE_THEN_NAME.exec(phrase);
  if (m === null || !KINDS_PEOPLE_HAVE.has(m[2]!.toLowerCase())) return null;
  const modifier = m[1]?.toLowerCase() ?? "";
  const trade = phrase.slice(0, phrase.length - m[3]!.length).trim();
  const person = FIRM_MODIFIERS.has(modifier) ? false : PERSON_MODIFIERS.has(modifier) || shapedLikeAPerson(m[3]!);
  if (person) return { type: "person", name: m[3]!, title: trade.toLowerCase() };
  return { type: "organization", name: trade[0]!.toLowerCase() + phrase.slice(1) };
}
