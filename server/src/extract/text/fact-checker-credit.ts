// A fact-checker's credit set as a maker's line (decision 690): "Made by: the Full Fact team" right
// under the verdict names who wrote the check, not who made the claim it checks. A fact-checker
// does not check its own claims, so its name (or "our … team") on the line is a credit, no claim.

/**
 * The fact-checkers' names, with "the" or "our" and a team or desk after: "the Full Fact team",
 * "BBC Verify", "PolitiFact staff", "our fact-check team"; not a group whose own name opens with
 * "Our" ("Our Revolution staff", "Our NHS campaign team"; decision 690's review).
 */
const CREDIT =
  /^(?:(?:the|our|The|Our)\s+)?(?:(?:Full Fact|PolitiFact|FactCheck\.org|Snopes|BBC Verify|Reality Check|Reuters Fact Check|AFP Fact Check|Channel 4 FactCheck|FactCheckNI|Africa Check|Lead Stories|Logically)(?:\s+(?:team|desk|staff|editors|researchers))?|(?:our|Our)\s+(?:[a-z][\w-]*\s+){0,2}(?:team|desk|staff|editors|researchers))\.?$/;
const CREDIT_MAX = 48;

/** Is the maker a "Made by:" or "Who said it:" line names a fact-checker's credit ("the Full Fact team")? */
export function isFactCheckerCredit(maker: string): boolean {
  // Cheap first: short.
  return maker.length <= CREDIT_MAX && CREDIT.test(maker.trim());
}
