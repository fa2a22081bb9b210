/**
 * "Police said on Monday that the man was arrested on Saturday": a simple past in the passive,
 * an act done to someone or something ("was arrested", "was found dead", "were taken to
 * hospital"), puts the weekday before the saying as a past perfect does. Decision 625 counted back
 * only the past perfect, as a simple past may be the speaker's present moved back ("said on Friday
 * the match was on Monday"); a passive participle is no present moved back (decision 665). A plan's
 * or a request's participle ("was due", "was scheduled", "was told to report") looks ahead and is
 * left, and so is a feeling's ("was pleased to", "was determined to"), a state's ("was closed") and
 * anything joined on after the act ("was arrested and is due in court on Saturday", "was remanded
 * until Friday").
 */
const PASSIVE_ACT_BEFORE =
  /\b(?:was|were)[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?(\p{Ll}+ed|found|taken|seen|caught|shot|struck|hit|stolen|beaten|bitten|thrown|driven|hurt)((?:[ \u00a0]+(?!(?:and|but|then|will|would|could|should|may|might|can|is|are|due|until|by|before|from|till)\b)\p{Ll}+){0,3})[ \u00a0]+$/u;
/** Participles that look ahead (a plan, a request, a feeling), or are no act done to anyone. */
const AHEAD_OR_NO_ACT =
  /^(?:scheduled|rescheduled|planned|expected|slated|booked|billed|fixed|timed|arranged|supposed|moved|postponed|delayed|pushed|pencilled|penciled|invited|asked|told|ordered|urged|called|required|allowed|permitted|needed|pleased|delighted|excited|determined|committed|prepared|confirmed|tipped|lined|set|interested|concerned|worried|convinced|satisfied|disappointed|expected|designed|aimed|based|used|closed|opened|staged|hosted|held|played|sent|brought|warned)$/;
/**
 * "was cleared to play on Saturday", "was bailed to appear on Saturday", "was switched to
 * Saturday", "was rearranged for Saturday": an infinitive after the participle, or "to" or "for"
 * just before the weekday, gives the day the act looks ahead to, after the saying, not the day of
 * the act (a review of decision 665). "to" before a place or a term ("was taken to hospital",
 * "was sentenced to life") is no infinitive, and "was forced to land" is an act done; "for
 * Saturday's attack" is left, as a possessive is as often the past act's.
 */
const INFINITIVE_AFTER =
  /(?:^|[ \u00a0])to(?:$|[ \u00a0]+(?!(?:hospital|court|prison|jail|custody|safety|hospice|life|death|captain|the|a|an|his|her|their|its)\b))/;
const FOR_BEFORE = /[ \u00a0]for$/;

/**
 * Do the words before a weekday (`before`, at most 48 chars) end in a passive act's past? `next`
 * is the char after the weekday ("'" of "Saturday's").
 */
export function passiveActBefore(before: string, next = ""): boolean {
  // Cheap first: "was " or "were " stands in the words.
  if (!before.includes("was ") && !before.includes("were ")) return false;
  const m = PASSIVE_ACT_BEFORE.exec(before);
  if (m === null || AHEAD_OR_NO_ACT.test(m[1]!)) return false;
  // Cheap first: a "to" or a "for" stands in the words after the participle.
  const tail = m[2]!;
  if (m[1] === "forced" || (!tail.includes("to") && !tail.includes("for"))) return true;
  if (INFINITIVE_AFTER.test(tail)) return false;
  return !FOR_BEFORE.test(tail) || next === "'" || next === "’";
}
