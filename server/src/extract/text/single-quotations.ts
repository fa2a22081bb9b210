/**
 * British and Australian copy quotes with single marks: ‘still too high’ or 'still too high'. The
 * rules that read quotations (who said it, direct quotes, quoted shares) read double marks, so in
 * a paragraph with no double marks the single marks that open and close a quotation are read as
 * double ones. The result has the same length as the body, so every offset into it is an offset
 * into the body; apostrophes ("aren't", "Trump’s", "the ’90s") are left alone.
 */

/** A single mark that may open a quotation: at a paragraph's start or after space or a bracket or dash, before a letter or digit. */
const MAY_OPEN = /(?:^|[\s([—–])['‘](?=[\p{L}\p{N}])/gmu;
const DOUBLE_MARK = /["“”]/;
const OPENING_SINGLE_MARK = /['‘]/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** Is the mark at `i` a closing one: after a letter, digit or sentence mark, before space, punctuation or the end? */
function closesAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/.test(before)) return false;
  return after === undefined || /[\s.,;:!?)\]—–-]/.test(after);
}

function paragraphWithDoubleMarks(text: string, from: number, to: number): string {
  let out = "";
  let copied = from;
  MAY_OPEN.lastIndex = from;
  for (let m = MAY_OPEN.exec(text); m !== null && m.index < to; m = MAY_OPEN.exec(text)) {
    const open = m.index + m[0].length - 1;
    let close = -1;
    for (let i = open + 1; i < to; i++) {
      const c = text[i];
      if ((c === "'" || c === "’") && closesAt(text, i)) {
        close = i;
        break;
      }
    }
    if (close < 0) break;
    out += `${text.slice(copied, open)}“${text.slice(open + 1, close)}”`;
    copied = close + 1;
    MAY_OPEN.lastIndex = close + 1;
  }
  return out + text.slice(copied, to);
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
    out += DOUBLE_MARK.test(paragraph) ? paragraph : paragraphWithDoubleMarks(body, from, to);
    if (m === null) break;
    out += m[0];
    from = m.index + m[0].length;
  }
  return out;
}
