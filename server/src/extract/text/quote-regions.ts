export interface QuoteRegion {
  /** Offset of the opening quote mark. */
  start: number;
  /** Offset just after the closing quote mark (or the paragraph end when it is left open). */
  end: number;
}

/** Closing mark (as a char code) for each opening mark: “…”, «…», „…“, 「…」; 0 when not an opener. */
function closerOf(c: number): number {
  if (c === 0x201c) return 0x201d;
  if (c === 0xab) return 0xbb;
  if (c === 0x201e) return 0x201c;
  if (c === 0x300c) return 0x300d;
  if (c === 34) return 34;
  return 0;
}

/** Every char that can open or close a quotation; all other chars leave the scan's state as it is. */
const QUOTE_MARK = /["“”«»„「」]/g;

/**
 * Finds direct-quotation regions in [from, to) (one paragraph). Curly and guillemet quotes pair
 * explicitly; straight double quotes alternate. A quote left open at the paragraph end runs to
 * it, as news style does for quotes continued in the next paragraph. The marks are found by a
 * regex, which V8 scans for in native code, not by reading every char in a loop.
 */
export function findQuoteRegions(text: string, from: number, to: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let closer = 0;
  // Over the paragraph alone, so the search for a next mark never runs on into later paragraphs.
  const paragraph = text.slice(from, to);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(paragraph); m !== null; m = QUOTE_MARK.exec(paragraph)) {
    const i = from + m.index;
    const c = text.charCodeAt(i);
    if (open < 0) {
      const expected = closerOf(c);
      if (expected !== 0) {
        open = i;
        closer = expected;
      }
    } else if (c === closer) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
