import { KINDS_PEOPLE_HAVE, shapedLikeAPerson } from "./kind-written-with-name.ts";
import { namedLikeAChannel } from "./channel-names.ts";

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

/** Words before a kind that tell neither way but are common words, written in lowercase: "the radio broadcaster LBC", "the mail carrier Joe Smith". */
const COMMON_MODIFIERS = new Set("radio television tv state sports fellow local regional mail letter".split(" "));
/** "Mail carrier Joe Smith": a person's carrying trade; with no such word "carrier" is an airline's kind. */
const CARRYING_TRADES = new Set(["mail", "letter"]);

/**
 * "Rail operator Northern", "Broadcaster Sky News", "Crane operator Mick News": a kind, then a
 * capitalised name, which may end in a channel's "+" ("French broadcaster Canal+"; decision 770).
 */
const TRADE_THEN_NAME =
  /^(?:([\p{L}-]+)\s+)?([Oo]perator|[Cc]arrier|[Bb]roadcaster)\s+(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,3}\+?)$/u;

export interface TradeBeforeName {
  type: "organization" | "person";
  /** The claimant's name: the name alone ("Aena", "Mick News"). */
  name: string;
  /** The kind or trade as written, a common word opening it lowered ("airport operator", "crane operator"). */
  title: string;
}

/**
 * A speaker written as a kind that firms and people share, then a name (decision 620): what stands
 * before the kind tells which ("Rail operator Northern", "Tour operator Thomas Cook" are firms;
 * "Crane operator Mick News", "Veteran broadcaster David Dimbleby" are people); with no telling
 * word, the name's shape does ("Broadcaster Sky News", "Broadcaster David Dimbleby"). A body's kind
 * opening the sentence is written in lowercase ("the airport operator Aena"), kept as the
 * claimant's title (decision 700). Null for any other phrase.
 */
export function tradeBeforeName(phrase: string): TradeBeforeName | null {
  // Cheap first: one of the three kinds in the phrase at all.
  if (!phrase.includes("perator") && !phrase.includes("arrier") && !phrase.includes("roadcaster")) return null;
  const m = TRADE_THEN_NAME.exec(phrase);
  if (m === null || !KINDS_PEOPLE_HAVE.has(m[2]!.toLowerCase())) return null;
  const modifier = m[1]?.toLowerCase() ?? "";
  const trade = phrase.slice(0, phrase.length - m[3]!.length).trim();
  const person = FIRM_MODIFIERS.has(modifier)
    ? false
    : PERSON_MODIFIERS.has(modifier) ||
      ((m[2]!.toLowerCase() !== "carrier" || CARRYING_TRADES.has(modifier)) &&
        personShaped(m[3]!) &&
        // "French broadcaster Canal Plus": a channel's last word (decision 725).
        !namedLikeAChannel(m[2]!.toLowerCase(), m[3]!));
  // Only a common word opening the phrase is lowered: "US carrier Delta", "German carrier
  // Lufthansa", "BBC broadcaster Nick Robinson" keep their capitals (review of decision 620).
  const common =
    modifier === "" || FIRM_MODIFIERS.has(modifier) || PERSON_MODIFIERS.has(modifier) || COMMON_MODIFIERS.has(modifier);
  const written = common ? trade[0]!.toLowerCase() + trade.slice(1) : trade;
  // A body is named by its name alone and keeps its kind for the wording, as a person keeps a
  // trade: "Aena", worded "the airport operator Aena" (decision 700; decision 620 named it
  // "airport operator Aena", so the same firm had two names where "The operator said" gave "Aena").
  return person
    ? { type: "person", name: m[3]!, title: written }
    : { type: "organization", name: m[3]!, title: written };
}

/** A name shaped like a person's, not initials ("BT Sport"). */
function personShaped(name: string): boolean {
  return !/^\p{Lu}{2,}\s/u.test(name) && shapedLikeAPerson(name);
}
