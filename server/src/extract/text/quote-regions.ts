export interface QuoteRegion {
  /** Offset of the opening quote mark. */
  start: number;
  /** Offset just after the closing quote mark (or the paragraph end when it is left open). */
  end: number;
}

const OPEN_CLOSE: Record<string, string> = { "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u300c": "\u300d" };

/**
 * Finds direct-quotation regions in [from, to) (one paragraph). Curly and guillemet quotes pair
 * explicitly; straight double quotes alternate. A quote left open at the paragraph end runs to
 * it, as news style does for quotes continued in the next paragraph.
 */
export function findQuoteRegions(text: string, from: number, to: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let closer = "";
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (open < 0) {
      const expected = OPEN_CLOSE[ch];
      if (expected !== undefined) {
        open = i;
        closer = expected;
      } else if (ch === '"') {
        open = i;
        closer = '"';
      }
    } else if (ch === closer) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
