/**
 * Bare figures, with no unit or counted noun after them, that the words around them still give
 * one:
 * - a figure compared with one before it takes that one's unit: "over 40 years rather than 30"
 *   is 30 years, "rose to 40%, up from 30" 30%;
 * - a level a count rose or fell to, at the end of its clause, is a figure even as a number word,
 *   which alone is too often a pronoun or an idiom to count ("The death toll rose to nine"), and
 *   counts what the subject names when that is clear: deaths after "death toll", migrants after
 *   "the number of migrants".
 * Read only after one of a few words (`to`, `than`, `from` …), checked before any regex.
 */
import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isAsciiLetter, isDigit, isJsSpace } from "../text/char-classes.ts";
import { qualifierAt } from "./quantity-qualifiers.ts";
import { mayEndOnLevelWord } from "./large-pattern-gates.ts";

/** Words that may stand right before a bare figure these rules read. */
const LEAD_WORDS = new Set([
  "than",
  "of",
  "from",
  "with",
  "to",
  "versus",
  "vs",
  "against",
  "at",
  "reached",
  "reaches",
  "hit",
  "hits",
  "totalled",
  "totaled",
  "totals",
]);

/** "rather than 30", "instead of 30", "up from 30", "compared with 30", "versus 30". */
const COMPARED_BEFORE =
  /(?:\brather[ \u00a0]+than|\binstead[ \u00a0]+of|\bfrom|\bcompared[ \u00a0]+(?:with|to)|\bversus|\bvs\.?|\bagainst)[ \u00a0]+$/i;
const FROM_BEFORE = /\bfrom[ \u00a0]+$/i;
const COMPARED_WITH_BEFORE = /\bcompared[ \u00a0]+(?:with|to)[ \u00a0]+$/i;
/**
 * A bare "from" compares only after a word of change: "up from 30", "rose to 40% from 30", "cut
 * ... from 12". Alone it is as often a start time or an age: "doors open from 7", "aged from 18".
 * (`share-change.ts`'s CHANGE_BY_A_SHARE_BEFORE is another test: a change by a per cent.)
 */
const CHANGE_BEFORE =
  /\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|increased|increases|increasing|decreased|decreases|decreasing|cut|cuts|raised|raises|lowered|lowers|dropped|drops|dropping|climbed|climbs|jumped|jumps|slipped|grew|grown|reduced|reduces|lifted|slashed|doubled|halved|trimmed|edged|declined|soared|surged|tumbled|plunged)\b/i;
/** "from 9 until 5", "from 7 to 11": a span of hours or ages, not a comparison. */
const SPAN_AFTER = /^\S+[ \u00a0]+(?:to|until|till|through|and)\b/i;
/** "rose to", "climbed sharply to", "now stands at", "reached": the level a count got to. */
const LEVEL_BEFORE =
  /\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown|soared|surged|fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|slipped|edged|stood|stands)(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+(?:to|at)|reached|reaches|hit|hits|totalled|totaled|totals)[ \u00a0]+$/iu;
/** Words after a figure that end what it counts: a time, a place, a new clause ("rose to nine on Friday"). */
export const CLAUSE_GOES_ON = new Set(
  "on in at last this after before since by as and when while from with during amid overnight today yesterday tonight earlier later following according but over across among despite until".split(
    " ",
  ),
);
/** "The death toll (from the storm) (has) (now) rose to": the toll is the subject of the level verb, nothing but an auxiliary or adverb between. */
const DEATH_TOLL_SUBJECT =
  /\bdeath[ \u00a0-]toll(?:[ \u00a0]+(?:from|in|of)(?:[ \u00a0]+[\p{L}'’-]+){1,3}?)?(?:[ \u00a0]+(?:has|had|have|now|then|\p{Ll}+ly))*[ \u00a0]*$/iu;
/** "the number of migrants held at the border": the first plural past at most two words. */
const NUMBER_OF =
  /\bnumber[ \u00a0]+of[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}?(\p{Ll}{2,}s|people|children|men|women)\b/u;
/** Where the clause of a level starts: a stop, a comma or a word that joins a new clause ("the death toll fell, while admissions rose"). */
const SENTENCE_BREAK = /[.;:!?]/g;
const CLAUSE_BREAK = /[.;:!?,]|\b(?:and|but|while|whereas|despite)\b/gi;
/**
 * A number word a team, a player or a clock rose or dropped to is a place, not a count: "rose to
 * seven in the league", "His world ranking rose to nine", "The clock hit twelve". After a sending
 * off it is the players a side has left ("Arsenal dropped to ten after the red card"), which the
 * article counts without saying what: no figure, as "dropped to ten men" is one of men.
 */
const RANK_AROUND =
  /\b(?:league|rankings?|ranked|table|standings|place|position|seeds?|seeded|clock|players?|team|squad|red[ \u00a0-]cards?|sent[ \u00a0]off|sending[ \u00a0-]off|sin[ \u00a0-]bin|\d+(?:st|nd|rd|th)[ \u00a0]minute)\b/i;
/**
 * "a dismissal": a side's players only beside a word of football ("the side
 * dropped to ten after the dismissal"); "Complaints rose to eleven after the dismissal of the
 * headteacher" counts complaints.
 */
const DISMISSAL_AROUND = /\bdismissal\b/i;
const FOOTBALL_AROUND = /\b(?:red[ \u00a0-]cards?|sent[ \u00a0]off|men|side|team|match)\b/i;
const MULTIPLIED = /\d[ \u00a0]?(?:thousand|million|billion|trillion|bn|m|k)\b/i;
const YEAR = /^(?:18|19|20)\d\d$/;

/** The lowercase word right before `at` (one space between, "vs." with its point), or "". */
function wordBefore(text: string, at: number): string {
  let end = at - 1;
  if (end < 1 || !isJsSpace(text.charCodeAt(end))) return "";
  if (text.charCodeAt(end - 1) === 46) end--;
  let from = end;
  while (from > 0 && end - from < 10 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end).toLowerCase();
}

/**
 * Adds the bare figure of `m` (a quantity match at `at` of `text` = body[start, …), with no
 * currency, multiplier, per cent or unit of its own; `noun` is the word the match took after the
 * number, lowercase) when the words around it count it, and returns where the search goes on; 0
 * when they do not. `parse` reads the figure's number, only once a lead word stands before it.
 */
export function bareFigureAt(
  m: RegExpExecArray,
  noun: string | undefined,
  text: string,
  start: number,
  at: number,
  out: Quantity[],
  parse: (num: string) => number | null,
): number {
  // The figure ends its phrase: punctuation or the end, or a word that counts nothing after it.
  // Most figures count the word after them ("3 people"): this test comes first.
  const numEnd = at + m[0].length - (noun === undefined ? 0 : noun.length + 1);
  if (noun !== undefined ? !CLAUSE_GOES_ON.has(noun) : isAsciiLetter(text.charCodeAt(numEnd))) return 0;
  if (!LEAD_WORDS.has(wordBefore(text, at))) return 0;
  const num = m[3]!;
  const value = parse(num);
  if (value === null || !Number.isFinite(value) || YEAR.test(num)) return 0;
  const before = text.slice(Math.max(0, at - 48), at);
  const compared = comparedUnit(text, start, at, out, before);
  const digits = isDigit(num.charCodeAt(0));
  let unit: string | null;
  if (compared !== null) unit = compared;
  else {
    // A number word from two ("one" is a pronoun, "hundreds" no level), or digits the subject counts.
    // The ending of the word before the spaces first: LEVEL_BEFORE compiles to 16 KB of bytecode (decision 695).
    if (
      !mayEndOnLevelWord(before) ||
      !LEVEL_BEFORE.test(before) ||
      (!digits && (value < 2 || (num.charCodeAt(num.length - 1) | 32) === 115))
    )
      return 0;
    unit = countedBySubject(text, at);
    const around = text.slice(Math.max(0, at - 80), numEnd + 24);
    if (
      unit === null &&
      (digits || RANK_AROUND.test(around) || (DISMISSAL_AROUND.test(around) && FOOTBALL_AROUND.test(text)))
    )
      return 0;
  }
  const figure = text.slice(at, numEnd).trimEnd();
  out.push({
    text: figure,
    start: start + at,
    end: start + at + figure.length,
    value,
    unit,
    qualifier: qualifierAt(m[1], text, at),
  });
  return at + figure.length;
}

/** The unit of the figure a bare one at `at` is compared with ("rather than 30"), or null. */
function comparedUnit(
  text: string,
  start: number,
  at: number,
  out: readonly Quantity[],
  before: string,
): string | null {
  const previous = out[out.length - 1];
  if (previous === undefined || previous.unit === null || previous.unit.startsWith("share")) return null;
  const from = previous.end - start;
  if (from > at || at - from > 48 || !COMPARED_BEFORE.test(before) || sentenceBreakBetween(text, from, at)) return null;
  if (FROM_BEFORE.test(before) && (!CHANGE_BEFORE.test(before) || SPAN_AFTER.test(text.slice(at, at + 24))))
    return null;
  // "12% of the 300 homes ..., compared with 40": which figure is compared is not clear.
  const earlier = out[out.length - 2];
  if (
    earlier !== undefined &&
    earlier.unit !== previous.unit &&
    COMPARED_WITH_BEFORE.test(before) &&
    !sentenceBreakBetween(text, earlier.end - start, from)
  )
    return null;
  // "$5 million rather than 4": the bare number is in millions too, which it does not say.
  return MULTIPLIED.test(previous.text) ? null : previous.unit;
}

/** Does a stop stand in text[from, to)? (`out` holds only the span's quantities, so `from` >= 0.) */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  SENTENCE_BREAK.lastIndex = 0;
  return SENTENCE_BREAK.test(text.slice(from, to));
}

/** What the subject of the clause before `at` counts: "deaths" after "death toll", "migrants" after "the number of migrants". */
function countedBySubject(text: string, at: number): string | null {
  let clause = text.slice(Math.max(0, at - 120), at);
  CLAUSE_BREAK.lastIndex = 0;
  let last = -1;
  while (CLAUSE_BREAK.test(clause)) last = CLAUSE_BREAK.lastIndex;
  if (last >= 0) clause = clause.slice(last);
  const counted = NUMBER_OF.exec(clause)?.[1];
  if (counted !== undefined) return counted;
  // A death toll gives its unit only to the level it rose or fell to, not to admissions or volunteers.
  return DEATH_TOLL_SUBJECT.test(clause.replace(LEVEL_BEFORE, "")) ? "deaths" : null;
}
