// Finds a claim's quoted text again in a revised body (a Hypothesis-style text-quote selector):
// exactly where it was; else the occurrence whose surrounding text matches best, nearest the old
// place; else, when the text around it survived but the quote did not, the changed text between.
import type { AnchorStatus } from "../db/generated/client.ts";

export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface Reanchored {
  status: AnchorStatus;
  start: number;
  end: number;
}

export function reanchor(body: string, anchor: Anchor): Reanchored {
  if (anchor.quote && body.slice(anchor.start, anchor.end) === anchor.quote) {
    return { status: "anchored", start: anchor.start, end: anchor.end };
  }
  const found = bestOccurrence(body, anchor);
  if (found !== null) return { status: "moved", start: found, end: found + anchor.quote.length };
  const between = betweenContext(body, anchor);
  if (between) return { status: "changed", ...between };
  // Gone: keep the claim (and its review) but point at an empty span where it used to be.
  const at = Math.min(anchor.start, body.length);
  return { status: "missing", start: at, end: at };
}

function bestOccurrence(body: string, anchor: Anchor): number | null {
  if (!anchor.quote) return null;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = body.indexOf(anchor.quote); i >= 0; i = body.indexOf(anchor.quote, i + 1)) {
    const context =
      commonSuffixLength(body.slice(Math.max(0, i - anchor.prefix.length), i), anchor.prefix) +
      commonPrefixLength(
        body.slice(i + anchor.quote.length, i + anchor.quote.length + anchor.suffix.length),
        anchor.suffix,
      );
    const score = context * 1000 - Math.abs(i - anchor.start) / (body.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * Uses the context that survived: the text between prefix and suffix is the claim, edited. With only
 * one side left (a claim at the very start or end of the body), the span keeps the quote's length
 * from that side.
 */
function betweenContext(body: string, anchor: Anchor): { start: number; end: number } | null {
  const prefix = anchor.prefix.slice(-16);
  const suffix = anchor.suffix.slice(0, 16);
  const usable = (context: string) => context.length >= 8;
  const nearest = (candidates: Array<{ start: number; end: number }>) =>
    candidates.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start))[0] ?? null;
  const occurrences = (needle: string) => {
    const found: number[] = [];
    for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) found.push(i);
    return found;
  };
  const maxGap = anchor.quote.length * 2 + 200;
  if (usable(prefix) && usable(suffix)) {
    const spans = occurrences(prefix).flatMap((p) => {
      const start = p + prefix.length;
      const s = body.indexOf(suffix, start);
      return s > start && s - start <= maxGap ? [{ start, end: s }] : [];
    });
    return nearest(spans);
  }
  if (usable(suffix)) {
    return nearest(
      occurrences(suffix)
        .map((s) => ({ start: startOfText(body, Math.max(0, s - anchor.quote.length), s), end: s }))
        .filter((x) => x.end > x.start),
    );
  }
  if (usable(prefix)) {
    return nearest(
      occurrences(prefix)
        .map((p) => {
          const start = p + prefix.length;
          return { start, end: endOfText(body, start, Math.min(body.length, start + anchor.quote.length)) };
        })
        .filter((x) => x.end > x.start),
    );
  }
  return null;
}

/**
 * A span measured from one side by the old quote's length may start inside the text before it
 * when the edit shortened the claim ("updated. CHANGED of Homeland Security" for "Department of
 * Homeland Security" after a note was put before it). It starts after a sentence end or line
 * break among its first chars, else at the start of a word.
 */
const EDGE = 12;
function startOfText(body: string, start: number, end: number): number {
  const head = body.slice(start, Math.min(end, start + EDGE));
  const sentenceEnd = Math.max(
    head.lastIndexOf(". "),
    head.lastIndexOf("! "),
    head.lastIndexOf("? "),
    head.lastIndexOf("\n"),
  );
  let s = sentenceEnd >= 0 ? start + sentenceEnd + 1 : start;
  while (s < end && /\s/.test(body[s]!)) s++;
  // Inside a word: move to the next one, within the window.
  if (s > 0 && /[\p{L}\p{N}]/u.test(body[s - 1]!) && /[\p{L}\p{N}]/u.test(body[s] ?? "")) {
    let w = s;
    while (w < Math.min(end, s + EDGE) && /[\p{L}\p{N}]/u.test(body[w]!)) w++;
    while (w < end && /\s/.test(body[w]!)) w++;
    if (w < end) s = w;
  }
  return s;
}

/** The mirror of startOfText for a span measured from its start: it ends before a sentence ends past it. */
function endOfText(body: string, start: number, end: number): number {
  const from = Math.max(start, end - EDGE);
  const tail = body.slice(from, end);
  const breaks = [tail.indexOf(". "), tail.indexOf("! "), tail.indexOf("? "), tail.indexOf("\n")].filter((i) => i >= 0);
  let e = breaks.length > 0 ? from + Math.min(...breaks) + 1 : end;
  while (e > start && /\s/.test(body[e - 1]!)) e--;
  return e;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
