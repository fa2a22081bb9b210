/** A word token with its offsets in the article body. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters/digits, allowing inner apostrophes, dots, commas and hyphens ("U.S", "1,700", "far-left").
const TOKEN = /[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*/gu;

export function tokenize(body: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = body.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** Text between two tokens (punctuation and spaces), used to find commas before a conjunction. */
export function gapBefore(body: string, tokens: readonly Token[], i: number): string {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return "";
  return body.slice(prev.end, cur.start);
}

export function isCapitalised(t: Token): boolean {
  const ch = t.text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
