import { isJsSpace } from "./text/char-classes.ts";
import { plainWording } from "./plain-wording.ts";

const QUOTE_MARK = /["“”]/;

function isQuoteMark(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 34; // “ ” "
}

/** Where a quote mark may open: at the start, after white space or an opening bracket or dash. */
function opensAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return isJsSpace(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013;
}

/**
 * Indices of the quote marks that pair up, in order (opening, closing, opening, …). A straight
 * mark opens where an opening mark may stand and closes anywhere else; each closing mark pairs
 * with the nearest opening mark before it. Quotations do not nest in news copy's double quotes,
 * so an opening mark followed by another opening mark is an orphan.
 */
function pairedMarks(s: string): number[] {
  const kept: number[] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isQuoteMark(c)) continue;
    const opens = c === 0x201c || (c === 34 && opensAt(s, i));
    if (opens) open = i;
    else if (open >= 0) {
      kept.push(open, i);
      open = -1;
    }
  }
  return kept;
}

/**
 * The wording of a reported statement with the quotation marks that tell a reviewer which words
 * are the speaker's own ("Rome was “fully committed” to NATO"): a pair of marks inside the wording
 * is kept, as curly quotes; a mark whose partner lies outside the span (the span starts or ends
 * inside a quotation) is dropped, since it would open or close nothing. White space folds as in
 * plainWording (one pass that copies the stretches between what it drops or folds), so
 * plainWording(quotedWording(s)) === plainWording(s).
 */
export function quotedWording(s: string): string {
  if (!QUOTE_MARK.test(s)) return plainWording(s);
  const kept = pairedMarks(s);
  if (kept.length === 0) return plainWording(s);
  let out = "";
  let next = 0; // index into `kept` of the next mark to keep
  let stretch = -1; // start of the current stretch of copied characters; -1 outside one
  let spaceBefore = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const space = c >= 0 && isJsSpace(c);
    const keptMark = next < kept.length && kept[next] === i;
    if (c >= 0 && !space && (!isQuoteMark(c) || keptMark)) {
      if (stretch < 0) {
        // A run of white space (dropped marks removed) becomes one space, none at either end.
        if (spaceBefore && out.length > 0) out += " ";
        spaceBefore = false;
        stretch = i;
      }
      if (keptMark) {
        // Straight marks become curly ones: the kept list alternates opening and closing.
        out += s.slice(stretch, i) + (next % 2 === 0 ? "“" : "”");
        stretch = i + 1;
        next++;
      }
      continue;
    }
    if (stretch >= 0) {
      out += s.slice(stretch, i);
      stretch = -1;
    }
    if (space) spaceBefore = true;
  }
  return out;
}
