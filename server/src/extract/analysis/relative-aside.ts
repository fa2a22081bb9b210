import type { Clause } from "./clauses.ts";
import { relativeClauseWording } from "./relative-clause-wording.ts";
import { commaBefore, lowerWordAt, type Token } from "./tokens.ts";
import { hasFiniteVerb, isFiniteVerb } from "./verbs.ts";
import { CAPITALISED, PARENTHETICAL_PREPOSITION, RELATIVE, TO } from "./word-flags.ts";

/**
 * "A ransomware attack has forced Midvale Health, which runs 11 hospitals and more than 90
 * clinics, to divert ambulances": a relative clause set off by commas inside the main clause is
 * the article's background fact about the name before it ("Midvale Health runs 11 hospitals and
 * more than 90 clinics"), and the main clause reads without it ("A ransomware attack has forced
 * Midvale Health to divert ambulances"). Split any other way, the aside's figures were cut apart
 * and the main clause's end was worded into the second figure.
 */
export function relativeAsideWithin(body: string, tokens: readonly Token[], start: number): Clause[] | null {
  for (let r = 2; r + 2 < tokens.length; r++) {
    const t = tokens[r]!;
    if (!(t.flags & RELATIVE) || !commaBefore(body, tokens, r) || lowerWordAt(body, t) === "where") continue;
    const nameFrom = nameBefore(body, tokens, r);
    // The main clause's verb stands before the name: "has forced Midvale Health, which …".
    if (nameFrom < 1 || !hasFiniteVerb(tokens, 0, nameFrom)) return null;
    const close = closingComma(body, tokens, r);
    if (close < 0) return null;
    const next = tokens[close]!;
    // What follows goes on with the main clause ("to divert ambulances", "on Tuesday"), not a
    // list's next item or a new clause.
    if (!(next.flags & (TO | PARENTHETICAL_PREPOSITION)) || isFiniteVerb(tokens, close)) return null;
    const name = body.slice(tokens[nameFrom]!.start, tokens[r - 1]!.end);
    const headEnd = tokens[r - 1]!.end;
    const rest = body.slice(next.start, tokens[tokens.length - 1]!.end);
    // "…, to pay $1.3 billion by June 30": figures and dates are read from a claim's own span, so
    // a main clause that ends with some keeps the sentence whole.
    if (FIGURE_OR_DATE.test(rest)) return null;
    return [
      { start, end: headEnd, restored: `${body.slice(start, headEnd)} ${rest}` },
      {
        start: t.start,
        end: tokens[close - 1]!.end,
        restored: relativeClauseWording(body, tokens, name, r, close),
      },
    ];
  }
  return null;
}

const FIGURE_OR_DATE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|week|month|year)s?\b/i;

/** A capitalised name of up to four words right before the comma at `r`, or -1. */
function nameBefore(body: string, tokens: readonly Token[], r: number): number {
  let k = r;
  while (k > 0 && r - k < 4 && tokens[k - 1]!.flags & CAPITALISED && (k === r || !commaBefore(body, tokens, k))) k--;
  return k < r ? k : -1;
}

/** The token after the comma that closes the clause opened at `r`, when the clause has a verb; else -1. */
function closingComma(body: string, tokens: readonly Token[], r: number): number {
  for (let k = r + 2; k < tokens.length && k - r <= 16; k++)
    if (commaBefore(body, tokens, k))
      return hasFiniteVerb(tokens, r + 1, k) || presentFormAt(body, tokens, r + 1) ? k : -1;
  return -1;
}

/** "which runs …", "who owns …": a present "-s" form right after the relative word. */
function presentFormAt(body: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return !(t.flags & CAPITALISED) && t.end - t.start > 3 && body.charCodeAt(t.end - 1) === 115;
}
