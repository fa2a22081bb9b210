/** The sentence so far before an offset: back to the last full stop, question or exclamation mark. */
const SENTENCE_SO_FAR = /[^.!?]*$/;

/**
 * Is `at` inside quotation marks opened in its sentence (looking back at most 300 chars)? The words
 * there are the speaker's, not the narrator's: "“Microsoft added 3,000 jobs and Google added
 * 2,000,” the report said" keeps its pair as one claim (a review of decision 415), and 'The
 * minister said on Tuesday: "The plan, which goes to a vote on Friday, …"' counts its Friday from
 * the Tuesday (a review of decision 705).
 */
export function insideQuoteOfSentence(body: string, at: number): boolean {
  const before = SENTENCE_SO_FAR.exec(body.slice(Math.max(0, at - 300), at))![0];
  let open = 0;
  for (const ch of before) {
    if (ch === "\u201c") open++;
    else if (ch === "\u201d") open = Math.max(0, open - 1);
    else if (ch === '"') open = open > 0 ? open - 1 : 1;
  }
  return open > 0;
}
