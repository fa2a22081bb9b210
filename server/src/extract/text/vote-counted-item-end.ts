/**
 * "Georgia's Senate race is too close to call with 88% of the expected vote in": an election
 * page's count of the vote, where "in" means counted and ends the item. Only after "expected" or
 * "estimated": "won 40% of the vote in" over "Florida" is a sentence wrapped on "in".
 */
const COUNTED_VOTE_IN = /\b(?:expected|estimated) vote in$/;

/** Does the line from `line` to the break before `next` end on a count of the vote "in"? */
export function endsOnCountedVote(text: string, line: number, next: number): boolean {
  let e = next;
  while (e > line && text.charCodeAt(e - 1) <= 32) e--;
  // Cheap first: the line ends on "n".
  return text.charCodeAt(e - 1) === 110 && COUNTED_VOTE_IN.test(text.slice(Math.max(line, e - 20), e));
}
