/**
 * A lead-in of more than one word that names only a time: "Last week", "On Monday", "Earlier this
 * year", "In March", "Two days ago" (decision 1050). Over a line that opens with its own speaker
 * ("Last week, the minister said" over "Analysts said …"), such a lead-in says nothing of how the
 * line under was relayed, as "Otherwise" says nothing (decision 1025): the tag stands apart. A
 * lead-in that names a medium or a place ("In a statement read to the court", "Outside court")
 * is not read here and runs on as before.
 */

import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { DAYS_SAID_IN_A_WORD, WEEKDAY_SET } from "../analysis/dates.ts";
import { NUMBER_WORDS } from "../analysis/quantities.ts";
import { TIME_NOUNS, TIME_POINTERS } from "./lead-in-of-time-or-manner.ts";

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
const DAY_WORDS: ReadonlySet<string> = new Set(DAYS_SAID_IN_A_WORD);
/** "Earlier this year", "Later on Monday", "Earlier today": a time told from another. */
const RELATIVE_OPENERS = new Set(["earlier", "later"]);
/** The parts of a day after a weekday or a day word: "On Monday evening", "Yesterday morning". */
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * Do `words` (two to four, the lead-in before its comma) name a time and nothing else? Shapes:
 * "Last week", "This morning", "Last Tuesday"; "On Monday" and "On Monday evening"; "In March",
 * "In 2024", "In March 2024"; "Earlier this year", "Later today", "Earlier on Monday"; "Yesterday
 * morning"; "Two days ago", "A week ago". Set look-ups on at most four lowercased words.
 */
export function leadInNamesOnlyATime(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0]!;
  const rest = lower.slice(1);
  if (RELATIVE_OPENERS.has(first)) return rest.length === 1 ? DAY_WORDS.has(rest[0]!) : namesADay(rest);
  return namesADay(lower) || agoPhrase(lower);
}

/** "Last week", "On Monday evening", "In March 2024", "Yesterday morning". */
function namesADay(w: readonly string[]): boolean {
  const [a, b, c] = [w[0]!, w[1], w[2]];
  if (b === undefined) return false;
  if (w.length > 3) return false;
  const part = c === undefined || DAY_PARTS.has(c);
  if (TIME_POINTERS.has(a)) return TIME_NOUNS.has(b) && c === undefined;
  if (a === "on") return WEEKDAY_SET.has(b) && part;
  if (a === "in")
    return (MONTHS.has(b) && (c === undefined || /^\d{4}$/.test(c))) || (/^\d{4}$/.test(b) && c === undefined);
  return DAY_WORDS.has(a) && DAY_PARTS.has(b) && c === undefined;
}

/** "Two days ago", "A week ago", "10 years ago". */
function agoPhrase(w: readonly string[]): boolean {
  if (w.length !== 3 || w[2] !== "ago") return false;
  const count = w[0]!;
  const unit = w[1]!.endsWith("s") ? w[1]!.slice(0, -1) : w[1]!;
  return (
    (count === "a" || /^\d+$/.test(count) || Object.hasOwn(NUMBER_WORDS, count)) &&
    (unit === "day" || TIME_NOUNS.has(unit))
  );
}
