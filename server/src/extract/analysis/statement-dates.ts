import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { findDates } from "./dates.ts";
import { gateBits } from "./word-gates.ts";

/**
 * When a claimant made their statement, read from the attribution around the claim: "…, Prime
 * Minister Mark Carney said on Tuesday", "The WHO said on Tuesday it had sent …", "On Monday, the
 * ministry said …", "…, he told reporters last month". A fact-checker judges a statement against
 * what was known when it was made; the date stands outside the claim's own words, so it is marked
 * `ofStatement` and never counts as a date the claim asserts.
 */

const VERB = String.raw`(?:said|says|told|announced|wrote|added|insisted|claimed|argued|warned|stated|confirmed|posted|tweeted|reported|testified|disclosed)`;
/** A reporting verb, then at most a few words (a recipient, "in a statement") before the date. */
const VERB_BEFORE = new RegExp(String.raw`\b${VERB}\b(?:[ \u00a0]+[^\s.;!?“”"]+){0,5}[ \u00a0]+$`, "i");
/** The date, then the speaker and a reporting verb: "On Monday, the ministry said". */
const VERB_AFTER = new RegExp(String.raw`^,?(?:[ \u00a0]+[^\s.;!?“”"]+){1,6}?[ \u00a0]+${VERB}\b`, "i");

/**
 * The statement's date for a claim spanning [start, end) of the sentence [sentenceStart,
 * sentenceEnd), or null when the attribution dates none.
 */
export function statementDate(
  body: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  publishedOn: string | null,
): ResolvedDate | null {
  return (
    dateIn(body, end, sentenceEnd, publishedOn, "after") ?? dateIn(body, sentenceStart, start, publishedOn, "before")
  );
}

/** A date in body[from, to) next to a reporting verb; `side` says where the claim lies. */
function dateIn(
  body: string,
  from: number,
  to: number,
  publishedOn: string | null,
  side: "before" | "after",
): ResolvedDate | null {
  if (to - from < 6) return null;
  // A statement lies in the past: a bare weekday or month is read backwards.
  for (const d of findDates(body, from, to, publishedOn, false, gateBits(body, from, to))) {
    const before = body.slice(Math.max(from, d.start - 60), d.start);
    if (VERB_BEFORE.test(before)) return { ...d, ofStatement: true };
    if (side === "before" && VERB_AFTER.test(body.slice(d.end, Math.min(to, d.end + 60))))
      return { ...d, ofStatement: true };
  }
  return null;
}
