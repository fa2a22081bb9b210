/**
 * Headlines' participles in "-med" and "-ved" that the common-words list (debate transcripts) lacks
 * (decision 720): "Minister Shamed", "Victory Claimed", "Man Exhumed" over a desk line were dropped
 * as the writer's name. The endings stay out of name-over-byline-job.ts's HEADLINE_WORD, since
 * "Hamed", "Ahmed", "Javed" and "Naved" are names; so the participles are listed, none a name.
 */
const PARTICIPLES = new Set(
  (
    "claimed reclaimed acclaimed shamed renamed deemed doomed slammed disarmed alarmed informed " +
    "transformed exhumed consumed presumed resumed filmed streamed deprived revived survived reprieved " +
    "relieved deceived arrived waived shelved starved observed reserved deserved unnerved halved"
  ).split(" "),
);

/** Is `word` (lowercase) a headline's participle in "-med" or "-ved" the common-words list lacks? */
export function isListedHeadlineParticiple(word: string): boolean {
  return PARTICIPLES.has(word);
}
