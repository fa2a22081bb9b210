/**
 * "Dr. Kenji Morimoto of the University of Tokyo, who is not involved in the mission, said …":
 * the aside tells the reader the speaker is independent of the work they comment on. It is a
 * disclosure that frames the quote, not a statement anyone would check, so it yields no claim.
 * Only the disclosure alone: "who was not involved in the 2019 audit that found $4 million
 * missing" says more than that and stays a claim.
 */
const NON_INVOLVEMENT =
  /^(?:is|was|were|are|has been|had been)\s+not\s+(?:(?:directly|personally)\s+)?(?:involved|part of|a part of|affiliated)(?:\s+(?:in|with)\s+(?:the|this|that|these|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:study|studies|research|mission|work|report|paper|analysis|trial|case|project|survey|investigation|review|findings|excavation|expedition|campaign|effort|experiment|program|programme|flyby|probe))?$|^(?:did|does)\s+not\s+(?:take part|participate|work)\s+(?:in|on)\s+(?:the|this|that|these)\s+(?:[\p{L}-]+\s+){0,2}?(?:study|studies|research|mission|work|report|paper|analysis|trial|project|survey)$/iu;

/** Is the aside text (after "who") only a note that the speaker took no part in the work? */
export function isNonInvolvementDisclosure(aside: string): boolean {
  // Every such aside holds "not": one cheap test before the regex.
  return aside.length <= 80 && aside.includes("not") && NON_INVOLVEMENT.test(aside.trim());
}
