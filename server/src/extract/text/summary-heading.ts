/**
 * A live page's or a briefing's summary heading alone on its line: "Summary", "Key points", "Key
 * events", "Highlights", "At a glance", "What we know so far". The lines under it are items, one a
 * line, each without a final mark ("An amber warning for rain covers much of south and mid Wales …"
 * over "Up to 150mm (6in) of rain could fall on high ground, the Met Office says"); read as one
 * wrapped sentence they run together and the second item's source takes the first.
 */
const SUMMARY_HEADING =
  /^(?:Summary|Key (?:points|events|facts|findings|takeaways|highlights)|Highlights|At a glance|In brief|What we know(?: so far)?)\s*:?\s*$/i;
/** The longest heading line read. */
const HEADING_MAX = 24;
/** How many blank chars between the heading and its first item are skipped. */
const GAP_MAX = 8;

/** Is the line body[from, to) a summary heading? */
function isHeading(text: string, from: number, to: number): boolean {
  return to > from && to - from <= HEADING_MAX && SUMMARY_HEADING.test(text.slice(from, to));
}

/**
 * Does the paragraph that starts at `paragraphStart` stand under a summary heading: its own first
 * line is one, or the line before the blank line over it? Bounded slices only, read once a
 * paragraph.
 */
export function underSummaryHeading(text: string, paragraphStart: number): boolean {
  const firstEnd = text.indexOf("\n", paragraphStart);
  if (firstEnd > 0 && isHeading(text, paragraphStart, firstEnd)) return true;
  // Back over the blank line to the end of the line before it.
  let e = paragraphStart;
  const stop = Math.max(0, paragraphStart - GAP_MAX);
  while (e > stop && /\s/.test(text[e - 1]!)) e--;
  if (e === 0 || e === paragraphStart) return false;
  const from = text.lastIndexOf("\n", e - 1) + 1;
  return e - from <= HEADING_MAX && isHeading(text, from, e);
}

/** How far into a paragraph its lines' ends are read for a sentence's final mark. */
const PROSE_LOOK = 1200;

/**
 * Does a line of the paragraph that starts at `paragraphStart` end as a sentence does (".", "!" or
 * "?", after closing quotes)? A summary's items have no final marks; a paragraph that has one is
 * prose hard-wrapped under the heading ("Summary\n\nThe report found that waiting lists had risen to
 * a record\n7.6 million in September.", a PDF's "Key findings"), read as it wraps. Up to the first
 * blank line, at most PROSE_LOOK chars.
 */
export function endsAsProse(text: string, paragraphStart: number): boolean {
  const stop = Math.min(text.length, paragraphStart + PROSE_LOOK);
  let last = -1; // the last char of the line read so far that is no space or closing quote
  for (let i = paragraphStart; i <= stop; i++) {
    const c = i < text.length ? text[i]! : "\n";
    if (c === "\n") {
      if (last < 0) {
        if (i > paragraphStart) return false; // a blank line: the paragraph has ended
      } else if (/[.!?]/.test(text[last]!)) return true;
      last = -1;
    } else if (!/[\s"”’']/.test(c)) last = i;
  }
  return false;
}

/**
 * Does a long line under a summary heading end where no item ends: on a verb that wants what
 * follows ("was", "had", "would"), a word before a figure ("about", "nearly") or a title before a
 * name ("Sir")? Not "said" or "says": an item may end on its source ("…, the Met Office says"). "… had risen to about\n£4bn and would rise again", "… those who took the drug
 * were\n40% less likely …". Read on the last 14 chars of the line.
 */
const ITEM_NEVER_ENDS =
  /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|about|nearly|almost|around|roughly|approximately|some|into|onto|between|per|via|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr)$/u;
export function endsMidSentence(text: string, line: number, e: number): boolean {
  return ITEM_NEVER_ENDS.test(text.slice(Math.max(line, e - 14), e));
}
