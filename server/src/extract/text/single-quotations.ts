/**
 * British and Australian copy quotes with single marks: ‘still too high’ or 'still too high'. The
 * rules that read quotations (who said it, direct quotes, quoted shares) read double marks, so in
 * a paragraph with no double marks the single marks that open and close a quotation are read as
 * double ones. The result has the same length as the body, so every offset into it is an offset
 * into the body; apostrophes ("aren't", "Trump’s", "the ’90s") are left alone.
 */

/**
 * A single mark that may open a quotation: at a paragraph's start or after space or a bracket or
 * dash, before a letter or digit, but not a shortened year ("the '90s", "in '24").
 */
const MAY_OPEN = /(?:^|[\s([—–])['‘](?=[\p{L}\p{N}])(?!\d\ds?(?![\p{L}\p{N}]))/gmu;
const DOUBLE_MARK = /["“”]/;
const OPENING_SINGLE_MARK = /['‘]/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const CLOSING_CANDIDATE = /['’]/g;

/** Is the mark at `i` a closing one: after a non-space, before space, punctuation or the end? */
function closesAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/.test(before)) return false;
  return after === undefined || /[\s.,;:!?)\]—–-]/.test(after);
}

/** Where the marks that may close a quotation stand in `paragraph`, in order. */
function closingMarks(paragraph: string): number[] {
  const out: number[] = [];
  CLOSING_CANDIDATE.lastIndex = 0;
  for (let m = CLOSING_CANDIDATE.exec(paragraph); m !== null; m = CLOSING_CANDIDATE.exec(paragraph)) {
    if (closesAt(paragraph, m.index)) out.push(m.index);
  }
  return out;
}

/**
 * Each opening mark pairs with the first closing mark after it; the next opening mark is looked
 * for after that. Both lists are walked once, so a paragraph costs one pass whatever it holds.
 */
function paragraphWithDoubleMarks(paragraph: string): string {
  const closes = closingMarks(paragraph);
  let next = 0;
  let out = "";
  let copied = 0;
  MAY_OPEN.lastIndex = 0;
  for (let m = MAY_OPEN.exec(paragraph); m !== null; m = MAY_OPEN.exec(paragraph)) {
    const open = m.index + m[0].length - 1;
    while (next < closes.length && closes[next]! <= open) next++;
    // No closing mark after this one: none after any later one either.
    if (next === closes.length) break;
    const close = closes[next]!;
    out += `${paragraph.slice(copied, open)}“${paragraph.slice(open + 1, close)}”`;
    copied = close + 1;
    MAY_OPEN.lastIndex = close + 1;
  }
  return out + paragraph.slice(copied);
}

/** The body with single quotation marks read as double ones where a paragraph has no double marks. */
export function withSingleQuotationsAsDouble(body: string): string {
  // Only ' and ‘ open a quotation; most bodies have neither (’ is their apostrophe).
  if (!OPENING_SINGLE_MARK.test(body)) return body;
  MAY_OPEN.lastIndex = 0;
  if (!MAY_OPEN.test(body)) return body;
  let out = "";
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const m = PARAGRAPH_BREAK.exec(body);
    const to = m === null ? body.length : m.index;
    const paragraph = body.slice(from, to);
    out +=
      DOUBLE_MARK.test(paragraph) || !OPENING_SINGLE_MARK.test(paragraph)
        ? paragraph
        : paragraphWithDoubleMarks(paragraph);
    if (m === null) break;
    out += m[0];
    from = m.index + m[0].length;
  }
  return out;
}
