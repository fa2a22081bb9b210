import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { nextQuantityStart, registerQuantityStartWords } from "./quantity-starts.ts";
import { asMagnitude, degrees, gluedUnitAt, gluedUnitName, isLetterAt, withRate } from "./quantity-units.ts";
import { definePrefixGate, DIGIT, gateBits, gated } from "./word-gates.ts";
import { POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import { negativeSignStart } from "./negative-figures.ts";
import { numberInName } from "./numbers-in-names.ts";
import { routeNumberAt } from "./route-numbers.ts";
import { numberInTitleOfWork } from "./titles-of-works.ts";
import { joinFeetAndInches } from "./feet-and-inches.ts";
import { nounAfterLabel } from "./label-before-counted-noun.ts";
import { nounAfterProduct } from "./product-model-numbers.ts";
import { daysBeforeMonthEnd } from "./days-before-a-month.ts";
import { ageAfterName } from "./age-after-a-name.ts";
import { identifierNumberEnd } from "./identifier-numbers.ts";
import { goalsInScoreLine } from "./score-line.ts";
import { isAsciiUpper } from "../text/char-classes.ts";
import { oneCountsNothing } from "./one-as-pronoun.ts";
import { betweenRangeAt, borrowedScale, toRangeAt } from "./quantity-ranges.ts";
import { isPlainWord, overIsPeriod, qualifierAt, QUALIFIERS } from "./quantity-qualifiers.ts";
import { CROWNS, CURRENCY_CODES, currencyCodeOf, dollarCountryBefore } from "./currencies.ts";
import { fractionValue, POINT_FRACTION_FIRST, pointFractionRegex, pointUnit } from "./point-fractions.ts";
import { bareFigureAt, CLAUSE_GOES_ON } from "./bare-figures.ts";
import { parallelCountedNounAt } from "./parallel-counted-noun.ts";
import { shareAmongGroup } from "./share-among-group.ts";
import { withShareGroups } from "./share-group.ts";
import { nounPastShareModifier } from "./share-counted-noun.ts";
import { raceDistanceAt, raceTimeAt, withDurationTail } from "./times-and-distances.ts";
import { hasSpokenDecimal, parseSpokenDecimal, SPOKEN_DECIMAL_TAIL } from "./spoken-decimals.ts";
import { scaleAfterACounts } from "./scale-after-a.ts";
import { COMPOUND_SCALE_JOIN, sumUnit } from "./compound-sums.ts";

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
  hundreds: 100,
  thousands: 1000,
  dozens: 12,
  millions: 1e6,
  billions: 1e9,
};
/**
 * "zero point five percent": a zero said in words opens a quantity only as a decimal's whole part
 * (see spoken-decimals.ts); alone it counts nothing ("zero tolerance", "zero emissions").
 */
const DECIMAL_ZEROS = ["zero", "nought"];
const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  tn: 1e12,
  m: 1e6,
  k: 1e3,
  // Indian English: "₹10,000 crore" is 100 billion rupees, "₹2 lakh" 200,000.
  crore: 1e7,
  lakh: 1e5,
};

/** Words after a number that are not the counted thing. */
const NOT_UNITS = new Set([
  // "Liverpool 3 took the lead": a past verb after a team's goals (decision 520).
  "took",
  "led",
  "went",
  "came",
  // "six clear of Tottenham", "two behind Leeds": a margin, counting what the figure before it did.
  "clear",
  "behind",
  "adrift",
  // Time words after a figure date it, they count nothing: "$89 billion last year".
  "last",
  "next",
  "this",
  "of",
  "and",
  "or",
  "to",
  "in",
  "into",
  "onto",
  "on",
  "at",
  "for",
  "the",
  "a",
  "an",
  "as",
  "by",
  "with",
  "from",
  "than",
  "that",
  "which",
  "who",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "after",
  "before",
  "since",
  "ago",
  // "grew by about 3 million over the period", "3 million under the scheme".
  "over",
  "under",
  // Clause and place words: "130 wounded when shells hit", "12 feet along parts of the coast".
  "when",
  "while",
  "because",
  "if",
  "where",
  "until",
  "along",
  "across",
  "near",
  "amid",
  // "eight in 1,000 among those who ate the most", "Twelve among the dead": a group, not a noun counted.
  "among",
  "during",
  "through",
  "more",
  "less",
  "times",
  // "34.6 per 100,000 residents": what follows "per" is read as a rate (withRate).
  "per",
  // Verbs right after a figure: "Where does 46,000 come from", "12 said yes".
  "come",
  "comes",
  "came",
  "said",
  "says",
  // "31,000 remain without supply": what is left, counted by the words before it. Not "remains",
  // after a count a noun as often ("recovered 200 remains from the site").
  "remain",
  "remained",
  // "950,000 stayed one night": a verb, as "remain" is.
  "stay",
  "stayed",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "do",
  "does",
  "did",
  // "up to half his sentence": a possessive determiner stands before what is counted.
  ...POSSESSIVE_DETERMINERS,
]);

const QUAL_RE =
  "(?:(just over|just under|more than|greater than|less than|fewer than|no more than|no fewer than|no less than|upwards of|in excess of|at least|at most|as many as|as much as|up to|close to|over|above|under|below|about|around|roughly|approximately|some|nearly|almost|exactly|estimated)\\s+(?:an?\\s+(?=\\d))?)?";
// "two and a half years", "1 and a half million": the half belongs to the number. The longer
// number words come first: "seventy" is no "seven" and "ty". "two hundred and fifty" is one number,
// and so is "two hundred fifty" (US copy leaves out the "and"); "one hundred and two hundred" is two.
// "a" is a number only in "a fifth of", "a quarter of" (a share, see fractionDenominator), "by a
// fifth" at the end of its phrase (a change by a share, see changedBy) and before a scale the
// multiplier group reads ("a thousand people", see scaleAfterACounts). "a few hundred", "several
// thousand" are a number too: the scale, qualified "several" (VAGUE_SCALE).
const NUM_RE =
  "([$€£¥₹₩]\\s?)?((?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:a\\s+few|several)\\s+(?:hundred|thousand|dozen|million|billion)\\b|(?:a\\s+(?=dozen|hundred|half|thousand|million))?(?:(?:zero|nought)(?=\\s+point\\s)|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundreds|thousands|dozens|millions|billions|hundred|dozen|half(?:\\s+a(?=\\s+(?:million|billion|trillion)\\b))?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+hundred\\b)?(?:(?<=hundred)\\s+(?:and\\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b(?!\\s+hundred\\b))?" +
  `${SPOKEN_DECIMAL_TAIL}?` +
  "|a(?=\\s+(?:(?:third|quarter|fifth|sixth|eighth|tenth)(?:\\s+of|(?=[ \\u00a0]*(?:[.,;:!?)]|$|(?:in|on|from|since|last|this|over|to|compared|and|as|at|after|before|during|between|amid|while|when|but)\\b)))|quarter[- ](?:percentage[- ])?point|(?:year|month|week|day|decade|century|hour)\\s+and\\s+a\\s+half|thousand|million|billion|trillion)\\b))(?:\\s+and\\s+a\\s+half\\b)?)";
// "seventy-billion-dollar", "$70-billion": a scale joined by a hyphen (see compound-sums.ts).
const MULT_RE = `(?:(?:\\s|${COMPOUND_SCALE_JOIN})?(thousand|million|billion|trillion|crore|lakh|bn|tn|m|k)\\b)?`;
const UNIT_RE =
  "(?:\\s?(%|percent\\b|per cent\\b|°[CF]\\b|℃|℉|degrees? (?:Celsius|Fahrenheit|centigrade)\\b)|[- \\u00a0]([\\p{L}][\\p{L}’'\\-]*))?";
const QUANTITY_BODY = `${QUAL_RE}${NUM_RE}${MULT_RE}${UNIT_RE}`;
const QUANTITY_SOURCE = `(?<![\\p{L}\\p{N}])${QUANTITY_BODY}`;
/** Every quantity match; exported for the test that checks nextQuantityStart never skips one. */
export const QUANTITY = new RegExp(QUANTITY_SOURCE, "giu");
/** The same regex, tried only where nextQuantityStart says a match can begin. */
const QUANTITY_AT = new RegExp(QUANTITY_SOURCE, "iuy");
/** Without the lookbehind: tried at a "$" that a dollar's country stands right before ("A$2.5 billion"). */
const DOLLAR_AT = new RegExp(QUANTITY_BODY, "iuy");
/** "half a percentage point", "a quarter-point": tried where the quantity regex found a number word. */
const POINT_FRACTION_AT = pointFractionRegex(QUAL_RE);
/** Words a quantity may open with when white space follows: qualifiers' first words, "a", "several". */
const SPACED_START_WORDS = [...Object.keys(QUALIFIERS).map((q) => q.split(" ")[0]!), "a", "several"];
registerQuantityStartWords([...Object.keys(NUMBER_WORDS), ...DECIMAL_ZEROS], SPACED_START_WORDS);

/**
 * After "N times": what makes it a multiplier ("as many", "more", "higher", "the size", "over");
 * not "as" before a determiner ("130 times as a state senator").
 * "the" not before a time ("nine times the previous session", "40 times the year before") and
 * "that" only before what a multiple is of ("five times that amount", "twice that of"), not "14
 * times that year"; "over" only at the end ("paid for itself three times over") or before a
 * figure, not "12 times over the past decade"; an "-er" word only when it is a comparative, not
 * "after", "later" or "under" ("struck three times after midnight").
 */
const MULTIPLYING_AFTER =
  /^[ \u00a0]+(?:as(?=[ \u00a0]+(?!(?:a|an|the|his|her|their|its|our|my|your|part|well|of)\b)\p{Ll})|more|less|fewer|than|larger|bigger|higher|lower|greater|smaller|the(?![ \u00a0]+(?:past|last|next|previous|following|same|first|second|third|year|month|week|day|night|morning|afternoon|evening|session|season|decade|weekend|summer|winter|spring|autumn|fall|game|match|race|tournament|period|time)\b)|that(?=[ \u00a0]+(?:of|amount|number|figure|level|rate|size|sum|total|much|many)\b)|over(?=[ \u00a0]*(?:[,.;:!?)]|$|[ \u00a0]+[$€£\d]))|(?!(?:after|later|under|ever|never|however|whether|together|other|rather|either|neither|earlier|over|per|order|number|member|officer|water|quarter|center|centre|summer|winter|letter|matter|paper|power|border|dinner|weather|hour)\b)\p{Ll}+er)\b/u;

// Every match has a number: digits, or a number word at the start of a run of letters (after
// the lookbehind, a qualifier and spaces, a currency sign or "a "), or the fraction word after
// "a" ("a fifth of"; "third", "fifth", "sixth", "eighth" and "tenth" share a number word's first
// three letters, "quarter" does not).
export const NUMBER_WORD_GATE = definePrefixGate([...Object.keys(NUMBER_WORDS), ...DECIMAL_ZEROS, "quarter"]);
gated(QUANTITY, 0, DIGIT | NUMBER_WORD_GATE);

/** Cheap test for RUPEES_BEFORE: an "s" one or two chars before the figure ("Rs 250", "Rs.4"). */
function rupeeSignAt(text: string, at: number): boolean {
  return text.charCodeAt(at - 2) === 115 || text.charCodeAt(at - 1) === 115 || text.charCodeAt(at - 3) === 115;
}
const RUPEES_BEFORE = /\bRs\.?[ \u00a0]?$/;
const ABBREVIATION_THEN_WORD = /^\.(?:\p{Lu}\.)+[ \u00a0]+(\p{Ll}+)/u;
const PER_TIME_UNITS = new Set(["km", "m", "mi", "ft"]);
const SLASH_TIME = /^\/(?:h|hr|s)\b/;

const HALF_COMPOUNDS = new Set([
  "time",
  "term",
  "way",
  "back",
  "brother",
  "sister",
  "life",
  "truth",
  "measure",
  "measures",
  "century",
]);
// "first-half sales": the compound names the part too.
const PART_BEFORE_HALF = /\b(?:first|second|other|the|last|latter|back|this)(?:\s+|-)$/i;

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const HUNDREDS_IN_WORDS = /\shundred\b/i;

/**
 * Is the number a figure on its own, with nothing counted after it? Digits are, and so are words
 * with hundreds ("twenty-four hundred", "seven hundred and fifty") or a decimal ("seven point
 * nine"); a lone number word is as often a pronoun or an idiom ("one of them", "the two of us").
 */
function isFigure(num: string): boolean {
  return startsWithDigit(num) || HUNDREDS_IN_WORDS.test(num) || hasSpokenDecimal(num);
}

/** A four-digit year 1800-2099 ("1999", "2024"), which the date resolver handles. */
function isYear(num: string): boolean {
  if (num.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (!startsWithDigit(num[i]!)) return false;
  const head = num.slice(0, 2);
  return head === "18" || head === "19" || head === "20";
}

const QUALIFIER_FIRST_WORDS = new Set(SPACED_START_WORDS);
const NUMBER_WORD_LIST = [...Object.keys(NUMBER_WORDS), ...DECIMAL_ZEROS];

/**
 * Can a quantity start at a token with this text? It must begin with a digit, be a qualifier's
 * first word or "a" followed by a space, or begin with a number word ("tenmillion" is read as
 * ten million). A currency sign is not part of a token, so a quantity that starts with one never
 * starts at a token. Non-ASCII tokens answer yes: "ſ" matches "s" in the quantity regex.
 */
export function mayStartQuantity(token: string): boolean {
  if (startsWithDigit(token)) return true;
  let end = 0;
  while (end < token.length) {
    const c = token.charCodeAt(end);
    if (c >= 128) return true;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    end++;
  }
  const letters = token.slice(0, end).toLowerCase();
  if (QUALIFIER_FIRST_WORDS.has(letters)) return true;
  for (const w of NUMBER_WORD_LIST) if (letters.startsWith(w)) return true;
  return false;
}

const AND_A_HALF = /\s+and\s+a\s+half$/i;
const HALF_AFTER_UNIT = /^[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half\b/i;
const HALF_AFTER_UNITS = new Set(["year", "month", "week", "day", "decade", "century", "hour"]);

const HALF_A = /^half\s+a$/;
/** "a few hundred", "several thousand": a vague multiple of the scale. */
const VAGUE_SCALE = /^(?:a\s+few|several)\s+(\w+)$/i;

/** A share to six significant digits: 0.666667 for two-thirds, 4e-7 for one in 2,500,000. */
function shareOf(part: number, whole: number): number {
  return Number((part / whole).toPrecision(6));
}

function parseNumber(raw: string): number | null {
  // " and a half" is 11 chars after a number: shorter ones are read without the regex.
  if (raw.length >= 12 && AND_A_HALF.test(raw)) {
    const whole = parseNumber(raw.replace(AND_A_HALF, ""));
    return whole === null ? null : whole + 0.5;
  }
  if (startsWithDigit(raw)) return Number(raw.includes(",") ? raw.replace(/,/g, "") : raw);
  const vague = VAGUE_SCALE.exec(raw);
  if (vague !== null) {
    // The scale is a number word ("hundred", "dozen") or a multiplier ("thousand", "million").
    const scale = vague[1]!.toLowerCase();
    return NUMBER_WORDS[scale] ?? MULTIPLIERS[scale]!;
  }
  // "seven point nine": a decimal said in words.
  if (hasSpokenDecimal(raw)) return parseSpokenDecimal(raw, parseNumber);
  const s = raw.toLowerCase().replace(/^a\s+/, "");
  if (s === "a") return 1; // "a fifth of"
  if (HALF_A.test(s)) return 0.5; // "half a million": the multiplier follows
  const parts = s.split(/[- \s]+/);
  let total = 0;
  for (const p of parts) {
    // "two hundred and fifty": the hundreds multiply what comes before them.
    if (p === "hundred" && total > 0) total *= 100;
    else if (p !== "and" || total === 0) {
      const v = NUMBER_WORDS[p];
      if (v === undefined) return null;
      total += v;
    }
  }
  return total;
}

/** Gates one of which a span needs to hold any quantity. */
export const QUANTITY_GATES = DIGIT | NUMBER_WORD_GATE;

/** Possible start positions in a span's text, in increasing order: at[0 .. count - 1] (see quantity-candidates.ts). */
export interface QuantityStarts {
  at: Int32Array;
  count: number;
}

/**
 * Finds quantities in body[start, end) and normalises them: value (with multipliers applied),
 * unit or counted noun, and qualifier ("over 1,700 deportations" → 1700, "deportations", more_than).
 * Bare years are left to the date resolver. `starts`, when given, lists the positions in the span
 * where a match can begin (none left out); otherwise they are found by a scan of the span.
 */
export function findQuantities(
  body: string,
  start: number,
  end: number,
  bits = gateBits(body, start, end),
  starts: QuantityStarts | null = null,
): Quantity[] {
  const out: Quantity[] = [];
  if (!(bits & QUANTITY_GATES)) return out;
  const text = body.slice(start, end);
  // Same matches as running the global QUANTITY over `text`: each candidate position is tried in
  // order and the search resumes after a match, as the global regex's lastIndex would.
  if (starts) {
    let resume = 0;
    for (let k = 0; k < starts.count; k++) {
      const at = starts.at[k]!;
      if (at >= resume) resume = matchAt(text, start, at, out);
    }
  } else {
    for (let at = nextQuantityStart(text, 0); at >= 0;) at = nextQuantityStart(text, matchAt(text, start, at, out));
  }
  joinFeetAndInches(text, start, out);
  withShareGroups(text, start, out);
  return out;
}

/**
 * Tries the quantity regex at `at` of `text` (= body[start, …)), adds the quantity it finds to
 * `out` and returns where the search goes on: after the match, or at the next position. `nested`
 * is set for the second number of a pair or of "27 of 31 economists", which reads no such
 * pattern of its own (so a chain of them is not read by ever deeper calls).
 */
function matchAt(text: string, start: number, at: number, out: Quantity[], nested = false): number {
  // "2:30.45": a colon one or two chars on, which few figures have, before the race-time reader.
  if (text.charCodeAt(at + 1) === 58 || text.charCodeAt(at + 2) === 58) {
    const raceTimeEnd = raceTimeAt(text, start, at, out);
    if (raceTimeEnd > 0) return raceTimeEnd;
  }
  // "on 4 and 5 July": days of the month that ends the list, not counts; "5 July" is read on.
  const lastDay = daysBeforeMonthEnd(text, at);
  if (lastDay > 0) return lastDay;
  // "call 0800 123 4567", "Recall number: 27-041": an identifier, not a figure.
  const idEnd = identifierNumberEnd(text, at);
  if (idEnd > 0) return idEnd;
  const ratioEnd = ratioAt(text, start, at, out);
  if (ratioEnd > 0) return ratioEnd;
  const pairEnd = nested ? 0 : pairAt(text, start, at, out) || voteSplitWithToAt(text, at);
  if (pairEnd > 0) return pairEnd;
  const rangeEnd = nested ? 0 : betweenRangeAt(text, start, at, out, matchAt, parseNumber);
  if (rangeEnd > 0) return rangeEnd;
  const toRangeEnd = nested ? 0 : toRangeAt(text, start, at, out, matchAt, parseNumber);
  if (toRangeEnd > 0) return toRangeEnd;
  // "A$2.5 billion": the regex's lookbehind refuses a letter before the "$", so a dollar's country
  // (in capitals, standing alone) is read with the regex that has none.
  const re =
    text.charCodeAt(at) === 36 && at > 0 && isLetterAt(text, at - 1) && dollarCountryBefore(text, at) !== null
      ? DOLLAR_AT
      : QUANTITY_AT;
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null) return at + 1;
  // "the S&P 500 sliding 4.8%", "the FTSE 100", "Highway 299", "a phase 3 trial": the number is
  // part of a name.
  NAMED_BY_NUMBER.lastIndex = at;
  if (NAMED_BY_NUMBER.test(text)) return at + m[0].length;
  // "Atlas-4", "F-35", "COVID-19": digits joined by a hyphen to a capitalised word end a name.
  if (text.charCodeAt(at - 1) === 45 && capitalisedWordBefore(text, at - 1)) return at + m[0].length;
  if (isNameNumber(m) && namingWordBefore(text, at)) {
    NAMED_AFTER_WORD.lastIndex = at;
    if (NAMED_AFTER_WORD.test(text)) return at + m[0].length;
  }
  if (isNameNumber(m) && !m[5] && numberInName(text, at, m[3]!)) return at + m[0].length;
  // "a number 59 bus towards …", "the No 9 tram": a route's number.
  if (isNameNumber(m) && !m[5] && routeNumberAt(text, at)) return at + m[0].length;
  // "“No. 7 (Orange and Red)”", "behind only Moana 2, which took …": a title's number.
  if (isNameNumber(m) && !m[5] && numberInTitleOfWork(text, at)) return at + m[0].length;
  // "at one point", "the one achieved by …": no count.
  if (isNameNumber(m) && !m[5] && oneCountsNothing(text, at, m[3]!, m[6])) return at + m[0].length;
  if (POINT_FRACTION_FIRST.has(m[3]!.toLowerCase())) {
    const pointEnd = pointFractionAt(text, start, at, out);
    if (pointEnd > 0) return pointEnd;
  }
  const noun = m[6]?.toLowerCase();
  // "Tom Whitfield, 34, from Belper", "a man, aged 60,": an age, in years.
  if (isNameNumber(m) && !m[5] && !m[6] && ageAfterName(text, at, m[3]!)) {
    const q = toQuantity(m, start);
    if (q !== null) out.push({ ...q, unit: "years" });
    return at + m[0].length;
  }
  if (!m[2] && !m[5]) {
    // "the 100m in 9.58 seconds": a race's distance, not 100 million.
    const raceEnd = m[4] === "m" ? raceDistanceAt(m, text, start, at, out, NOT_UNITS) : 0;
    if (raceEnd > 0) return raceEnd;
    // "rose to nine", "over 40 years rather than 30": a bare figure the words around it count.
    const bareEnd =
      nested || m[4] || (noun !== undefined && !CLAUSE_GOES_ON.has(noun))
        ? 0
        : bareFigureAt(m, noun, text, start, at, out, parseNumber);
    if (bareEnd > 0) return bareEnd;
    // "restored to 22,000 customers, but 31,000 remain": the figure counts customers too.
    const parallel =
      nested || m[4] || out.length === 0 ? null : parallelCountedNounAt(m, noun, text, start, at, out, parseNumber);
    if (parallel !== null) {
      out.push(parallel);
      return parallel.end - start;
    }
  }
  if (noun === "of" && !nested && !m[2] && !m[4]) {
    const partEnd = partOfWholeAt(m, text, start, out);
    if (partEnd > 0) return partEnd;
  }
  const q = toQuantity(m, start);
  if (q === null) return at + m[0].length;
  const counted =
    noun !== undefined &&
    (q.unit === noun ||
      (q.unit === null && (COUNT_ADJECTIVES.has(noun) || noun.endsWith("ing") || isLyModifier(m[6]!))))
      ? withHeadNoun(q, noun, m.index + m[0].trimEnd().length, text, start)
      : q;
  // "a thousand people": a scale after "a" counts a plural; "one in a million", "a thousand
  // times" and a compound ("a million-dollar question", "a thousand-strong crowd") count nothing. The search goes on inside the match: "a million four hundred thousand"
  // still reads "four hundred thousand".
  // "a thousand times higher" is a multiple, which "said it a thousand times" is not.
  if (
    m[4] !== undefined &&
    (m[3] === "a" || m[3] === "A") &&
    (counted.unit !== "fold" || hyperbole(text, counted.end - start)) &&
    (text.charCodeAt(at + m[0].indexOf(m[4]) + m[4].length) === 45 ||
      // With no qualifier the match starts at its "a" ("like a million dollars"); "about a million
      // dollars" is no idiom.
      !scaleAfterACounts(counted.unit, text, counted.end - start, m[1] === undefined ? at : -1, countsPlural))
  )
    return at + 1;
  // Past its adjective, a number word counts a plural ("two more hospitals"), not an idiom's noun
  // ("one more point", "millions more like him") or nothing ("two more.").
  if (q.unit === null && !isFigure(m[3]!) && !m[4] && !(q.value >= 2 && countsPlural(counted.unit)))
    return at + m[0].length;
  const bounded =
    counted.qualifier === null
      ? orMoreAfter(counted, text, start)
      : m[1] !== undefined && overIsPeriod(m[1], counted, text, start, at, out)
        ? { ...counted, qualifier: null }
        : counted;
  const coded = currencyCodeOf(bounded.unit, bounded.text);
  const rated = signed(
    withRate(coded === bounded.unit ? bounded : { ...bounded, unit: coded }, text, start),
    m,
    text,
    start,
    at,
  );
  // "4 minutes 12 seconds": one duration. Only a unit in h or m can be hours or minutes.
  const first = rated.unit === null ? 0 : rated.unit.charCodeAt(0);
  const timed = first === 104 || first === 109 ? withDurationTail(rated, text, start) : rated;
  // "3 million Fold 7 units": the capitalised word is a product, and the count counts units.
  // "40 Category 1 incidents": a rank's label between the count and its plural (decision 490).
  const product =
    m[6] !== undefined && timed.unit === noun
      ? (nounAfterProduct(text, at + m[0].length - m[6].length, at + m[0].length) ??
        nounAfterLabel(text, at + m[0].length - m[6].length, at + m[0].length))
      : null;
  if (product !== null) {
    out.push({
      ...timed,
      unit: product.unit,
      end: start + product.end,
      text: text.slice(timed.start - start, product.end),
    });
    return product.end;
  }
  out.push(timed);
  return Math.max(at + m[0].length, timed.end - start);
}

/** The quantity with its sign, when a minus stands right before its number: "minus 4" is -4. */
function signed(q: Quantity, m: RegExpExecArray, text: string, start: number, at: number): Quantity {
  // Only a bare number: "minus about 4" and "-$5" are rare, and a qualifier or currency goes first.
  if (m[1] || m[2]) return q;
  const sign = negativeSignStart(text, at);
  if (sign < 0) return q;
  return { ...q, value: -q.value, start: start + sign, text: text.slice(sign, q.end - start) };
}

/** Adds "half a percentage point" at `at` as 0.5 percentage point; returns where it ends, or 0 when none stands there. */
function pointFractionAt(text: string, start: number, at: number, out: Quantity[]): number {
  POINT_FRACTION_AT.lastIndex = at;
  const m = POINT_FRACTION_AT.exec(text);
  if (m === null) return 0;
  // "three quarter-point cuts": a count of cuts a quarter of a point each, not three quarters.
  if (COUNT_BEFORE_FRACTION.test(m[2]!) && PLURAL_NEXT.test(text.slice(at + m[0].length, at + m[0].length + 24)))
    return 0;
  const s = start + at;
  out.push({
    text: m[0],
    start: s,
    end: s + m[0].length,
    value: fractionValue(m[2]!),
    unit: pointUnit(m[3]!),
    qualifier: qualifierAt(m[1], text, at),
  });
  return at + m[0].length;
}

/** A count and a fraction word apart, the fraction singular: "three quarter", "two third". */
const COUNT_BEFORE_FRACTION = /^(?:two|three)[ \u00a0](?:quarter|third)$/i;
const PLURAL_NEXT = /^[ \u00a0]+\p{Ll}{2,}s\b/u;
/** The size of a step in rates, kept with what it sizes: "three quarter-point cuts", "two half-point hikes". */
const POINT_SIZE = /^(?:quarter|half)-point$/;

const OR_MORE =
  /[ \u00a0]+(?:or[ \u00a0]+(more|fewer|less)|(?:and|or)[ \u00a0]+(over|older|above|under|younger|below))\b(?![ \u00a0]+(?:than\b|[\d$€£¥₹₩]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|the|this|that|these|those|its|his|her|their|our|my|your|any|some|new|current)\b))(?:[ \u00a0]+(\p{Ll}+s|people|children|men|women)\b)?/uy;
const AT_LEAST_WORDS = new Set(["more", "over", "older", "above"]);

/**
 * "employers with 50 or more workers": a lower bound, and the noun after "or more" is what is
 * counted; "10 or fewer" an upper one. The quantity as it was when no such words follow.
 */
function orMoreAfter(q: Quantity, text: string, start: number): Quantity {
  OR_MORE.lastIndex = q.end - start;
  const m = OR_MORE.exec(text);
  if (m === null) return q;
  const noun = m[3] !== undefined && !NOT_UNITS.has(m[3]) ? m[3] : null;
  const end = q.end - start + (noun ? m[0].length : m[0].length - (m[3] ? m[3].length + 1 : 0));
  return {
    ...q,
    text: text.slice(q.start - start, end).trimEnd(),
    end: start + end,
    unit: q.unit ?? noun,
    qualifier: AT_LEAST_WORDS.has((m[1] ?? m[2])!.toLowerCase()) ? "at_least" : "at_most",
  };
}

const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "police"]);
/** Plurals without an "s" after a capitalised modifier: "420 Ukrainian servicemen", "87 Palestinian children". */
const IRREGULAR_PLURAL_END = /(?:men|people|children)$/;
const countsPlural = (unit: string | null): boolean =>
  unit !== null && (IRREGULAR_PLURALS.has(unit) || /[^s]s$/.test(unit));

/** Names that end in a number: stock indexes ("S&P 500", "FTSE 100", "Nikkei 225", "Russell 2000", "Euro Stoxx 50"), "Fortune 500". */
const NAMED_BY_NUMBER =
  /(?<=(?:S&P|FTSE|Nikkei|Russell|Stoxx|Fortune|ASX|CAC|DAX|MSCI|Sensex|Nifty|Kospi|TSX)[ \u00a0])/y;
/**
 * Words that name a thing by the number after them, in any case: "Highway 299", "Interstate 5",
 * "a phase 3 trial", "Flight 370", "Article 50", "Category 5", "Grade 12". After "this", "that",
 * "each", "every", "any", "which" or "what" the word is no name ("at this stage 40 people had
 * died"), nor after "to" or a modal, where it is a verb ("plans to stage 10 rallies").
 */
const NAMING_WORDS = new Set(
  "highway route interstate channel title phase flight gate platform section article chapter category level stage round room grade tier type version model bus line terminal ward district precinct exit runway proposition pier".split(
    " ",
  ),
);
/**
 * Naming words that are seldom verbs, so "to" before them still leaves a name: "the response to
 * category 2 calls", "moved to Tier 2". "to grade 10 papers" or "to stage 10 rallies" stay counts.
 * After a modal they are verbs all the same ("it would tier 3 products", "will platform 40 new
 * sellers"): a name does not follow "will" or "would".
 */
const NAMING_NOUNS_ONLY = "category tier chapter article highway interstate platform terminal precinct runway";
const MODALS = "will|would|could|can|may|might|must|should";
const NAMED_AFTER_WORD = new RegExp(
  `(?<=(?<!\\b(?:this|that|each|every|any|which|what)[ \\u00a0])(?:(?<!\\b(?:to|${MODALS})[ \\u00a0])\\b(?:${[...NAMING_WORDS].join("|")})|(?<!\\b(?:${MODALS})[ \\u00a0])\\b(?:${NAMING_NOUNS_ONLY.replaceAll(" ", "|")}))[ \\u00a0])`,
  "iy",
);

/**
 * Is the word right before `at` (after one space) one of NAMED_AFTER_WORD's naming words? Read
 * by char codes, so the look-behind regex runs only where it can match.
 */
function namingWordBefore(text: string, at: number): boolean {
  const space = text.charCodeAt(at - 1);
  if (at < 3 || (space !== 32 && space !== 0xa0)) return false;
  return NAMING_WORDS.has(text.slice(letterRunStart(text, at - 1, 12), at - 1).toLowerCase());
}

/** Where the run of ASCII letters that ends at `end` starts, looking back at most `max` letters. */
function letterRunStart(text: string, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && /[A-Za-z]/.test(text[s - 1]!)) s--;
  return s;
}

/** Does a word that starts with a capital end at `end` ("Atlas" in "Atlas-4")? */
function capitalisedWordBefore(text: string, end: number): boolean {
  const s = letterRunStart(text, end, 24);
  return s < end && /[A-Z]/.test(text[s]!);
}

/** Can the number of `m` be part of a name ("Flight 370")? Not an amount, a qualified figure, "1,700" or "3.5 million". */
function isNameNumber(m: RegExpExecArray): boolean {
  return !m[1] && !m[2] && !m[4] && !m[3]!.includes(",");
}

/** After "a thousand times": "over", or a comparison that in a quotation is hyperbole. */
const HYPERBOLE_OVER = /^[ \u00a0]+over\b/i;
const BETTER_OR_WORSE = /^[ \u00a0]+(?:better|worse)\b/i;

/**
 * Is the multiple "a <scale> times" that ends at `end` hyperbole? "I'd do it again a thousand times
 * over"; "“This is a million times better than last season”", inside a quotation.
 */
function hyperbole(text: string, end: number): boolean {
  const after = text.slice(end, end + 12);
  if (HYPERBOLE_OVER.test(after)) return true;
  if (!BETTER_OR_WORSE.test(after)) return false;
  const before = text.slice(0, end);
  return before.lastIndexOf("“") > before.lastIndexOf("”") || (before.split('"').length - 1) % 2 === 1;
}

/** A scale written after digits: "3 million", "3m", "3bn". */
const MULTIPLIER_WORD_AFTER_DIGITS = /\d[ \u00a0]?(?:thousand|million|billion|trillion|bn|tn|m|k)\b/i;
/** Two numbers joined by a hyphen or a dash: a score, a vote, a season or a range. */
const PAIR = /(\d{1,4})[-–](\d{1,4})(?![\d.,]\d)/y;
const SCORE_WORDS = new Set(
  "beat beats beating won win wins winning lost lose loses losing led leading trailed trailing drew defeated defeating vote votes ruling decision victory win defeat loss lead majority draw tie score".split(
    " ",
  ),
);
/**
 * Words that make a pair a vote only right beside it: "passed 51-49", "split 10-2", "a 51-49
 * margin". Five words back they are too common: "confirmed 10-15 deaths", "an operating margin of
 * 10-12%", "voted to hear 20-30 cases" are ranges.
 */
const VOTE_WORDS_BESIDE = new Set(
  "margin split edge verdict passed approved rejected voted confirmed ruled".split(" "),
);
/** Words that may follow a vote ("passed 51-49 in the Senate"); any other lower-case word may be what a range counts. */
// "ruled 6-3 that …": a court's vote, then what it held.
const AFTER_A_VOTE = new Set("in on at to by after with for against from of and as that".split(" "));
const OBJECT_PRONOUNS = new Set(["her", "him", "them", "it"]);
/** One or two words after a pair: "a 51-49 majority", "a 51-49 Senate majority", "a 6-3 party-line vote". */
const WORDS_AFTER_PAIR = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;
/** A share sign right after a pair: "10-15%", "3-5 per cent" are ranges, never votes. */
const SHARE_AFTER_PAIR = /^\s?(?:%|per ?cent|percent)/i;

/**
 * "beating Dortmund 2-0", "a 5-4 ruling": a score or a vote counts nothing; "the 2019-20 season"
 * is a span of years; "10-12 hours" is a range whose first number counts what the second does.
 * Adds what it finds to `out` and returns where the search goes on, or 0 when no pair starts at `at`.
 */
function pairAt(text: string, start: number, at: number, out: Quantity[]): number {
  if (!startsWithDigit(text[at] ?? "") || (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!))) return 0;
  PAIR.lastIndex = at;
  const m = PAIR.exec(text);
  if (m === null) return 0;
  const end = at + m[0].length;
  if (isYear(m[1]!)) return end;
  // The verb may stand before the opponent's name: "beating Borussia Dortmund 2-0".
  const beforeText = text.slice(Math.max(0, at - 48), at);
  const before = beforeText.toLowerCase().split(/\s+/).slice(-5);
  const afterWords = WORDS_AFTER_PAIR.exec(text.slice(end, end + 32));
  const afterWord = afterWords?.[1];
  const after = afterWord?.toLowerCase();
  // A split is a score or a vote: "Republicans hold a 51-49 Senate majority" counts no senates.
  // The second word counts only after a modifier ("Senate", "party-line"), not after a unit:
  // "a 10-12 point lead" is a range of points.
  const secondAfter =
    afterWord && (UPPER_FIRST.test(afterWord) || afterWord.includes("-")) ? afterWords?.[2]?.toLowerCase() : undefined;
  if (
    before.some((w) => SCORE_WORDS.has(w)) ||
    (after && SCORE_WORDS.has(after)) ||
    (secondAfter && SCORE_WORDS.has(secondAfter)) ||
    voteWordBeside(text, end, before, after, afterWord)
  )
    return end;
  // "Harlow Town 3-1 Castleford Rovers": between two names, the pair is a match's score.
  if (afterWord && UPPER_FIRST.test(afterWord) && NAME_BEFORE.test(beforeText)) return end;
  const second: Quantity[] = [];
  const secondEnd = matchAt(text, start, at + m[1]!.length + 1, second, true);
  const upper = second[0];
  if (!upper) return end;
  // "2-3 million doses": the high end's scale is the low end's too.
  const scale = MULTIPLIER_WORD_AFTER_DIGITS.test(upper.text)
    ? borrowedScale({ value: Number(m[1]) }, upper, parseNumber)
    : 1;
  out.push(
    {
      text: m[1]!,
      start: start + at,
      end: start + at + m[1]!.length,
      value: scale === 1 ? Number(m[1]) : Number((Number(m[1]) * scale).toPrecision(15)),
      unit: upper.unit,
      qualifier: null,
    },
    upper,
  );
  return secondEnd;
}

/** Two numbers joined by "to": "voted 7 to 4". */
const TO_PAIR = /(\d{1,4})[ \u00a0]+to[ \u00a0]+(\d{1,4})(?![\d.,]\d)/y;
/** Nouns after a split that make it a vote: "in a 5 to 2 vote". */
const VOTE_NOUNS_AFTER = new Set(["vote", "majority", "margin", "decision", "ruling", "verdict", "split"]);

/**
 * "The council voted 7 to 4 in favour", "in a 5 to 2 vote": a vote's split written with "to"
 * counts nothing, as "voted 7-4" does (decision 415); read alone, 7 and 4 were two figures of
 * nothing. Only beside a vote word, and with no counted noun or share after it (`voteWordBeside`):
 * "approved 7 to 10 projects" and "voted to hear 20 to 30 cases" are ranges, "passed it 55 to 45
 * percent" a split of shares, as before. Returns where the split ends, or 0.
 */
function voteSplitWithToAt(text: string, at: number): number {
  // Cheap first: digits and " to " right after them.
  if (!startsWithDigit(text[at] ?? "") || (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!))) return 0;
  TO_PAIR.lastIndex = at;
  const m = TO_PAIR.exec(text);
  if (m === null || isYear(m[1]!) || isYear(m[2]!)) return 0;
  const end = at + m[0].length;
  const before = text
    .slice(Math.max(0, at - 48), at)
    .toLowerCase()
    .split(/\s+/)
    .slice(-5);
  const afterWords = WORDS_AFTER_PAIR.exec(text.slice(end, end + 32));
  const afterWord = afterWords?.[1];
  const after = afterWord?.toLowerCase();
  if (after !== undefined && VOTE_NOUNS_AFTER.has(after)) return end;
  // "The council approved 12 to 15 of the 20 proposals": a range of what "of" names (a review of
  // decision 415).
  if (after === "of") return 0;
  if (voteWordBeside(text, end, before, after, afterWord)) return end;
  return votedOnBefore(before) && !SHARE_AFTER_PAIR.test(text.slice(end, end + 9)) && endsVote(afterWord) ? end : 0;
}

/** Words right before a pair that make it a range, never a split: "voted on raising it from 7 to 10". */
const RANGE_OPENERS = new Set(["from", "between"]);
/**
 * "The committee voted on the plan 7 to 4": "voted on" and what was voted on (up to three words,
 * no mark of a clause's end among them) before the pair make it a split too (decision 450).
 */
function votedOnBefore(before: string[]): boolean {
  const at = before.indexOf("voted");
  if (at < 0 || before[at + 1] !== "on" || RANGE_OPENERS.has(before[before.length - 1] ?? "")) return false;
  return !before.slice(at).some((w) => /[,.;:!?]$/.test(w));
}

/** Nothing the pair could count after it: no word, a capitalised one or one that may follow a vote. */
function endsVote(afterWord: string | undefined): boolean {
  return !afterWord || !LOWER_FIRST.test(afterWord) || AFTER_A_VOTE.has(afterWord.toLowerCase());
}

/**
 * "passed 51-49", "The Senate confirmed her 52-48", "a 51-49 margin": a vote word right beside the
 * pair, with no share sign and no counted noun after it ("confirmed 10-15 deaths" is a range).
 */
function voteWordBeside(
  text: string,
  end: number,
  before: string[],
  after: string | undefined,
  afterWord: string | undefined,
): boolean {
  if (SHARE_AFTER_PAIR.test(text.slice(end, end + 9))) return false;
  if (after && VOTE_WORDS_BESIDE.has(after)) return true;
  // "The Senate confirmed her 52-48": an object pronoun may stand between.
  const [second, first] = before.filter((w) => w !== "").slice(-2);
  if (!VOTE_WORDS_BESIDE.has(first ?? "") && !(OBJECT_PRONOUNS.has(first ?? "") && VOTE_WORDS_BESIDE.has(second ?? "")))
    return false;
  // What follows the pair must not be something it counts: "confirmed 200-300 job cuts".
  return endsVote(afterWord);
}

// Module constants: esbuild turns a `\p{…}` regex literal inside a function into a new RegExp per call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** A capitalised word and one space at the end of a (short) slice: "Town " in "Harlow Town 3-1". */
const NAME_BEFORE = /(?<!\p{L})\p{Lu}\p{L}*[ \u00a0]$/u;
const SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten";
/**
 * "one in four adults", "1 in 5 children", "one in every three voters": a share, not a count of
 * four adults. The denominator is a small number, a round one or digits that are not a year,
 * thousands separators included ("one in 2,500 brackets"); digits that go on past a point or a
 * comma ("one in 2.5 million") are none.
 */
const RATIO_AT = new RegExp(
  `${QUAL_RE}(${SMALL_NUMBERS}|\\d{1,3}) in (?:every )?(${SMALL_NUMBERS}|twenty|a hundred|a thousand|hundred|thousand|(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4})(?![.,]\\d))\\b(?:[ \\u00a0]+(\\p{Ll}[\\p{L}’'-]*))?`,
  "iuyd",
);

/** Does " in " stand within the next 24 chars (a qualifier and a number)? Most starts fail here, cheaply. */
function inFollows(text: string, at: number): boolean {
  const last = Math.min(text.length - 4, at + 24);
  for (let i = at; i <= last; i++) {
    if (text.charCodeAt(i) === 32 && (text.charCodeAt(i + 1) | 32) === 105 && (text.charCodeAt(i + 2) | 32) === 110) {
      if (text.charCodeAt(i + 3) === 32) return true;
    }
  }
  return false;
}

/** "compared with", "against", "than" right before a figure: it is measured as the one before it. */
const COMPARED_BEFORE_SHARE = /\b(?:compared[ \u00a0]+(?:with|to)|versus|vs\.?|against|than)[ \u00a0]+$/i;

/**
 * "six in every 1,000 people …, compared with roughly eight in 1,000 among those who …": a share
 * that names no noun of its own, compared with a share of something before it in the sentence,
 * is a share of the same. The unit of that share, or null.
 */
function comparedShareUnit(text: string, start: number, at: number, out: readonly Quantity[]): string | null {
  const previous = out[out.length - 1];
  if (previous === undefined || previous.unit === null || !previous.unit.startsWith("share of ")) return null;
  const from = previous.end - start;
  if (from < 0 || from > at || text.slice(from, at).search(/[.!?;]/) >= 0) return null;
  return COMPARED_BEFORE_SHARE.test(text.slice(Math.max(0, at - 16), at)) ? previous.unit : null;
}

/** Adds the share that starts at `at` ("one in four adults" → 0.25, "share of adults") and returns where it ends, or 0. */
function ratioAt(text: string, start: number, at: number, out: Quantity[]): number {
  if (!inFollows(text, at) || (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!))) return 0;
  RATIO_AT.lastIndex = at;
  const m = RATIO_AT.exec(text);
  if (m === null) return 0;
  const part = parseNumber(m[2]!);
  const whole = m[3]!.toLowerCase().replace(/^a\s+/, "");
  const denominator = isYear(whole) ? null : (parseNumber(whole) ?? MULTIPLIERS[whole] ?? null);
  if (part === null || denominator === null || !(part < denominator)) return 0;
  // The counted noun, unless the next word is none ("one in four of them", "1 in 5 in 2023").
  let noun = m[4] !== undefined && !NOT_UNITS.has(m[4]) ? m[4] : null;
  let end = noun ? m.indices![4]![1] : m.indices![3]![1];
  // "one in four white men": past an adjective, the plural it describes.
  const past = noun === null ? undefined : nounPastShareModifier(text, noun, end);
  if (past !== undefined) {
    noun = past.noun;
    end = past.noun === null ? m.indices![3]![1] : past.end;
  }
  out.push({
    text: text.slice(at, end),
    start: start + at,
    end: start + end,
    value: shareOf(part, denominator),
    unit: noun
      ? `share of ${noun}`
      : (shareAmongGroup(text, end) ?? comparedShareUnit(text, start, at, out) ?? "share"),
    qualifier: qualifierAt(m[1], text, at),
  });
  return end;
}

/**
 * Words between a number and what it counts: "4,300 new asylum officers", "two more hospitals",
 * "14 overseas holidays", "at least one required vaccine", "200 full-time staff".
 */
const COUNT_ADJECTIVES = new Set(
  "new additional more fewer extra other further young old local foreign registered confirmed suspected total separate major small large overseas domestic international annual required unpaid permanent temporary full-time part-time".split(
    " ",
  ),
);

/** Nouns in -ly: "five family members", "two allies" (plural) aside. */
const LY_NOUNS = new Set(
  "family ally rally supply assembly anomaly monopoly reply belly bully tally gully lily jelly folly".split(" "),
);

/**
 * A lowercase word in -ly after a number is an adverb ("Highway 299 shortly after") or an
 * adjective ("two elderly people", "three weekly flights"), never what is counted: the counted
 * noun is the plural after it, if any. "July", "Italy" and names are capitalised.
 */
function isLyModifier(word: string): boolean {
  return (
    word.length > 3 && word.endsWith("ly") && LOWER_FIRST.test(word) && !LY_NOUNS.has(word) && !word.endsWith("fly")
  );
}

/**
 * "27 of 31 economists", "eight of its 20 beds", "nine of their last 10 home games": the first
 * number counts what the second does. `m` is a match that ended at "of"; adds both quantities
 * and returns where the search goes on, or 0 when no counted whole follows.
 */
function partOfWholeAt(m: RegExpExecArray, text: string, start: number, out: Quantity[]): number {
  const num = m[3]!;
  const part = parseNumber(num);
  // A whole number: not "half of", "dozens of" or a year; not "each one of", "every one of".
  if (part === null || !Number.isInteger(part) || /s$/i.test(num) || isYear(num)) return 0;
  if (EACH_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return 0;
  BEFORE_WHOLE.lastIndex = m.index + m[0].length;
  if (!BEFORE_WHOLE.test(text)) return 0;
  const from = BEFORE_WHOLE.lastIndex;
  const whole: Quantity[] = [];
  const wholeEnd = matchAt(text, start, from, whole, true);
  if (whole.length === 0) return partOfNamedWhole(m, text, start, from, part, out);
  if (whole.length !== 1) return 0;
  const w = whole[0]!;
  // A counted noun ("economists"), not a currency, a per cent, a share or a bare rate.
  if (w.start !== start + from || w.unit === null || !LOWER_FIRST.test(w.unit) || /^(?:share|per )/.test(w.unit))
    return 0;
  // "one of the 10 largest donors" names one of them; a count starts at two.
  if (part < 2 || part > w.value) return 0;
  const partText = m[0].slice(0, m[0].length - m[6]!.length - 1).trimEnd();
  out.push(
    {
      text: partText,
      start: start + m.index,
      end: start + m.index + partText.length,
      value: part,
      unit: w.unit,
      qualifier: qualifierAt(m[1], text, m.index),
    },
    w,
  );
  return wholeEnd;
}
const EACH_BEFORE = /\b(?:each|every|any|no)[ \u00a0]+$/i;
/** "the deaths", "the injured victims": the plural a part is counted of, past at most two words. */
const COUNTED_WHOLE = /(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}?(\p{Ll}+[^s\W]s)\b/uy;

/**
 * "Six of the deaths were in North Carolina", "Two of the victims": a count of a whole the
 * article names without a number. Only after a determiner ("of the", "of its"), from two.
 */
function partOfNamedWhole(
  m: RegExpExecArray,
  text: string,
  start: number,
  from: number,
  part: number,
  out: Quantity[],
): number {
  if (part < 2 || !/[ \u00a0](?:the|its|their|his|her|our|these|those)[ \u00a0]+$/i.test(text.slice(from - 8, from)))
    return 0;
  COUNTED_WHOLE.lastIndex = from;
  const noun = COUNTED_WHOLE.exec(text);
  if (noun === null || NOT_UNITS.has(noun[1]!)) return 0;
  const partText = m[0].slice(0, m[0].length - m[6]!.length - 1).trimEnd();
  out.push({
    text: partText,
    start: start + m.index,
    end: start + m.index + partText.length,
    value: part,
    unit: noun[1]!,
    qualifier: qualifierAt(m[1], text, m.index),
  });
  return COUNTED_WHOLE.lastIndex;
}
/**
 * What may stand between "of" and the whole's number: a determiner and a possessive ("the
 * country's"), then "last", "first", "past", "next" or "top".
 */
const BEFORE_WHOLE =
  /[ \u00a0]+(?:(?:the|its|their|his|her|our|my|your|these|those)[ \u00a0]+)?(?:[a-z]+['’]s[ \u00a0]+)?(?:(?:last|first|past|next|top)[ \u00a0]+)?/iy;
const NEXT_WORD = /[ \u00a0]+(\p{L}[\p{L}’'-]*)/uy;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** A price in US copy: "Gas prices rose by a quarter" is 25 cents, not a 25% rise. */
const PRICE_WORDS = /\b(?:prices?|gas|gasoline|fares?|stamps?|gallon|tolls?|cents?)\b/i;
const SHARE_SIGN = /%|\bper ?cent\b|\bpercent\b/i;

/** Is "by a quarter" in `sentence` likely 25 cents: a price rose or fell, and no share is written? */
function quarterOfADollar(sentence: string): boolean {
  return PRICE_WORDS.test(sentence) && !SHARE_SIGN.test(sentence);
}

/** Modifiers a measure's unit keeps: "square kilometres", "percentage points", "basis points". */
const MEASURE_MODIFIERS = new Set(["square", "cubic", "percentage", "basis"]);

/** Singular nouns that count on their own: "one person dies" counts a person, not "dies". */
const COUNT_NOUNS = new Set(
  "person child man woman year day month week hour minute second time percent dollar euro pound mile kilometre kilometer metre meter ton tonne acre hectare vote point case death seat member".split(
    " ",
  ),
);

/**
 * The counted noun past an adjective or a proper-noun modifier, and at the end of a compound:
 * "4,300 new asylum officers" counts officers, not "new"; "two EU officials" officials, not
 * "eu"; "100 immigration judges" judges. `nounEnd` is where the matched noun ends in `text`
 * (= body[start, …)); the quantity's text then runs to the counted noun.
 */
function withHeadNoun(q: Quantity, noun: string, nounEnd: number, text: string, start: number): Quantity {
  let unit = noun;
  let end = nounEnd;
  for (let hops = 0; hops < 3; hops++) {
    const written = text.slice(end - unit.length, end);
    // A capitalised word after a space modifies the noun ("two EU officials"); after a hyphen it
    // is part of a compound adjective ("THREE-DAY").
    const properModifier = hops === 0 && /^\p{Lu}/u.test(written) && text[end - unit.length - 1] !== "-";
    // "40 striking workers": an -ing word before a plural modifies it, as a capitalised one does.
    const participle = hops === 0 && unit.endsWith("ing");
    if (!COUNT_ADJECTIVES.has(unit) && !properModifier && !participle) break;
    // "1,000 more Border Patrol agents": past an adjective, a name that modifies a plural.
    const named = COUNT_ADJECTIVES.has(unit) ? pluralAfterName(text, end) : null;
    if (named) {
      unit = named.word.toLowerCase();
      end = named.end;
      break;
    }
    let next = wordAt(text, end);
    // "23 Premier League goals": a name of two or three capitalised words before a plural.
    if (properModifier && next !== null && CAPITALISED_WORD.test(next.word)) {
      const then = wordAt(text, next.end);
      if (then !== null && /^\p{Ll}+[^s]s$/u.test(then.word)) next = then;
    }
    // "1.9 million Explorer SUVs": an acronym's plural is a noun too, and keeps its capitals.
    const acronymPlural = next !== null && ACRONYM_PLURAL.test(next.word);
    if (!next || NOT_UNITS.has(next.word.toLowerCase()) || !(acronymPlural || /^\p{Ll}/u.test(next.word))) break;
    // "two EU officials", but "10 Americans agree": a capitalised word is a modifier only before a plural.
    // "500 million Danish kroner": the crowns' own plurals end in no "s" (decision 1060).
    if (
      !COUNT_ADJECTIVES.has(unit) &&
      !/[^s]s$/.test(next.word) &&
      !IRREGULAR_PLURAL_END.test(next.word) &&
      !CROWNS.has(next.word)
    )
      break;
    if (participle && !/^\p{Ll}/u.test(next.word)) break;
    unit = acronymPlural ? next.word : next.word.toLowerCase();
    end = next.end;
  }
  const after = wordAt(text, end);
  if (after !== null && LOWER_FIRST.test(after.word) && !NOT_UNITS.has(after.word)) {
    // "4.1 million square kilometres" measures area, "five percentage points" and "one basis
    // point" a difference of shares: the unit keeps its "square", "cubic", "percentage" or "basis".
    if (MEASURE_MODIFIERS.has(unit)) {
      unit = `${unit} ${after.word}`;
      end = after.end;
    } else if (
      // A singular modifier before a plural noun: "immigration judges", "council members"; an
      // -ly word before an irregular plural too: "two elderly people".
      (/[^s]s$/.test(after.word) || (isLyModifier(unit) && IRREGULAR_PLURALS.has(after.word))) &&
      (!/s$/.test(unit) || SINGULARS_IN_S.has(unit) || SINGULAR_ENDING_IN_S.test(unit)) &&
      !COUNT_NOUNS.has(unit)
    ) {
      unit = POINT_SIZE.test(unit) ? `${unit} ${after.word}` : after.word;
      end = after.end;
    } else if (twoModifiersMayFollow(unit, after.word)) {
      // Two singular modifiers: "410,000 sport utility vehicles", "300 water treatment plants".
      const then = wordAt(text, after.end);
      if (then !== null && PLAIN_LOWER_WORD.test(then.word) && /[^s]s$/.test(then.word) && !NOT_UNITS.has(then.word)) {
        unit = then.word;
        end = then.end;
      }
    }
  }
  // An -ing word that modified nothing ("500 sliding") stays out of the quantity.
  if (unit === q.unit || (q.unit === null && unit === noun)) return q;
  return { ...q, unit, text: text.slice(q.start - start, end), end: start + end };
}

const PLAIN_LOWER_WORD = /^\p{Ll}{3,}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Words in "-s" that are no plural: "autonomous", "bus", "gas", "glass", "census". */
const SINGULAR_ENDING_IN_S = /(?:ous|us|ss|as)$/;
/** Singular nouns in "-s" that modify a plural: "1,834 suspected measles cases", "40 news outlets". */
const SINGULARS_IN_S = new Set([
  "measles",
  "mumps",
  "rabies",
  "diabetes",
  "news",
  "series",
  "species",
  "sales",
  "sports",
]);
const SCALE_WORD = /hundred|thousand|million|billion|trillion/;

/**
 * Whether `unit` and `next` may both modify a plural after them: two plain singular words, not a
 * count's scale ("one hundred billion dollars" is no count of dollars by one), not an -ing word
 * ("15 people telling us"), not a plural already ("people").
 */
function twoModifiersMayFollow(unit: string, next: string): boolean {
  return (
    PLAIN_LOWER_WORD.test(unit) &&
    PLAIN_LOWER_WORD.test(next) &&
    (!/s$/.test(unit) || SINGULAR_ENDING_IN_S.test(unit)) &&
    !/s$/.test(next) &&
    !next.endsWith("ing") &&
    !COUNT_NOUNS.has(unit) &&
    !IRREGULAR_PLURALS.has(unit) &&
    !SCALE_WORD.test(unit)
  );
}

const OF_AFTER = /^[ \u00a0]+of\b/i;
const FRACTION_OF = /^[ \u00a0]+of[ \u00a0]+(?:the|a|an|its|their|all|this|that|his|her|our)\b/i;

/** "two-thirds", "three-quarters", "one-fifth": the denominator a fraction word names. */
const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

/**
 * The denominator when a small whole number and a fraction word make a fraction ("more than
 * two-thirds of the cases" is a share of 0.666667), else 0. Written with a space it is a fraction
 * only before "of" and a determiner: "three quarters of the budget", but "two quarters in a row"
 * and "two quarters of negative growth" count quarters. "a fifth of" is always a fraction.
 */
function fractionDenominator(m: RegExpExecArray, noun: string, value: number): number {
  const denominator = FRACTION_DENOMINATORS[noun.toLowerCase()];
  if (denominator === undefined || !Number.isInteger(value) || value < 1 || value >= denominator) return 0;
  const joined = m[0][m[0].length - noun.length - 1] === "-";
  // "a fifth of voters": after "a" the regex has seen "of" already.
  if (joined || m[3]!.toLowerCase() === "a") return denominator;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return FRACTION_OF.test(after) ? denominator : 0;
}

/** A run of one to three capitalised words from `at`, then a lowercase plural ("Border Patrol agents"): the plural, or null. */
function pluralAfterName(text: string, at: number): { word: string; end: number } | null {
  let end = at;
  for (let names = 0; names < 4; names++) {
    const next = wordAt(text, end);
    if (next === null) return null;
    if (/^\p{Lu}/u.test(next.word)) {
      if (names === 3) return null;
      end = next.end;
      continue;
    }
    return names > 0 && /[^s]s$/.test(next.word) && !NOT_UNITS.has(next.word) ? next : null;
  }
  return null;
}

function wordAt(text: string, at: number): { word: string; end: number } | null {
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  return m && { word: m[1]!, end: NEXT_WORD.lastIndex };
}

/**
 * What follows "half" when it is a share of a whole: "half the country", "half his sentence",
 * "half of them". Not "half that" ("the year and a half that I've been here").
 */
const HALF_OF =
  /(?:of[ \u00a0]+(?:them|us|it|this|that|these|those|all|\p{Ll}+)\b|(?:of[ \u00a0]+)?(?:the|his|her|its|their|our|my|your|these|those|all)\b)/iuy;
/** A verb of change, which "by half" measures: "cut transit fares by half", "fell by half". */
const CHANGE_VERB =
  /^(?:cuts?|cutting|reduc(?:e|es|ed|ing)|falls?|fell|fallen|falling|drop(?:s|ped|ping)?|rise[ns]?|rose|rising|increas(?:e|es|ed|ing)|grows?|grew|grown|growing|slash(?:es|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?)$/i;

/**
 * "up to half his sentence", "nearly half the country", "half of the staff": a share of 0.5 of
 * the whole after it. "cut transit fares by half": a change by a share of 0.5, when a verb of
 * change stands at most five words before "by". Else null ("half a point", "half past ten").
 */
function halfShare(
  m: RegExpExecArray,
  start: number,
  qual: string | undefined,
  num: string,
  noun: string | undefined,
): Quantity | null {
  // "a year-and-a-half": the half belongs to the words before it.
  if (num.toLowerCase() !== "half" || m[2] || m[4] || m[5] || (!qual && m.input[m.index - 1] === "-")) return null;
  const nounAt = m.index + m[0].length - (noun?.length ?? 0);
  let isShare = false;
  if (noun && m.input[nounAt - 1] === " ") {
    HALF_OF.lastIndex = nounAt;
    isShare = HALF_OF.test(m.input);
  }
  // After "by", "half" ends the phrase or a word that counts nothing follows ("by half in 2024");
  // "by half a point" gives no share (and no count of points either).
  if (!isShare && (!noun || (NOT_UNITS.has(noun.toLowerCase()) && !/^an?$/i.test(noun))))
    isShare = changedBy(m.input, m.index);
  if (!isShare) return null;
  const text = m[0].slice(0, m[0].length - (noun ? noun.length + 1 : 0)).trimEnd();
  const s = start + m.index;
  return {
    text,
    start: s,
    end: s + text.length,
    value: 0.5,
    unit: "share",
    qualifier: qualifierAt(qual, m.input, m.index),
  };
}

/** Does "by" stand right before `at`, and a verb of change at most five plain words before it? Reads a short slice only. */
function changedBy(text: string, at: number): boolean {
  const from = Math.max(0, at - 60);
  const words = text.slice(from, at).split(/\s+/);
  const last = words.length - 2;
  if (last < 1 || words[last + 1] !== "" || words[last]!.toLowerCase() !== "by") return false;
  // The first word may be one the slice cut, unless the slice starts the text.
  const first = from === 0 ? 0 : 1;
  for (let i = last - 1; i >= Math.max(first, last - 5) && isPlainWord(words[i]!); i--)
    if (CHANGE_VERB.test(words[i]!)) return true;
  return false;
}

const DEGREE_LETTER = /^[CF]$/;
/**
 * "iPhone 5C", "Model 3F", "apartment 4C", "seat 12F": after a name or a word that numbers a
 * place, digits and a capital letter are a label, not degrees.
 */
const MODEL_NAME_BEFORE =
  /(?:apartment|flat|seat|unit|suite|room|row|gate|size|platform|block|bay|bed)[ \u00a0]$|\p{Lu}[\p{L}\p{N}-]*[ \u00a0]$|\p{Ll}\p{Lu}[\p{L}\p{N}]*[ \u00a0]$/u;

const SINCE_BEFORE = /\bsince[ \u00a0]+$/i;
/** "increase over 2022", "up over 2019": a change measured against a year. */
const YEAR_COMPARED_BEFORE = /\b(?:increase|rise|jump|fall|drop|decline|decrease|gain|growth|up|down)[ \u00a0]+$/i;
/** A year and its slash or dash ("2026/", "2024-"), or a month's day and a dash ("Oct. 21-"). */
const DATE_RANGE_BEFORE =
  /(?:\b(?:19|20)\d\d[/–-]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d{1,2}[ \u00a0]*[–-][ \u00a0]*)$/;

/** Is the last char before `at`, spaces aside (as DATE_RANGE_BEFORE allows them), a slash or a dash? A cheap test before it. */
function dashOrSlashBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  const c = text.charCodeAt(k);
  return c === 47 || c === 45 || c === 0x2013;
}

/** Up to `n` chars of the text before the match. */
function before(m: RegExpExecArray, n: number): string {
  return m.input.slice(Math.max(0, m.index - n), m.index);
}

/** The quantity a match of the regex stands for, or null when it is none (a bare year, "one of"). */
function toQuantity(m: RegExpExecArray, start: number): Quantity | null {
  const qual = m[1];
  const currency = m[2];
  const num = m[3]!;
  const mult = m[4];
  const percent = m[5];
  const noun = m[6];
  let value = parseNumber(num);
  if (value === null || !Number.isFinite(value)) return null;
  // "5 a.m.", "3 p.m.": a time of day, not a count of "a" or "p".
  if (noun && /^[ap]$/i.test(noun) && m.input.charCodeAt(m.index + m[0].length) === 46) return null;
  const isDigits = startsWithDigit(num);
  // "before half-time", "half-term": a name for a part of a game or a year, not a count of 0.5.
  if (noun && num.toLowerCase() === "half" && HALF_COMPOUNDS.has(noun.toLowerCase())) return null;
  // "in the first half", "the other half": a part of something, not a count of 0.5.
  if (!qual && num.toLowerCase() === "half" && PART_BEFORE_HALF.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
    return null;
  const half = halfShare(m, start, qual, num, noun);
  if (half !== null) return half;
  // "rose by almost a fifth": without "of" after it, "a fifth" is a share only as what a change is
  // measured by ("for a fifth time" is an ordinal).
  if (
    num.toLowerCase() === "a" &&
    noun !== undefined &&
    FRACTION_DENOMINATORS[noun.toLowerCase()] !== undefined &&
    !OF_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
    (!changedBy(m.input, m.index) || (noun.toLowerCase() === "quarter" && quarterOfADollar(m.input)))
  )
    return null;
  // "the lowest since at least 2005": a year is a date, whatever qualifies it.
  if (
    isDigits &&
    isYear(num) &&
    !currency &&
    !percent &&
    (!qual || SINCE_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
  )
    return null;
  // "a 52% increase over 2022": the year compared with is a date too.
  if (
    isDigits &&
    isYear(num) &&
    !currency &&
    !percent &&
    qual?.toLowerCase() === "over" &&
    YEAR_COMPARED_BEFORE.test(before(m, 24))
  )
    return null;
  // "2026/27", "2024-25" (a financial year's end) and "Oct. 21-26" (a range's last day) count nothing.
  if (
    isDigits &&
    !currency &&
    !percent &&
    !noun &&
    num.length <= 2 &&
    dashOrSlashBefore(m.input, m.index) &&
    DATE_RANGE_BEFORE.test(before(m, 16))
  )
    return null;
  // A number word alone counts nothing ("one of", "no one"); "fifty per cent" is a figure.
  if (!isFigure(num) && !noun && !mult && !qual && !percent) return null;
  // "I am a hundred percent sure", "he gave a hundred and ten per cent": an idiom of certainty or
  // effort, not a share; "a hundred per cent of the money" is one.
  if (
    percent &&
    !isDigits &&
    value >= 100 &&
    !OF_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
  )
    return null;
  // "Seventeen magazine reported": a title, not a count of magazines.
  if (!isDigits && noun === "magazine" && UPPER_FIRST.test(num)) return null;
  // "the nineteen forties", "in nineteen seventy-six": a year said in words, counting nothing.
  if (!isDigits && noun && SPOKEN_CENTURY.test(num) && SPOKEN_YEAR_END.test(noun)) return null;
  // "4.1 million" is 4,100,000, not the 4,099,999.9999999995 a float product gives.
  if (mult) value = Number((value * (MULTIPLIERS[mult.toLowerCase()] ?? 1)).toPrecision(15));
  // "5th Circuit", "21st century", "5G": digits run into letters that are no unit, so no count;
  // "10km", "5kg", "70mph" are a measure with its unit.
  let glued: string | null = null;
  if (isDigits && !mult && !percent && !noun && isLetterAt(m.input, m.index + m[0].length)) {
    glued = gluedUnitAt(m.input, m.index + m[0].length);
    if (
      glued === null ||
      (DEGREE_LETTER.test(glued) && MODEL_NAME_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index)))
    )
      return null;
  }
  let unit: string | null = null;
  let matched = m[0];
  // "A$2.5 billion", "C$1 billion": a dollar's country is written before its sign.
  const dollarPrefix = currency?.trim() === "$" ? dollarCountryBefore(m.input, m.index) : null;
  // "Rs 250 crore", "Rs. 4 lakh": Indian English writes rupees with letters before the figure.
  const rupees =
    !currency &&
    m.index > 2 &&
    rupeeSignAt(m.input, m.index) &&
    RUPEES_BEFORE.test(m.input.slice(Math.max(0, m.index - 5), m.index));
  if (currency) unit = dollarPrefix ? dollarPrefix.code : CURRENCY_CODES[currency.trim()]!;
  else if (rupees) unit = "INR";
  else if (percent) unit = /^[%p]/i.test(percent) ? "%" : degrees(percent);
  if (noun && noun.length === 1 && m.input.charCodeAt(m.index + m[0].length) === 46) {
    // "72.24 U.S. cents": a letter of an abbreviation, whose word after it is what is counted.
    const after = ABBREVIATION_THEN_WORD.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (after && !NOT_UNITS.has(after[1]!)) {
      unit = after[1]!;
      matched += after[0];
    } else matched = matched.slice(0, matched.length - noun.length - 1);
  } else if (noun) {
    const n = noun.toLowerCase();
    // "sounded at least three times": a count of occurrences, where "three times as many" and
    // "five times higher" multiply.
    const model = n.endsWith("-")
      ? MODEL_THEN_NOUN.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))
      : null;
    // "three times closer", "five times higher": a multiple is a figure too, told apart from a
    // count of occurrences ("sounded at least three times") by its unit.
    if (n === "times")
      unit = MULTIPLYING_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16))
        ? "fold"
        : "times";
    // "112,000 F-150 pickups": a model's name between the count and what it counts.
    else if (model !== null && !NOT_UNITS.has(model[1]!)) {
      unit = model[1]!;
      matched += model[0];
    } else if (n.endsWith("-")) matched = matched.slice(0, matched.length - noun.length - 1);
    // "500 LED streetlights": "led" is no unit (decision 520), but "LED" in capitals is a lamp.
    else if (
      (NOT_UNITS.has(n) && noun !== "LED") ||
      startsWithDigit(n) ||
      isLyModifier(noun) ||
      verbAfterPluralNumber(num, n) ||
      // "Liverpool 3 Everton 1": the other side of a score line (decision 545).
      (isDigits &&
        isAsciiUpper(noun.charCodeAt(0)) &&
        goalsInScoreLine(m.input, m.index, m.index + m[0].length - noun.length))
    )
      matched = matched.slice(0, matched.length - noun.length - 1);
    // "500 sliding": a singular -ing word after a count above one is a verb, not what is counted.
    else if (n.endsWith("ing") && value !== 1) matched = matched.slice(0, matched.length - noun.length - 1);
    else if (unit === null) unit = ACRONYM_PLURAL.test(noun) ? noun : mult ? sumUnit(n) : n;
    // "$40,000 received": a currency is the unit, and the word after it is no part of the amount.
    else if (currency || rupees) matched = matched.slice(0, matched.length - noun.length - 1);
    const denominator = unit === n ? fractionDenominator(m, noun, value) : 0;
    if (denominator > 0) {
      value = shareOf(value, denominator);
      unit = "share";
    }
  }
  // "a year and a half", "one month and a half": the half comes after the unit.
  if (unit !== null && HALF_AFTER_UNITS.has(unit)) {
    const half = HALF_AFTER_UNIT.exec(m.input.slice(m.index + matched.length, m.index + matched.length + 16));
    if (half) {
      value += 0.5;
      unit = `${unit}s`;
      matched += half[0];
    }
  }
  if (glued) {
    // "1.5C", "104F": a capital C or F straight after the digits is degrees in news copy; "3.35pc" is per cent.
    unit = gluedUnitName(glued);
    matched += glued;
  }
  // "two more hospitals", "two elderly people": a number word may still count the noun past its
  // adjective (matchAt looks).
  if (
    !isFigure(num) &&
    unit === null &&
    !mult &&
    !(noun && (COUNT_ADJECTIVES.has(noun.toLowerCase()) || isLyModifier(noun)))
  )
    return null;
  matched = matched.trimEnd();
  // "185 km/h", "25m/s": a measure over time.
  if (unit !== null && PER_TIME_UNITS.has(unit)) {
    const slash = SLASH_TIME.exec(m.input.slice(m.index + matched.length, m.index + matched.length + 5));
    if (slash) {
      unit += slash[0];
      matched += slash[0];
    }
  }
  let from = m.index;
  // "a few hundred metres": a vague multiple of a hundred, whatever word comes before it.
  let qualifier = !isDigits && VAGUE_SCALE.test(num) ? "several" : qualifierAt(qual, m.input, m.index);
  if (dollarPrefix) {
    // "about NZ$2.7 billion": the regex starts at the sign, so a qualifier before the letters is read here.
    from -= dollarPrefix.written.length;
    const before = QUALIFIER_BEFORE.exec(m.input.slice(Math.max(0, from - 24), from));
    if (before) {
      qualifier = qualifierAt(before[1], m.input, from - before[0].length);
      from -= before[0].length - (before[0].length - before[0].trimStart().length);
    }
    matched = m.input.slice(from, m.index) + matched;
  }
  const s = start + from;
  const q = { text: matched, start: s, end: s + matched.length, value, unit, qualifier };
  return currency || percent || mult ? q : asMagnitude(q, m.index + m[0].indexOf(num) + num.length, m.input, start);
}

const SPOKEN_CENTURY = /^(?:eighteen|nineteen)$/i;
const SPOKEN_YEAR_END =
  /^(?:hundred|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)$/i;

/** After "F-": the rest of a model's name ("150"), then the noun it names ("pickups"). */
const MODEL_THEN_NOUN = /^[\p{L}\d]+(?:-[\p{L}\d]+)*[ \u00a0]+(\p{Ll}[\p{Ll}-]*)/u;

const PLURAL_NUMBER_WORDS = new Set(["hundreds", "thousands", "dozens", "millions", "billions"]);

/** "Thousands flee as wildfire …": after a plural number word, a word not in "-s" is its verb, not what it counts. */
function verbAfterPluralNumber(num: string, word: string): boolean {
  // "Dozens killed", "Hundreds dead": a participle or a state still says what is counted.
  return PLURAL_NUMBER_WORDS.has(num.toLowerCase()) && !word.endsWith("s") && !word.endsWith("ed") && !STATES.has(word);
}
const STATES = new Set(["dead", "hurt", "missing", "homeless", "displaced", "injured", "wounded"]);

/** A qualifier right before a quantity the regex could not start at ("about " before "NZ$2.7 billion"). */
const QUALIFIER_BEFORE = new RegExp(`(?:^|\\s)(${Object.keys(QUALIFIERS).join("|")})\\s+$`, "i");
