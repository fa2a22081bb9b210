import { isJsSpace } from "./text/char-classes.ts";

function isQuoteMark(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 34; // “ ” "
}

/** No quote marks, no space at either end and no space other than single U+0020 spaces. */
function isPlain(s: string): boolean {
  if (s.length === 0) return true;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Printable ASCII other than the space and the straight quote: most characters.
    if (c > 32 && c < 127 && c !== 34) {
      prevSpace = false;
      continue;
    }
    if (isQuoteMark(c)) return false;
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isJsSpace(c)) return false;
    else prevSpace = false;
  }
  return !prevSpace;
}

/**
 * Drops quote marks from a wording that is not itself a direct quotation: the same as
 * s.replace(/[“”"]/g, "").replace(/\s+/g, " ").trim(), in one pass that copies the stretches
 * between the characters it drops or folds.
 */
export function plainWording(s: string): string {
  if (isPlain(s)) return s;
  let out = "";
  let kept = -1; // start of the current stretch of kept characters; -1 outside one
  let spaceBefore = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const space = c >= 0 && isJsSpace(c);
    if (c >= 0 && !space && !isQuoteMark(c)) {
      if (kept < 0) {
        // A run of white space (quote marks removed) becomes one space, none at either end.
        if (spaceBefore && out.length > 0) out += " ";
        spaceBefore = false;
        kept = i;
      }
      continue;
    }
    if (kept >= 0) {
      out += s.slice(kept, i);
      kept = -1;
    }
    if (space) spaceBefore = true;
  }
  return out;
}
