/**
 * A press release's end ("Ends", "-ENDS-", "# # #") or its "Notes to editors" heading, alone on
 * its line: what follows is for journalists (the paper's reference, contacts, "About the
 * University of Bristol"), the issuer's description of itself, not the news. No claim is read
 * after it.
 *
 * The bare word "Ends" is a release's end only after some text and before a release's notes (a
 * heading for editors, a paper's reference, a contact or an "About …"): a story that has the word
 * alone on a line ("Where the road ends" cut short, an answer in a Q&A) goes on to be read.
 */
const RELEASE_END =
  /^(?:[-–—\s]*ends[-–—\s]*|#\s*#\s*#|notes? (?:to|for) editors|editor['’]s notes|editors['’] notes)\s*:?\s*$/i;
const BARE_ENDS = /^\s*ends\s*:?\s*$/i;
/** What a release's notes open with, looked for in the few lines after a bare "Ends". */
const RELEASE_NOTES_AHEAD =
  /^(?:notes? (?:to|for) editors|editor['’]s notes|editors['’] notes|about (?:the |us\b)?\p{Lu}|(?:paper|journal|citation|doi|contacts?|media (?:contacts?|enquiries|inquiries)|press (?:office|contacts?|enquiries))\s*:|for (?:more|further) information\b)/imu;
const RELEASE_END_MAX = 24;
/** How far past a bare "Ends" a release's notes are looked for. */
const NOTES_LOOK = 400;

/** When the line body[start, lineEnd) ends a press release, the body's end; -1 otherwise. */
export function releaseNotesEnd(body: string, start: number, lineEnd: number): number {
  if (lineEnd - start > RELEASE_END_MAX) return -1;
  const line = body.slice(start, lineEnd);
  if (!RELEASE_END.test(line)) return -1;
  if (BARE_ENDS.test(line)) {
    if (body.slice(0, start).trim().length === 0) return -1;
    if (!RELEASE_NOTES_AHEAD.test(body.slice(lineEnd, lineEnd + NOTES_LOOK))) return -1;
  }
  return body.length;
}
