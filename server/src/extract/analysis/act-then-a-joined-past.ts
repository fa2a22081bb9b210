import { ACT_VERB, OBJECT_WORD, PAST_IN_ED } from "./act-verb-and-object.ts";

/**
 * "the robbers took the cash and fled on Saturday", "stole a car and crashed it on Friday": a past
 * in "-ed", or a getaway's irregular past (`JOINED_IRREGULAR_PAST`), joined on by "and" to an act
 * done shares its tense, so its weekday is counted back as the act's would be (decision 825;
 * decision 810 left "fled", which is no act; decision 865 the irregular pasts). After the joined
 * verb, no word that opens a clause or a subject pronoun: "arrested the man and insisted he
 * appears in court on Friday" and "found the car and planned to tow it on Friday" keep the day of
 * the present or the infinitive ahead. Nor a joined past of saying, hoping, expecting or
 * planning (`SAYING_OR_PLANNING`): "charged two men and confirmed the pair appear on Friday",
 * "captured the town and hoped the talks resume on Friday" and "charged the man and scheduled a
 * hearing on Friday" name a clause's or a plan's day, which may be to come (a review of decision
 * 825).
 */
const SAYING_OR_PLANNING = String.raw`(?:confirmed|added|insisted|warned|stressed|claimed|stated|revealed|explained|noted|admitted|suggested|argued|believed|feared|suspected|expected|predicted|hoped|wanted|vowed|pledged|promised|agreed|decided|planned|scheduled|arranged|proposed|intended)\b`;

/**
 * "took the cash and ran on Saturday", "stole a car and made off on Sunday", "and drove away": the
 * irregular pasts of a getaway, which are no presents (decision 865; decision 825 read only a past
 * in "-ed" here). Not "set", "hit", "put" or "cut", which are presents too; "made" only in "made
 * off" and "got" only in "got away", as "made a statement" or "got a call" may be a plan's. "left"
 * only in "left the scene" and "went" only in "went into hiding" and "went on the run" (decision
 * 915), as "left for Spain" and "went back to work" may be a plan's.
 */
const JOINED_IRREGULAR_PAST = String.raw`(?:ran|drove|rode|sped|flew|hid|made[ \u00a0]+off|got[ \u00a0]+away|left[ \u00a0]+the[ \u00a0]+scene|went[ \u00a0]+(?:into[ \u00a0]+hiding|on[ \u00a0]+the[ \u00a0]+run))\b`;

const ACT_THEN_A_JOINED_PAST_BEFORE = new RegExp(
  String.raw`${ACT_VERB}(?:${OBJECT_WORD}){1,4}[ \u00a0]+and[ \u00a0]+(?:(?!${SAYING_OR_PLANNING})${PAST_IN_ED}|${JOINED_IRREGULAR_PAST})(?:(?![ \u00a0]+(?:he|she|they|we|i|was|were|had)\b)${OBJECT_WORD}){0,3}[ \u00a0]+$`,
  "u",
);

/** The getaway's irregular past right after the joining "and". */
const JOINED_IRREGULAR_AFTER_AND = new RegExp(String.raw`[ \u00a0]and[ \u00a0]+${JOINED_IRREGULAR_PAST}`, "u");

/** The act and the past joined on after it before a weekday (`before`, at most 48 chars), or null. */
export function actThenAJoinedPastBefore(before: string): RegExpExecArray | null {
  // Cheap first: the "and" that joins them.
  if (!before.includes(" and ")) return null;
  const m = ACT_THEN_A_JOINED_PAST_BEFORE.exec(before);
  if (m === null) return null;
  // "the teenagers who robbed the shop and ran face court on Friday": after a relative word, the
  // getaway's past may be followed by the men's own verb, whose day is still to come (a review of
  // decision 865); the pasts in "-ed" are read as decision 825 read them.
  const lead = before.slice(0, m.index);
  if (!lead.endsWith("who ") && !lead.endsWith("that ") && !lead.endsWith("which ")) return m;
  return JOINED_IRREGULAR_AFTER_AND.test(m[0]) ? null : m;
}
