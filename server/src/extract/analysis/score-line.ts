import { MONTH_NAMES } from "@claimdesk/shared/calendar";
import { NOT_GIVEN_NAMES } from "./person-titles.ts";

/**
 * "Liverpool 3 Everton 1", "Manchester United 2 Aston Villa 0": a result written as a line, each
 * side's name and its goals (decision 545). The capitalised word after the first side's goals is
 * the other side, not what the goals count ("3 Everton" had the unit "everton"). Read only where
 * a capitalised word followed the number as its noun: a side's name of one word right before the
 * number, and after the noun at most two more capitalised words and the other side's one or two
 * digits, with no digit, sign or capitalised word after them ("Liverpool 3 Everton 1 at Anfield" is
 * a result; "3 Boeing 747 jets" holds three digits). A word that opens a figure or a clause ("The",
 * "In", "About") names no side: "About 3 Britons 2" is no result; nor does a possessive or a
 * month ("Petro's 3.5 million March 3, 2024").
 */
const SIDE_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}-]*)[ \u00a0]$/u;
/** A capitalised word of a side's name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The rest of a side's name (two more words at most) and its goals. */
const NAME_REST_AND_GOALS = String.raw`(?:[ \u00a0]+${NAME_WORD}){0,2}[ \u00a0]+\d{1,2}`;
/**
 * The other side and its goals; a tally may list a third and a fourth side the same way ("Labour
 * 34 Conservatives 28 Lib Dems 6", decision 585), and only after the last does nothing go on.
 */
const OTHER_SIDE_AFTER = new RegExp(
  String.raw`^(${NAME_WORD})${NAME_REST_AND_GOALS}(?:[ \u00a0]+${NAME_WORD}${NAME_REST_AND_GOALS}){0,2}` +
    String.raw`(?![\d%\p{L}]|[.,:-]\d|[ \u00a0]*(?:[$£€%-]|\p{Lu}))`,
  "u",
);

const MONTHS: readonly string[] = MONTH_NAMES;

/** Goals are one or two digits, no decimal nor scale: "3.5 million March 3" is no result. */
const GOALS = /^\d{1,2}$/;

/** Is the number at `at`, with the capitalised noun that starts at `nounStart`, one side's goals in a score line? */
export function goalsInScoreLine(text: string, at: number, nounStart: number): boolean {
  if (!GOALS.test(text.slice(at, nounStart).trimEnd())) return false;
  const side = SIDE_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (side === null || NOT_GIVEN_NAMES.has(side[1]!)) return false;
  const other = OTHER_SIDE_AFTER.exec(text.slice(nounStart, nounStart + 64));
  // "Petro's 3 March 4": a month and its day are a date, not a side.
  return other !== null && !NOT_GIVEN_NAMES.has(other[1]!) && !MONTHS.includes(other[1]!.toLowerCase());
}
