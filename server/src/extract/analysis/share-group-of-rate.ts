/** The group of a rate, named before its figure: "the unemployment rate for women rose to 5%". */
import { groupFrom, type GroupReading } from "./share-group-words.ts";
import { WORD } from "./share-group-text.ts";

/** "The unemployment rate for women rose to 5%": a rate's group, named before its figure in the same clause. */
const RATE_GROUP_BEFORE = /\brates?[ \u00a0]+(for|among)[ \u00a0]+((?:[^.;:!?\d]|-\d{1,2}s){1,80})$/u;
/**
 * "interest rates for first-time buyers", "the tax rate for pensioners", "the insurance rate for
 * motorists" (decision 870, with motorists a head): a price's rate, no share of the people.
 */
const PRICE_RATE =
  /\b(?:interest|insurance|mortgage|tax|savings?|growth|exchange|inflation|pay|wage|lending|borrowing|base|deposit|loan|fixed|variable|discount)[ \u00a0]+rates?[ \u00a0]+(?:for|among)[ \u00a0]/iu;

/**
 * Rates that are a share of the people they are "for", by their own word (decision 960): "the
 * default rate for borrowers", "the dropout rate for apprentices", "the turnout rate for the
 * students". No one is charged them. A rate with no such word ("the rate for borrowers") or a
 * price's ("the lending rate for borrowers", `PRICE_RATE`) reads as before.
 */
const RATES_OF_PEOPLE = new Set(
  (
    "default dropout drop-out unemployment employment vaccination immunisation immunization turnout " +
    "arrears reoffending poverty participation attendance absence completion graduation retention " +
    "survival mortality death infection obesity smoking take-up uptake repossession eviction"
  ).split(" "),
);

/** Is the word right before "rate" at `rateAt` of `slice` one of `RATES_OF_PEOPLE`? */
function isRateOfPeople(slice: string, rateAt: number): boolean {
  // Cheap test: a space before "rate"; the word is read back to the space before it.
  const c = slice.charCodeAt(rateAt - 1);
  if (c !== 32 && c !== 0xa0) return false;
  const start = Math.max(slice.lastIndexOf(" ", rateAt - 2), slice.lastIndexOf("\u00a0", rateAt - 2)) + 1;
  return RATES_OF_PEOPLE.has(slice.slice(start, rateAt - 1).toLowerCase());
}

/**
 * The group of a rate whose figure starts at `at` of `text`, named before it: "the rate for women
 * rose to 5%", "the default rate among borrowers rose to 3%".
 */
export function groupOfRateBefore(text: string, at: number): string | undefined {
  const slice = text.slice(Math.max(0, at - 100), at);
  if (!slice.includes("rate")) return undefined;
  const m = RATE_GROUP_BEFORE.exec(slice);
  if (m === null || PRICE_RATE.test(slice.slice(Math.max(0, m.index - 12), m.index + m[0].length - m[2]!.length)))
    return undefined;
  const words = m[2]!.trim().split(WORD);
  const from = at - m[2]!.length;
  // "the default rate among borrowers" (decision 920): after "among" a rate is a share of them,
  // not a price they are charged ("the rate for borrowers"), so every listed head counts; so it
  // does after "for" where the rate's own word makes it a share of people (decision 960).
  const among = m[1] === "among" || isRateOfPeople(slice, m.index);
  // "the unemployment rate among the young", "the rate for the over-65s": "the" is kept (decision 920).
  const the = words[0] === "the" && words.length > 1;
  const reading: GroupReading = the ? (among ? "afterThe" : "ofRateThe") : among ? "after" : "ofRate";
  const found = the
    ? groupFrom(text, text.indexOf(words[1]!, from), words.slice(1, 4), undefined, reading)
    : groupFrom(text, from, words.slice(0, 3), undefined, reading);
  // "the rate among the young people of Wales": an "of" after the group names whose they are.
  if (found !== undefined && the && words[found.split(" ").length + 1] === "of") return undefined;
  const group = found !== undefined && the ? `the ${found}` : found;
  // The clause between the group and the figure is short: a verb and "to", "at", "by" ("rose to", "stood at").
  if (group === undefined || words.length - group.split(" ").length > 4) return undefined;
  return group;
}
