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
