import type { Quantity } from "@claimdesk/shared/schemas/extracted-claim";

/**
 * A height in feet and inches, or a weight in stones and pounds, is one quantity: "around 5ft 4in
 * tall", "5ft 11in", "6 feet 2 inches", "14st 7lb". The quantity reader reads the feet alone (and
 * leaves the inches, which "in" does not mark as a unit) or the pounds alone (a glued "st" is no
 * unit to it); the whole is the figure an appeal or a court report gives. The value is in the
 * larger unit: 5ft 4in is 5.333 ft, 14st 7lb is 14.5 st. Since decision 450 a weight in pounds and
 * ounces is one too ("7lb 4oz" is 7.25 lb), and a height in prime marks ("5' 4\"", "5′ 11″"), whose
 * marks the quantity reader leaves as it leaves quotation marks.
 */
/** The inches right after the feet: " 4in", " 11 inches". */
const INCHES_AFTER = /[ \u00a0](\d{1,2})(?:in\b|[ \u00a0]inch(?:es)?\b)/y;
/** The stones right before the pounds: "14st ", "14 stone ". */
const STONES_BEFORE = /(?:^|[^\p{L}\p{N}.,])(\d{1,2})(?:st|[ \u00a0]stones?)[ \u00a0]$/u;
/** "the 1st 5 pounds", "The 21st 10lb salmon": an ordinal after a determiner, no stones. */
const ORDINAL_BEFORE =
  /\b(?:the|a|an|his|her|its|their|our|my|your|this|that|every|each)[ \u00a0]+(?:\d*[02-9])?1st[ \u00a0]$/i;
/** The ounces right after the pounds: " 4oz", " 12 ounces". */
const OUNCES_AFTER = /[ \u00a0](\d{1,2})(?:oz\b|[ \u00a0]ounces?\b)/y;
/** A height in marks from its feet on: "5' 4\"", "5′11″", "6’ 2”". */
const FEET_AND_INCHES_IN_MARKS = /['′’][ \u00a0]?(\d{1,2})["″”]/y;
/** A degree sign right before the figure: "51° 3' 4\"", "51°3'4\"". */
const DEGREES_BEFORE = /[°º][ \u00a0]?$/;
const FEET_UNITS = new Set(["ft", "feet", "foot"]);
const POUND_UNITS = new Set(["lb", "lbs", "pounds"]);

/**
 * Joins each height's inches to its feet and each weight's stones to its pounds, in place. `text`
 * is body[start, …); the quantities' offsets are the body's.
 */
export function joinFeetAndInches(text: string, start: number, out: Quantity[]): void {
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!;
    if (q.unit !== null && FEET_UNITS.has(q.unit) && Number.isInteger(q.value)) {
      INCHES_AFTER.lastIndex = q.end - start;
      const m = INCHES_AFTER.exec(text);
      if (m === null || Number(m[1]) >= 12) continue;
      // "6 feet 2 inches": the inches were read as a quantity of their own, and are dropped.
      joinSmallerUnit(text, start, out, k, start + INCHES_AFTER.lastIndex, q.value + Number(m[1]) / 12, "ft");
    } else if (
      q.unit !== null &&
      POUND_UNITS.has(q.unit) &&
      Number.isInteger(q.value) &&
      q.value < 14 &&
      q.qualifier === null
    ) {
      const from = Math.max(0, q.start - start - 12);
      const m = STONES_BEFORE.exec(text.slice(from, q.start - start));
      if (m === null) {
        joinOunces(text, start, out, k);
        continue;
      }
      if (ORDINAL_BEFORE.test(text.slice(Math.max(0, q.start - start - 24), q.start - start))) continue;
      const s = q.start - m[0].length + m[0].indexOf(m[1]!);
      // "2 stone 6lb": the stones were read as a quantity of their own.
      if (k > 0 && out[k - 1]!.end > s) {
        out.splice(k - 1, 1);
        k--;
      }
      out[k] = {
        ...q,
        text: text.slice(s - start, q.end - start),
        start: s,
        value: round(Number(m[1]) + q.value / 14),
        unit: "st",
      };
    } else if (q.unit === null && q.qualifier === null && q.text.length === 1) {
      joinInchesInMarks(text, start, out, k);
    }
  }
}

/** "7lb 4oz": ounces under 16 right after the whole pounds of out[k] join them (7.25 lb). */
function joinOunces(text: string, start: number, out: Quantity[], k: number): void {
  const q = out[k]!;
  OUNCES_AFTER.lastIndex = q.end - start;
  const m = OUNCES_AFTER.exec(text);
  if (m === null || Number(m[1]) >= 16) return;
  joinSmallerUnit(text, start, out, k, start + OUNCES_AFTER.lastIndex, q.value + Number(m[1]) / 16, "lb");
}

/**
 * "5' 4\"": a single digit of feet, its prime mark, and inches under 12 with their double mark,
 * all right after one another; the digits were read as two figures of nothing.
 */
function joinInchesInMarks(text: string, start: number, out: Quantity[], k: number): void {
  const q = out[k]!;
  if (!Number.isInteger(q.value) || q.value < 1) return;
  // "51° 3' 4\" N": minutes and seconds of arc after degrees, no height (a review of decision 450).
  if (DEGREES_BEFORE.test(text.slice(Math.max(0, q.start - start - 2), q.start - start))) return;
  FEET_AND_INCHES_IN_MARKS.lastIndex = q.end - start;
  const m = FEET_AND_INCHES_IN_MARKS.exec(text);
  if (m === null || Number(m[1]) >= 12) return;
  joinSmallerUnit(text, start, out, k, start + FEET_AND_INCHES_IN_MARKS.lastIndex, q.value + Number(m[1]) / 12, "ft");
}

/** out[k] runs on to `end` with `value` in `unit`; a quantity read inside the added run is dropped. */
function joinSmallerUnit(
  text: string,
  start: number,
  out: Quantity[],
  k: number,
  end: number,
  value: number,
  unit: string,
): void {
  const q = out[k]!;
  if (out[k + 1] !== undefined && out[k + 1]!.start < end) out.splice(k + 1, 1);
  out[k] = { ...q, text: text.slice(q.start - start, end - start), end, value: round(value), unit };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
