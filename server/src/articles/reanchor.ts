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
        .map((s) => ({ start: Math.max(0, s - anchor.quote.length), end: s }))
        .filter((x) => x.end > x.start),
    );
  }
  if (usable(prefix)) {
    return nearest(
      occurrences(prefix)
        .map((p) => ({ start: p + prefix.length, end: Math.min(body.length, p + prefix.length + anchor.quote.length) }))
        .filter((x) => x.end > x.start),
    );
  }
  return null;
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
