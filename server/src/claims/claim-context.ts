// Where a claim sits in its article's text, kept with the claim so it can be found again after the
// body is revised.

/** Characters of prefix and suffix context kept with a span. */
export const ANCHOR_CONTEXT = 32;

export function anchorFor(body: string, start: number, end: number) {
  return {
    startOffset: start,
    endOffset: end,
    quote: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: body.slice(end, end + ANCHOR_CONTEXT),
  };
}
