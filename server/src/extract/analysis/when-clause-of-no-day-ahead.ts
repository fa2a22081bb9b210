/**
 * "Forecasters said on Monday that gales hit Scotland on Saturday, when ferries are busiest", "the
 * floods hit the town on Saturday, when the river burst its banks": decision 810 kept a plural's
 * "hit" ahead before a "when" clause with no past in it, as "the new rates hit households on
 * Friday, when the cap changes" is a day still to come (`presentHitBeforeAChangeAhead`), and
 * decision 825 left these. A "when" clause that names no day to come leaves the act done (decision
 * 865): a timeless present ("are busiest", "are usually full"; not "are most likely to"), or a singular's bare verb of a
 * form that is past as well as present ("the river burst", where the present would be "bursts").
 * "when the cap changes" (a present in "-s") and "when bills rise" still keep the day ahead.
 */

/** "are busiest", "is at its busiest", "are usually full", "always": a state that recurs, no day's. */
const TIMELESS_PRESENT =
  /\b(?:(?:are|is)[ \u00a0]+(?:at[ \u00a0]+(?:their|its)[ \u00a0]+)?(?:\p{Ll}+iest|\p{Ll}{3,}est|most(?![ \u00a0]+likely\b))|usually|always|often|normally|typically|traditionally)\b/u;

/**
 * "the river burst its banks", "a tree split the roof": a determiner, a singular noun and a verb
 * whose past is its bare form; after a singular the present would end in "-s", so it is past. The
 * verb ends the clause or is followed by its object's determiner or a short adverb; otherwise it
 * is a noun ("when the price cut takes effect", "the energy cost cap rises", "the bridge shut for
 * repairs ends": a review of decision 865).
 */
const SINGULAR_BARE_PAST =
  /\b(?:the|a|an|its|his|her|their)[ \u00a0]+\p{Ll}+(?<!s)[ \u00a0]+(?:burst|hit|cut|put|shut|split|spread|cost|hurt|shed|struck)(?=[ \u00a0]+(?:its|their|the|a|an|his|her|through|into|across|open|early|down|out|off)\b|[ \u00a0]*$)/u;

/**
 * Does a "when" clause's words (`clause`, after "when" up to the clause's end, as
 * `presentHitBeforeAChangeAhead` has read them) name no day still to come?
 */
export function whenClauseOfNoDayAhead(clause: string): boolean {
  return TIMELESS_PRESENT.test(clause) || SINGULAR_BARE_PAST.test(clause);
}
