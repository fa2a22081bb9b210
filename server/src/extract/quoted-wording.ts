import { isJsSpace } from "./text/char-classes.ts";
import { plainWording } from "./plain-wording.ts";

const OPEN = "“";
const CLOSE = "”";
const QUOTE_MARK = /["“”]/;

/** Where a quote mark may open: at the start, after white space or an opening bracket or dash. */
function opensAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return isJsSpace(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013;
}

/**
 * The wording of a reported statement with the quotation marks that tell a reviewer which words
 * are the speaker's own ("Rome was “fully committed” to NATO"): a pair of marks inside the wording
 * is kept, as curly quotes; a mark whose partner lies outside the span (the span starts or ends
 * inside a quotation) is dropped, since it would open or close nothing. White space folds as in
 * plainWording, so plainWording(quotedWording(s)) === plainWording(s).
 */
export function quotedWording(s: string): string {
  if (!QUOTE_MARK.test(s)) return plainWording(s);
  const folded = s.replace(/\s+/g, " ").trim();
  // A straight mark opens where an opening mark may stand, and closes anywhere else.
  const marks: { at: number; opens: boolean }[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i];
    if (c === OPEN) marks.push({ at: i, opens: true });
    else if (c === CLOSE) marks.push({ at: i, opens: false });
    else if (c === '"') marks.push({ at: i, opens: opensAt(folded, i) });
  }
  // Each closing mark pairs with the nearest opening mark before it; quotations do not nest in
  // news copy's double quotes, so an opening mark followed by another opening mark is an orphan.
  const kept = new Map<number, string>();
  let open: number | null = null;
  for (const m of marks) {
    if (m.opens) open = m.at;
    else if (open !== null) {
      kept.set(open, OPEN);
      kept.set(m.at, CLOSE);
      open = null;
    }
  }
  let out = "";
  let from = 0;
  for (const m of marks) {
    out += folded.slice(from, m.at) + (kept.get(m.at) ?? "");
    from = m.at + 1;
  }
  out += folded.slice(from);
  // Dropping a mark can leave a space at either end or two spaces in a row.
  return out.replace(/ {2,}/g, " ").trim();
}
