/**
 * "Georgia's Senate race is too close to call with 88% of the expected vote in": an election
 * page's count of the vote, where "in" means counted and ends the item. Only after "expected" or
 * "estimated": "won 40% of the vote in" over "Florida" is a sentence wrapped on "in".
 */
const COUNTED_VOTE_IN = /\b(?:expected|estimated) vote in$/;

/** Does the line [line, e) (its white space at the end left out) end on a count of the vote "in"? */
export function endsOnCountedVote(text: string, line: number, e: number): boolean {
  // Cheap first: the line ends on "n".
  return text.charCodeAt(e - 1) === 110 && COUNTED_VOTE_IN.test(text.slice(Math.max(line, e - 20), e));
}
