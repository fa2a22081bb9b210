import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { findDates, mayHoldDate } from "./dates.ts";
import { actsListedWithCommas } from "./acts-listed-in-a-that-clause.ts";
import { SAID_IN } from "./said-in-media.ts";
import { CONCEDING_PASTS, CONCEDING_PRESENTS } from "./lexicon.ts";
import { dateInARelativeAside } from "./date-in-a-relative-aside.ts";

/**
 * When a claimant made their statement, read from the attribution around the claim: "…, Prime
 * Minister Mark Carney said on Tuesday", "The WHO said on Tuesday it had sent …", "On Monday, the
 * ministry said …", "…, he told reporters last month". A fact-checker judges a statement against
 * what was known when it was made; the date stands outside the claim's own words, so it is marked
 * `ofStatement` and never counts as a date the claim asserts.
 */

/** Reporting verbs that take no object: a few words (a recipient, "in a statement") may follow. */
const SAYING_VERB = String.raw`(?:said|says|told|announced|wrote|added|insisted|claimed|argued|warned|stated|confirmed|posted|tweeted|reported|testified|disclosed)`;
/**
 * A conceding past that reports: not a passive's ("Smith, who was admitted on Monday, said …") nor
 * after "having" ("said he was sorry, having admitted in 2019 that …"), whose date is of another
 * act than the statement beside it (decision 1055's review).
 */
const CONCEDING_PAST = String.raw`(?<!\b(?:was|were|been|being|be|is|are|having)[ \u00a0]+)(?:${CONCEDING_PASTS.join("|")})`;
/**
 * ", a figure the bank acknowledged last month": a noun and then the conceding past's subject, a
 * clause that describes the noun and dates the bank's act, not the claim before it (decision
 * 1055's review). Asked of the words between a claim and a date after it.
 */
const NOUN_THE_SOURCE_CONCEDED = new RegExp(
  String.raw`^,[ \u00a0]+(?:a|an|the)[ \u00a0]+[^\s,]+[ \u00a0]+(?:the|a|an|its|his|her|their)[ \u00a0][^,]*\b(?:${CONCEDING_PASTS.join("|")})[ \u00a0]+$`,
  "i",
);
/**
 * The conceding presents ("…, Tesco admits on Monday", `CONCEDING_PRESENTS`) date their statement
 * once they report (decision 1010), and so do their pasts ("Tesco admitted last month that …",
 * `CONCEDING_PASTS`, decision 1055), which take an object as often; a sentence in which one takes
 * an object is the article's own claim, with no attribution beside it to date.
 */
const CONCEDING_PRESENT = `(?:${CONCEDING_PRESENTS.join("|")}|${CONCEDING_PAST})`;
const VERB = String.raw`(?:${SAYING_VERB}|${CONCEDING_PRESENT})`;
/**
 * A reporting verb, then at most a few words (a recipient, "in a statement") before the date. A
 * conceding present only right before the date or after where it was said ("…, the bank concedes
 * in a letter on Friday"): the words after one are as often its object ("which admits 40 patients
 * a day since March", "as Asda boasts of price cuts in June"), and the date is then theirs
 * (decision 1010's review).
 */
const VERB_BEFORE = new RegExp(
  String.raw`(?:\b${SAYING_VERB}\b(?:[ \u00a0]+[^\s.,;!?“”"]+){0,5}|\b${CONCEDING_PRESENT}(?:[ \u00a0]+in[ \u00a0]+(?:a|an|the|its|his|her|their)[ \u00a0]+(?:${[...SAID_IN].join("|")}))?)[ \u00a0]+$`,
  "i",
);
/** The date, then the speaker and a reporting verb: "On Monday, the ministry said". */
const VERB_AFTER = new RegExp(String.raw`^,?(?:[ \u00a0]+[^\s.;!?“”"]+){1,6}?[ \u00a0]+${VERB}\b`, "i");
/**
 * The date, then a participle of saying, "that" or a quotation, and the claim: "repeated the claim
 * at a forum on March 7, adding that “…”". The participle speaks when the act before it happened.
 * Not ", adding to pressure on the bank", which says nothing.
 */
const PARTICIPLE_AFTER =
  /^,[ \u00a0]+(?:adding|saying|noting|insisting|arguing|warning)(?:[ \u00a0]+that[ \u00a0]*[“"]?|[ \u00a0]*[“"])$/i;
/**
 * Before such a participle, the date must follow the act of saying itself: "said on March 7",
 * "repeated the claim at a candidates' forum on March 7". A date inside what was done or
 * announced ("announced layoffs that will take effect in January", "workers walked out at the
 * plant on March 7") is the event's, not the statement's.
 */
const SPEECH_ACT_BEFORE = new RegExp(
  String.raw`\b(?:${VERB.slice(3, -1)}|repeated|reiterated|repeats|reiterates)(?:[ \u00a0]+(?:the|this|that|his|her|its|their)[ \u00a0]+(?:claim|remarks?|comments?|statement|assertion|allegation|argument))?(?:[ \u00a0]+(?:at|in|during|before|to)[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,.;!?“”"]{1,40}?)?(?:[ \u00a0]+(?:on|in|last|this))?[ \u00a0]*$`,
  "i",
);

/**
 * The statement's date for a claim spanning [start, end) of the sentence [sentenceStart,
 * sentenceEnd), or null when the attribution dates none. `sentenceBits` are the sentence's word
 * gates: a sentence with no date word is not searched, and the sentence's cues stand for the
 * attribution's (findDates reads them only as a pre-check).
 */
export function statementDate(
  body: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  publishedOn: string | null,
  sentenceBits: number,
): ResolvedDate | null {
  if (!mayHoldDate(sentenceBits)) return null;
  // Only the attribution right next to the claim: "Scientists say A, and UNEP said last month
  // that B" dates B's statement, not A's.
  const after = Math.min(sentenceEnd, end + NEAR);
  const before = Math.max(sentenceStart, start - NEAR);
  return (
    dateIn(body, end, after, end, publishedOn, "after", sentenceBits) ??
    dateIn(body, before, start, start, publishedOn, "before", sentenceBits)
  );
}

/** How far from the claim its attribution's date may stand. */
const NEAR = 80;
/** What stands between a claim and another speaker's attribution. */
const OTHER_CLAUSE =
  /[;]|\b(?:and|but|while|whereas|although|though|after|before|when|where|since|because|which|who)\b/i;

/**
 * A date in body[from, to) next to a reporting verb, with nothing between it and the claim (at
 * `claimAt`) that opens another clause; `side` says where the claim lies.
 */
function dateIn(
  body: string,
  from: number,
  to: number,
  claimAt: number,
  publishedOn: string | null,
  side: "before" | "after",
  sentenceBits: number,
): ResolvedDate | null {
  if (to - from < 6) return null;
  // A statement lies in the past: a bare weekday or month is read backwards.
  for (const d of findDates(body, from, to, publishedOn, false, sentenceBits)) {
    const between = side === "after" ? body.slice(claimAt, d.start) : body.slice(d.end, claimAt);
    if (
      OTHER_CLAUSE.test(between) &&
      !(side === "before" && joinedOnInTheSameThatClause(between, body.slice(claimAt, claimAt + 24)))
    )
      continue;
    const lead = body.slice(Math.max(from, d.start - 60), d.start);
    // "The keeper, who conceded yesterday, said …": the aside's act, not the statement's.
    if (side === "before" && dateInARelativeAside(lead, between)) continue;
    const verbBefore = VERB_BEFORE.test(lead) && !(side === "after" && NOUN_THE_SOURCE_CONCEDED.test(between));
    if (
      verbBefore ||
      (side === "before" && (VERB_AFTER.test(between) || participleAfterAct(body, from, d.start, between)))
    )
      return { ...d, ofStatement: true };
  }
  return null;
}

/**
 * "Police said on Monday that the man chased the woman and hit her on Saturday": a verb joined on
 * by "and" inside the same "that" clause (split off as its own claim, its subject borrowed) was
 * said on the same day as the clause it is joined to (decision 810). Only a bare "and" after a
 * "that" clause with no other clause word, and with no comma unless its acts are listed with
 * commas ("that the men broke into the shop, took the cash and …", `actsListedWithCommas`,
 * decision 825): "said on Monday that A, but B" and "said on Monday that A when B" leave B
 * undated, as before.
 */
function joinedOnInTheSameThatClause(between: string, claim: string): boolean {
  // Cheap first: the clause opens with "that" right after the date and ends in "and".
  if (!between.startsWith(" that ") || !between.endsWith(" and ")) return false;
  const joined = between.slice(5, -4);
  if (OTHER_CLAUSE.test(joined)) return false;
  // "that the men broke into the shop, took the cash and": acts listed with commas (decision 825).
  return !joined.includes(",") || actsListedWithCommas(joined, claim);
}

/** ", adding that …" after a date that follows the act of saying ("repeated the claim … on March 7"). */
function participleAfterAct(body: string, from: number, dateStart: number, between: string): boolean {
  return (
    PARTICIPLE_AFTER.test(between) && SPEECH_ACT_BEFORE.test(body.slice(Math.max(from, dateStart - 90), dateStart))
  );
}
