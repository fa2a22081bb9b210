/**
 * Where a quote can be cut: the end of each word except the last, as offsets into the quote.
 * Cutting between words keeps both parts readable; the server trims the space at the cut.
 */
export function wordBoundaries(quote: string): number[] {
  const out: number[] = [];
  const re = /\S(?=\s+\S)/g;
  for (let m = re.exec(quote); m; m = re.exec(quote)) out.push(m.index + 1);
  return out;
}
