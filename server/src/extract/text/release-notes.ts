/**
 * A press release's end ("Ends", "-ENDS-", "# # #") or its "Notes to editors" heading, alone on
 * its line: what follows is for journalists (the paper's reference, contacts, "About the
 * University of Bristol"), the issuer's description of itself, not the news. No claim is read
 * after it.
 */
const RELEASE_END =
  /^(?:[-–—\s]*ends[-–—\s]*|#\s*#\s*#|notes? (?:to|for) editors|editor['’]s notes|editors['’] notes)\s*:?\s*$/i;
const RELEASE_END_MAX = 24;

/** When the line body[start, lineEnd) ends a press release, the body's end; -1 otherwise. */
export function releaseNotesEnd(body: string, start: number, lineEnd: number): number {
  if (lineEnd - start > RELEASE_END_MAX) return -1;
  return RELEASE_END.test(body.slice(start, lineEnd)) ? body.length : -1;
}
