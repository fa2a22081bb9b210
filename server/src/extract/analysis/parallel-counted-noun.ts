/**
 * A figure set beside a counted one, with no noun of its own, counts what that one counted:
 * "power has been restored to 22,000 customers, but 31,000 remain without supply" (31,000
 * customers), "Police arrested 12 men, but three were released" (three men), "five tank cars
 * carrying diesel and two carrying sodium hydroxide" (two cars). A newsroom leaves the noun out
 * because the clause before says it; read alone, "31,000 remain" took the verb for the noun.
 *
 * Only right after ", but", ", while", ", whereas" or "and", and only when the word after the
 * figure is a verb (a form of "be", "have", "remain", "stay", a modal) or, after "and", an
 * "-ing" word that a "-ing" word after the first figure matches. The first figure must count a
 * plural noun with no scale ("2 million visitors" lends nothing: "950,000 million visitors"), and
 * stand in the same sentence, at most 80 chars before.
 */
import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { qualifierAt } from "./quantity-qualifiers.ts";
import { isAsciiLetter, isJsSpace } from "../text/char-classes.ts";

/** Verbs a clause of a bare figure goes on with: "31,000 remain", "three were released". */
const VERBS_AFTER = new Set(
  "is are was were remain remained remains stay stayed stays still have has had will would could can may might did do".split(
    " ",
  ),
);
/** Is `word` (lowercase) a verb a clause of a bare figure goes on with ("40 were injured")? */
export function verbAfterBareFigure(word: string): boolean {
  return VERBS_AFTER.has(word);
}
const CONTRAST = new Set(["but", "while", "whereas"]);
/** A figure with a scale word ("4 million", "5bn"): "4 million" alone may count anything. */
export const SCALED_FIGURE = /\d[ \u00a0]?(?:thousand|million|billion|trillion|bn|m|k)\b/i;
const ING_AFTER = /^[ \u00a0]+\p{Ll}{2,}ing\b/u;
const STOP = /[.;:!?]/;
const REACH = 80;

/** The lowercase word right before `at` past one space, or "", and whether a comma stands before it. */
function joiningWord(text: string, at: number): { word: string; comma: boolean } {
  const end = at - 1;
  if (end < 1 || !isJsSpace(text.charCodeAt(end))) return { word: "", comma: false };
  let from = end;
  while (from > 0 && end - from < 8 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, end).toLowerCase();
  let c = from - 1;
  while (c >= 0 && isJsSpace(text.charCodeAt(c))) c--;
  return { word, comma: c >= 0 && text.charCodeAt(c) === 44 };
}

/**
 * The figure of match `m` at `at` of `text` (= body[start, …)), a bare number whose next word is
 * `noun` (lowercase, or undefined), with the counted noun of the figure before it (the last of
 * `out`), when it is set beside that one; else null.
 */
export function parallelCountedNounAt(
  m: RegExpExecArray,
  noun: string | undefined,
  text: string,
  start: number,
  at: number,
  out: readonly Quantity[],
  parse: (num: string) => number | null,
): Quantity | null {
  const previous = out[out.length - 1];
  if (previous === undefined || previous.unit === null) return null;
  const from = previous.end - start;
  if (from > at || at - from > REACH) return null;
  // "easyJet has cancelled 180 flights and British Airways 46": the verb and the noun are left
  // out after the name of a second subject, and the figure ends the clause.
  const gapped = noun === undefined ? gappedSubjectStart(text, at) : -1;
  const { word, comma } = joiningWord(text, gapped >= 0 ? gapped : at);
  const and = word === "and";
  if (!and && !(comma && CONTRAST.has(word))) return null;
  const verbAfter = noun === undefined ? !and || gapped >= 0 : VERBS_AFTER.has(noun);
  const ingAfter = and && noun !== undefined && noun.endsWith("ing") && ING_AFTER.test(text.slice(from, from + 24));
  if (!verbAfter && !ingAfter) return null;
  if (!countsPlural(previous.unit) || SCALED_FIGURE.test(previous.text) || STOP.test(text.slice(from, at))) return null;
  const value = parse(m[3]!);
  if (value === null || !Number.isFinite(value)) return null;
  const numEnd = at + m[0].length - (noun === undefined ? 0 : noun.length + 1);
  const figure = text.slice(at, numEnd).trimEnd();
  return {
    text: figure,
    start: start + at,
    end: start + at + figure.length,
    value,
    unit: previous.unit,
    qualifier: qualifierAt(m[1], text, at),
  };
}

/** A clause's end right after the figure: a mark, or the text's end. */
const CLAUSE_END_AFTER = /^[ \u00a0]*(?:[.,;:!?)]|$)/;
const CAPITALISED_WORD_BEFORE = /(?:^|[ \u00a0])(\p{Lu}[\p{L}'’&-]*)[ \u00a0]+$/u;

/**
 * Where the name of a gapped subject before the bare figure at `at` starts (one to three
 * capitalised words: "British Airways 46."), when the figure ends its clause; else -1.
 */
function gappedSubjectStart(text: string, at: number): number {
  const digitsEnd = /^[\d,.]+/.exec(text.slice(at, at + 16));
  // "… and Ford 2024": a year, not a count.
  if (
    digitsEnd === null ||
    /^(?:19|20)\d\d$/.test(digitsEnd[0]) ||
    !CLAUSE_END_AFTER.test(text.slice(at + digitsEnd[0].length, at + digitsEnd[0].length + 4))
  )
    return -1;
  let from = at;
  for (let k = 0; k < 3; k++) {
    const m = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
    if (m === null) break;
    from -= m[0].length - (m[0].length - m[0].trimStart().length);
  }
  return from < at ? from : -1;
}

const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "police"]);
/** A plural noun ("customers", "men"), not a unit ("%", "USD") or a share. */
export function countsPlural(unit: string): boolean {
  return IRREGULAR_PLURALS.has(unit) || /^\p{Ll}+[^s]s$/u.test(unit);
}
