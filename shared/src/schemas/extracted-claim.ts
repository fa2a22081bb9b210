import { z } from "zod";

/**
 * One claim found in an imported article. Shared by the extraction engine, the API and the
 * client so all three agree on a single definition. Offsets are UTF-16 code-unit offsets into
 * the stored article body: body.slice(start, end) === quote.
 */

/** Identifiers match the database enum. */
export const claimKindSchema = z.enum([
  "statistic",
  "quote",
  "attributed_statement",
  "event",
  "comparison_record",
  "causal",
  "prediction",
  "other",
]);
export type ClaimKind = z.infer<typeof claimKindSchema>;

export const claimFlagSchema = z.enum([
  "opinion",
  "loaded_language",
  "unnamed_source",
  "quotation",
  "disputed",
  "unconfirmed",
]);
export type ClaimFlag = z.infer<typeof claimFlagSchema>;

const probability = z.number().min(0).max(1);
const offset = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const scoreReasonSchema = z.object({
  /** Machine name: a hand feature, `word:x`, `phrase:x y`, `char_ngrams` or `rule:x`. */
  feature: z.string(),
  /** Contribution in log-odds; positive pushes towards "yes". */
  effect: z.number(),
  note: z.string(),
});
export type ScoreReason = z.infer<typeof scoreReasonSchema>;

export const claimantSchema = z.object({
  /** "the article" when the outlet asserts it itself; "unnamed sources" for anonymous sourcing. */
  name: z.string(),
  type: z.enum(["person", "organization", "unnamed_sources", "article"]),
  /** Outlet or channel the claim was relayed through, e.g. a newspaper or Twitter. */
  via: z.string().nullable(),
  /**
   * A person's title or office as the article writes it before the name ("Defense Secretary",
   * "Dr."), absent when none: the name alone says who speaks, the title is kept for the wording.
   * A body written after its kind has the kind here ("airport operator" for "Aena").
   */
  title: z.string().optional(),
});
export type Claimant = z.infer<typeof claimantSchema>;

export const quantitySchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  value: z.number(),
  /** Unit or counted noun: "%", "USD", "deportations", "years". */
  unit: z.string().nullable(),
  /**
   * Normalised qualifier: "more_than", "less_than", "approximately", "at_least", "at_most",
   * "exactly", "several" (a small multiple of the value: "a few hundred metres" is 100 metres,
   * several) or null.
   */
  qualifier: z.string().nullable(),
  /**
   * For a share (a per cent, "a third", "one in five"), the group it is a share of as the article
   * writes it: "teenagers" for "12% among teenagers", "adults in Wales" for "40 per cent of adults
   * in Wales". Absent where no group of people, households or bodies is written next to it ("3% of
   * GDP" is a share of a measure) and for every other quantity.
   */
  group: z.string().optional(),
});
export type Quantity = z.infer<typeof quantitySchema>;

/** How a share's unit names the noun it counts: "share of children" for "one in five children". */
export const SHARE_OF = "share of ";

/** The noun a share's unit names ("children" for "share of children"); null for any other unit. */
export function nounOfShareUnit(unit: string | null): string | null {
  return unit !== null && unit.startsWith(SHARE_OF) ? unit.slice(SHARE_OF.length) : null;
}

export const resolvedDateSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on granularity. */
  value: z.string(),
  granularity: z.enum(["day", "month", "year"]),
  /** True when it was resolved against the publication date rather than written out in full. */
  relative: z.boolean(),
  /**
   * The first and last day (YYYY-MM-DD) of a period no day, month or year is: a week ("last
   * week", Monday to Sunday), a quarter or a half of a year ("the second quarter of 2025"). `value`
   * is then the month or year that holds the whole period, so a reader of the grain alone is
   * never told a narrower date than the article gave; a week across New Year, which no grain
   * holds, is the year that holds most of its days (ISO 8601's year of the week). Absent for a
   * plain day, month or year.
   */
  firstDay: isoDay.optional(),
  lastDay: isoDay.optional(),
  /**
   * The day the claimant made the statement, read from the attribution around the claim ("…,
   * Carney said on Tuesday"), not a date the claim itself asserts. Absent for the claim's own dates.
   */
  ofStatement: z.literal(true).optional(),
});
export type ResolvedDate = z.infer<typeof resolvedDateSchema>;

export const extractedClaimSchema = z.object({
  /** Stable for the same body: derived from the offsets. */
  id: z.string(),
  start: offset,
  end: offset,
  quote: z.string(),
  /** Up to ~32 characters of body before/after the span, for re-anchoring after edits. */
  prefix: z.string(),
  suffix: z.string(),
  /** The sentence the claim came from, as offsets into the body. */
  sentenceStart: offset,
  sentenceEnd: offset,
  /** Self-contained wording: subject and claimant restored where the span alone is unclear. */
  text: z.string(),
  kind: claimKindSchema,
  /** Other kinds that also apply, e.g. a causal claim that is also a record. */
  alsoKinds: z.array(claimKindSchema),
  claimant: claimantSchema,
  scores: z.object({ factual: probability, checkworthy: probability }),
  reasons: z.object({ factual: z.array(scoreReasonSchema), checkworthy: z.array(scoreReasonSchema) }),
  quantities: z.array(quantitySchema),
  dates: z.array(resolvedDateSchema),
  flags: z.array(claimFlagSchema),
  /** The words that triggered loaded_language, if any. */
  loadedTerms: z.array(z.string()),
});
export type ExtractedClaim = z.infer<typeof extractedClaimSchema>;

export const extractedClaimListSchema = z.array(extractedClaimSchema);
