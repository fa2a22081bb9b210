import type { ExtractedClaim, ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { firstTokenEndingAfter, type Token } from "./tokens.ts";
import { isPastVerb } from "./verbs.ts";

/**
 * "On Tuesday, the index rose 3%, and the pound fell 2%", "The index rose 3% on Tuesday, and the
 * pound fell 2%": split in two, the second clause lost the day both happened on. A clause joined
 * by "and", "but", "while" or "whereas" to the clause just before it in the sentence, with no date
 * of its own, takes that clause's date when the date frames it: it opens the clause ("On Tuesday,")
 * or ends it right before the join ("… in March, and …").
 * A date that ends the clause before counts only in its main clause: "the same pitch that was
 * made in 2001 and 2003, and we ended up …" lends nothing.
 * Not when the clause speaks of another time: a modal or a future ("…, and will fall next year",
 * "…, and could fall further"), a present or a perfect ("He joined in 2019, and he has scored 40
 * goals" since then; "…, and the Senate is debating it"), "now", "still", "since", "then",
 * "later", "before", "after", "until", "for" ("…, and she worked there for 30 years before
 * retiring": a time counted from the date, not the date), or no past form at all ("…, and the
 * pound slides 2%"); nor from a date inside the clause before ("The firm, founded in 1998, grew
 * 3%, and its rival …"), nor across claimants.
 * Only when both clauses count a figure, two measures reported side by side: a clause of an event
 * and one of what followed is a sequence, not one date ("He was elected in 2010, and he resigned
 * amid a scandal"; "The law passed in 2015, and crime fell 20%"; "In March, the index fell 10%, and
 * it recovered within weeks").
 */
const JOIN = /^,?[ \u00a0]+(?:and|but|while|whereas)[ \u00a0]+$/;
const OTHER_TIME =
  /\b(?:will|would|could|can|may|might|shall|should|must|now|currently|still|since|already|is|are|am|has|have|then|later|before|after|until|for|earlier|previously|afterwards|expects?|expected|plans?|forecasts?|next|soon)\b|['’](?:ll|re|ve)\b/i;
/** What may stand before a date that opens the clause: "On Tuesday,", "In March,", "Last year,". */
const OPENING_BEFORE = /^(?:(?:on|in|during|by|at)[ \u00a0]+)?$/i;

/** The second of a pair of dates ("in 2001 and 2003"): the pair, not the clause's time. */
const PAIR_END = /^(?:and|or|to)\b/i;
/**
 * A relative or subordinate word before a date that ends the clause: the date is that part's
 * ("the same pitch that was made in 2001 and 2003, and we ended up …").
 */
const SUBORDINATE = /\b(?:that|which|who|whom|whose|where|when|because|after|before|since|until|if|unless)\b/i;

/** The dates the claim `claim` takes from `previous`, the claim before it in its sentence; [] when none. */
export function datesOfClauseBefore(
  body: string,
  claim: ExtractedClaim,
  previous: ExtractedClaim,
  tokens: readonly Token[],
): ResolvedDate[] {
  const own = previous.dates.filter((d) => d.ofStatement !== true);
  if (own.length === 0 || previous.end > claim.start || claim.start - previous.end > 12) return [];
  if (previous.quantities.length === 0 || claim.quantities.length === 0) return [];
  if (!JOIN.test(body.slice(previous.end, claim.start))) return [];
  if (previous.claimant.name !== claim.claimant.name || previous.claimant.type !== claim.claimant.type) return [];
  if (OTHER_TIME.test(claim.text) || !pastVerbWithin(tokens, claim.start, claim.end)) return [];
  return own.filter((d) => framesClause(body, d, previous));
}

/** Does the date open the clause ("On Tuesday, …") or end it ("… on Tuesday")? */
function framesClause(body: string, d: ResolvedDate, clause: ExtractedClaim): boolean {
  if (d.end >= clause.end - 1 && d.end <= clause.end)
    return !PAIR_END.test(d.text) && !SUBORDINATE.test(body.slice(clause.start, d.start));
  return d.start >= clause.start && OPENING_BEFORE.test(body.slice(clause.start, d.start)) && body[d.end] === ",";
}

/**
 * Does a past form stand in [start, end)? A clause of the simple present ("…, but few people know
 * about it") tells of now, not of the date before it.
 */
function pastVerbWithin(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++)
    if (isPastVerb(tokens[i])) return true;
  return false;
}
