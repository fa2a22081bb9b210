/**
 * "Dr. Kenji Morimoto of the University of Tokyo, who is not involved in the mission, said …":
 * the aside tells the reader the speaker is independent of the work they comment on. It is a
 * disclosure that frames the quote, not a statement anyone would check, so it yields no claim.
 * Only the disclosure alone: "who was not involved in the 2019 audit that found $4 million
 * missing" says more than that and stays a claim.
 */
/**
 * Only a study or a mission the speaker comments on as an outsider. "who was not involved in the
 * investigation / the case / the campaign / the review / the deal" is said of insiders too (a former
 * chief of staff, a party's CEO, a senator), where it is itself a claim to check, so it stays one.
 */
const SCHOLARLY_WORK = String.raw`(?:study|studies|research|mission|paper|analysis|survey|findings|excavation|expedition|experiment|flyby|probe)`;
const NON_INVOLVEMENT = new RegExp(
  String.raw`^(?:is|was|were|are|has been|had been)\s+not\s+(?:(?:directly|personally)\s+)?(?:involved|part of|a part of|affiliated)(?:\s+(?:in|with)\s+(?:the|this|that|these|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?${SCHOLARLY_WORK})?$|^(?:did|does)\s+not\s+(?:take part|participate|work)\s+(?:in|on)\s+(?:the|this|that|these)\s+(?:[\p{L}-]+\s+){0,2}?${SCHOLARLY_WORK}$`,
  "iu",
);

/** Is the aside text (after "who") only a note that the speaker took no part in the work? */
export function isNonInvolvementDisclosure(aside: string): boolean {
  // Every such aside holds "not": one cheap test before the regex.
  return aside.length <= 80 && aside.includes("not") && NON_INVOLVEMENT.test(aside.trim());
}
