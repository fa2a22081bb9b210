import type { Claimant, ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { classifyKind } from "./analysis/claim-kind.ts";
import { FUTURE_PHRASE_WORDS } from "./analysis/lexicon.ts";
import { findDates, TENSE_DEPENDENT_DATES } from "./analysis/dates.ts";
import { claimFlags, findLoadedTerms } from "./analysis/flags.ts";
import { findQuantities, QUANTITY_GATES } from "./analysis/quantities.ts";
import { quantityStartsWithin } from "./analysis/quantity-candidates.ts";
import type { Token } from "./analysis/tokens.ts";
import { defineGate, gateBits, gated } from "./analysis/word-gates.ts";
import { contextAfter, contextBefore } from "./claim-context.ts";
import { plainWording } from "./plain-wording.ts";
import { scoreSentence } from "./score-sentence.ts";
import { adjustScores, type AdjustmentContext } from "./score-adjustments.ts";

export interface ClaimDraft {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Subject-restored wording of the span, or null to use the span itself. */
  restored: string | null;
  claimant: Claimant;
  directQuote: boolean;
  /** Share of the span inside quotation marks. */
  quotedShare: number;
  /** gateBits(body, start, end), which the caller has from the sentence's tokens. */
  spanGates: number;
  /** Tokens of a range of the body that encloses the span (its segment's). */
  tokens: readonly Token[];
}

const FUTURE =
  /\b(will|shall|is (?:set|expected|due|scheduled|going) to|are (?:set|expected|due|scheduled|going) to|plans? to|next)\b/i;
const FUTURE_GATE = defineGate([...FUTURE_PHRASE_WORDS, "next"]);
gated(FUTURE, FUTURE_GATE);
// Module-level: tsx (esbuild) turns a \p{…} regex literal inside a function into a `new RegExp`
// call made on every call.
const ENDS_LOWERCASE_WORD = /\b\p{Ll}+$/u;
const THE_BEFORE_NAME = /^the (?=\p{Lu}\p{Ll}+ \p{Lu})/u;

function describeClaimant(c: Claimant): string {
  // "the Colombian presidency" but "El Espectador": common-noun names read better with "the".
  const name = c.type === "organization" && ENDS_LOWERCASE_WORD.test(c.name) ? `the ${c.name}` : c.name;
  return c.via && c.via !== c.name ? `${name} (via ${c.via})` : name;
}

function withPronounResolved(content: string, claimant: Claimant): string {
  // Only a wording that starts with i, t, h or s (any case) can start with one of the pronouns.
  const first = content.charCodeAt(0) | 32;
  if (first !== 105 && first !== 116 && first !== 104 && first !== 115) return content;
  const m = /^(it|they|he|she)\b/i.exec(content);
  if (!m || claimant.type === "article" || claimant.type === "unnamed_sources") return content;
  const p = m[1]!.toLowerCase();
  const fits = claimant.type === "organization" ? p === "it" || p === "they" : p === "he" || p === "she";
  return fits ? `the ${claimant.name}${content.slice(m[0].length)}`.replace(THE_BEFORE_NAME, "") : content;
}

/**
 * "The cooperation has …" reads "According to X, the cooperation has …" once it follows the
 * attribution. Only determiners and pronouns are lowered: a capital that may be a name stays.
 */
const LEADING_DETERMINER = /^(The|A|An|This|That|These|Those|Its|Their|There|It|Some|Many|Most|All)(?=\s)/;
function lowerLeadingDeterminer(content: string): string {
  const m = LEADING_DETERMINER.exec(content);
  return m ? m[1]!.toLowerCase() + content.slice(m[1]!.length) : content;
}

/** Turns a located span into the full claim record: wording, kind, scores, quantities, dates, flags. */
export function buildClaim(body: string, d: ClaimDraft, publishedOn: string | null): ExtractedClaim {
  const quote = body.slice(d.start, d.end);
  const content = d.directQuote
    ? (d.restored ?? quote).replace(/^[“"]|[”"]$/g, "")
    : withPronounResolved(plainWording(d.restored ?? quote), d.claimant);
  const text =
    d.claimant.type === "article"
      ? content
      : d.directQuote
        ? `${describeClaimant(d.claimant)} said: “${content}”`
        : `According to ${describeClaimant(d.claimant)}, ${lowerLeadingDeterminer(content)}`;
  // The span's gates (from its tokens) and, when it differs, one scan of the wording tell which
  // word-list regexes can match at all.
  const spanBits = d.spanGates;
  // A direct quote's wording is its span less a leading and a trailing quote mark, which changes
  // no run of letters or digits: same gates.
  const sameRuns = content === quote || (d.directQuote && d.restored === null);
  const contentBits = sameRuns ? spanBits : gateBits(content);
  // The tense is read only when a month or weekday can be resolved by it (what findDates would
  // ask for), without a callback closure made per claim.
  const future = (spanBits & TENSE_DEPENDENT_DATES) !== 0 && (contentBits & FUTURE_GATE) !== 0 && FUTURE.test(content);
  const dates = findDates(body, d.start, d.end, publishedOn, future, spanBits);
  // Where a quantity can start is read from the tokens, not from a scan of every character.
  const starts = spanBits & QUANTITY_GATES ? quantityStartsWithin(quote, d.start, d.tokens) : null;
  let quantities = findQuantities(body, d.start, d.end, spanBits, starts);
  if (dates.length > 0) quantities = quantities.filter((q) => !dates.some((x) => q.start < x.end && q.end > x.start));
  const { kind, alsoKinds } = classifyKind(
    content,
    quantities,
    d.directQuote,
    d.claimant.type !== "article",
    contentBits,
  );
  const loadedTerms = findLoadedTerms(quote, spanBits);
  const flags = claimFlags(
    quote,
    {
      quotation: d.directQuote || d.quotedShare >= 0.5,
      unnamedSource: d.claimant.type === "unnamed_sources",
      loadedTerms,
    },
    spanBits,
  );
  const ctx: AdjustmentContext = { flags, kind, quantities: quantities.length, dates: dates.length, text: content };
  const scored = adjustScores(scoreSentence(content), ctx);
  return {
    id: `c${d.start}-${d.end}`,
    start: d.start,
    end: d.end,
    quote,
    prefix: contextBefore(body, d.start),
    suffix: contextAfter(body, d.end),
    sentenceStart: d.sentenceStart,
    sentenceEnd: d.sentenceEnd,
    text,
    kind,
    alsoKinds,
    claimant: d.claimant,
    scores: { factual: scored.factual, checkworthy: scored.checkworthy },
    reasons: scored.reasons,
    quantities,
    dates,
    flags,
    loadedTerms,
  };
}
