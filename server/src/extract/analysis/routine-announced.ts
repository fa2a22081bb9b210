/**
 * "Every year Reform would visit 100 towns, Farage told supporters", "Every week, Reeves would meet
 * her counterparts to agree the budget, the Treasury said on Monday", "Every year Biden would visit
 * Ireland, the White House announced": a routine a speaker says, tells, announces or pledges is the
 * speaker's plan (decision 750); the tag is no part of the text the kind is read on, so decision
 * 645's `CONDITION_OR_PLAN` does not see it. A routine remembered or written down ("…,
 * her aide recalled", "…, his biographer wrote", "according to her diaries") is a habit still,
 * as decision 645 reads a bare name's routine after a time that recurs.
 */
const SAID_OR_TOLD = /\b(?:said|says|told|tells|announced|announces|pledged|promised)\b/;

/** Does the sentence around the reported words [start, end) tell them as said, told or announced? */
export function routineAnnounced(
  body: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  return SAID_OR_TOLD.test(body.slice(sentenceStart, start)) || SAID_OR_TOLD.test(body.slice(end, sentenceEnd));
}
