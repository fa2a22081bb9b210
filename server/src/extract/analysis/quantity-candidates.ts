/**
 * Where a quantity can start in a claim's span, read from the tokens the sentence already has
 * instead of a scan of every character. Most tokens are plain words of ASCII letters and digits;
 * a quantity can start only at the first character of such a word (every other one follows a
 * letter or digit), and only when the word's cached MAY_START_QUANTITY flag is set (it begins
 * with a digit, a number word or a qualifier's first word). Those words are skipped without
 * reading them. Everything else (the gaps between tokens, with their currency signs, tokens with
 * joiners or non-ASCII letters, and tokens cut by the span's edges) is scanned by
 * nextQuantityStart as before, so the positions are the same as a scan of the whole span gives,
 * less some where the regex cannot match (a property test compares the quantities).
 */
import type { QuantityStarts } from "./quantities.ts";
import { nextQuantityStart } from "./quantity-starts.ts";
import { firstTokenEndingAfter, type Token } from "./tokens.ts";
import { ASCII_WORD, MAY_START_QUANTITY } from "./word-flags.ts";

// One reused list: the positions of the latest call.
const starts: QuantityStarts = { at: new Int32Array(64), count: 0 };

function push(p: number): void {
  if (starts.count === starts.at.length) {
    const grown = new Int32Array(starts.at.length * 2);
    grown.set(starts.at);
    starts.at = grown;
  }
  starts.at[starts.count++] = p;
}

/** Adds every position of text[from, to) where nextQuantityStart sees a possible start. */
function scan(text: string, from: number, to: number): void {
  for (let p = nextQuantityStart(text, from, to); p >= 0; p = nextQuantityStart(text, p + 1, to)) push(p);
}

/**
 * Possible quantity starts in `text`, which is body[offset, offset + text.length), given
 * `tokens`, the tokens of a range of the body that encloses it. Valid until the next call.
 */
export function quantityStartsWithin(text: string, offset: number, tokens: readonly Token[]): QuantityStarts {
  starts.count = 0;
  const end = text.length;
  // Start of the stretch not yet covered: scanned when the next plain word (or the end) is reached.
  let pending = 0;
  for (let i = firstTokenEndingAfter(tokens, offset); i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = t.start - offset;
    const e = t.end - offset;
    if (s >= end) break;
    if (s < 0 || e > end || !(t.flags & ASCII_WORD)) continue;
    if (s > pending) scan(text, pending, s);
    if (t.flags & MAY_START_QUANTITY) scan(text, s, e);
    pending = e;
  }
  if (pending < end) scan(text, pending, end);
  return starts;
}
