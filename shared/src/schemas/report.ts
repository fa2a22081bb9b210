// Fact-check report exports: the options an editor picks (query-string friendly, with defaults)
// and the versioned JSON document (`format=json`). See docs/reports.md for the version policy.
import { z } from "zod";
import { claimKindSchema } from "./extracted-claim.ts";
import { idSchema, isoDateSchema, isoDateTimeSchema } from "./common.ts";
import { stanceSchema, verdictSchema, verdicts } from "../verdicts.ts";

export const reportFormats = ["markdown", "html", "pdf", "json", "csv", "claimreview"] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** Query strings carry text; callers in code may pass real booleans. Anything else is a 422. */
const flag = (fallback: boolean) =>
  z
    // The message on the union itself: without it a wrong value (or the option given twice) read "Invalid input".
    .union([z.boolean(), z.enum(["true", "false", "1", "0", "yes", "no"])], { error: "expected true or false" })
    .default(fallback)
    .transform((v) => v === true || v === "true" || v === "1" || v === "yes");

/** `verdicts=true,false` (or repeated `verdicts=` parameters, or an array). Empty means every verdict. */
const verdictList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    v === undefined
      ? []
      : (Array.isArray(v) ? v : [v])
          .flatMap((s) => s.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
  )
  .pipe(z.array(z.enum(verdicts, { message: `expected a comma-separated list of: ${verdicts.join(", ")}` })))
  .transform((list) => [...new Set(list)].sort((a, b) => verdicts.indexOf(a) - verdicts.indexOf(b)));

export const reportOptionsSchema = z.object({
  /**
   * Publish only approved verdicts. A verdict not yet approved is withheld: its claim then counts as
   * not yet reviewed (and is listed only with includeUnreviewed). Default true, so a report can be
   * published as it comes without leaking findings an editor has not signed off.
   */
  approvedOnly: flag(true),
  /** List claims that have no (visible) verdict yet, marked "Not yet reviewed". */
  includeUnreviewed: flag(false),
  /** Internal reviewer notes are private; they appear only when asked for. */
  includeNotes: flag(false),
  /** Dismissed claims: listed in their own section after the others, or left out. */
  dismissed: z.enum(["separate", "omit"]).default("omit"),
  /** Only claims with one of these verdicts (unreviewed claims still follow includeUnreviewed). */
  verdicts: verdictList,
});
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>;
export type ReportOptions = z.output<typeof reportOptionsSchema>;

/** GET /api/articles/:id/report query. The generation time is always "now" on the server. */
export const reportQuerySchema = reportOptionsSchema.extend({ format: reportFormatSchema.default("html") });

export const REPORT_SCHEMA_VERSION = "1.2" as const;

const personRef = z.object({ name: z.string(), at: isoDateTimeSchema });

export const reportSourceSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: stanceSchema,
  accessedOn: isoDateSchema.nullable(),
});

export const reportNoteSchema = z.object({
  author: z.string(),
  body: z.string(),
  createdAt: isoDateTimeSchema,
  /** Set on replies: the id of the note answered. */
  inReplyTo: idSchema.nullable(),
  id: idSchema,
});

/**
 * A figure the extractor read in the claim (decision 875): the words as written, the value, the
 * unit or counted noun, the qualifier ("more_than", …) and, for a share, the group it is of.
 * The offsets into the article body are left out: a report's reader has no body to index.
 */
export const reportQuantitySchema = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  group: z.string().nullable(),
});

/**
 * A date the extractor resolved in the claim: `value` is YYYY-MM-DD, YYYY-MM or YYYY by
 * `granularity`; `firstDay`/`lastDay` bound a week, quarter or half; `relative` when it was
 * resolved against the publication date; `ofStatement` for the day the claimant spoke.
 */
export const reportDateSchema = z.object({
  text: z.string(),
  value: z.string(),
  granularity: z.enum(["day", "month", "year"]),
  relative: z.boolean(),
  firstDay: isoDateSchema.nullable(),
  lastDay: isoDateSchema.nullable(),
  ofStatement: z.boolean(),
});

export const reportClaimSchema = z.object({
  id: idSchema,
  /** 1-based position among all the article's claims in text order; the anchor is #claim-N. */
  number: z.number().int().min(1),
  anchor: z.string(),
  text: z.string(),
  quote: z.string(),
  kind: claimKindSchema,
  claimant: z.string().nullable(),
  /** person | organization | unnamed_sources | article (the outlet asserting it itself); null when unknown. */
  claimantType: z.enum(["person", "organization", "unnamed_sources", "article"]).nullable(),
  /** The outlet that relayed the claim ("unnamed sources" via "El Espectador"), when the extractor found one. */
  claimantVia: z.string().nullable(),
  /** The title the article gives a person before their name ("Defense Secretary", "Dr."), when it gives one. */
  claimantTitle: z.string().nullable(),
  /** null: not yet reviewed (or, with approvedOnly, a verdict not yet approved). */
  verdict: verdictSchema.nullable(),
  verdictLabel: z.string(),
  rationale: z.string().nullable(),
  reviewedBy: personRef.nullable(),
  approvedBy: personRef.nullable(),
  needsReReview: z.boolean(),
  sources: z.array(reportSourceSchema),
  /** Since 1.2; empty when the extractor read none (or the claim was added by hand). */
  quantities: z.array(reportQuantitySchema),
  dates: z.array(reportDateSchema),
  /** Present only when the export asked for notes (includeNotes). */
  notes: z.array(reportNoteSchema).optional(),
});

export const reportSummarySchema = z.object({
  /** Claims of the article that are not dismissed. */
  totalClaims: z.number().int(),
  /** Of those, how many have a verdict shown in this report. */
  reviewedClaims: z.number().int(),
  /** reviewedClaims / totalClaims, 0..1 (0 when there are no claims). */
  shareReviewed: z.number(),
  byVerdict: z.object({
    true: z.number().int(),
    false: z.number().int(),
    misleading: z.number().int(),
    unverified: z.number().int(),
    none: z.number().int(),
  }),
  /** Everyone whose verdicts or approvals are shown, by name. */
  reviewers: z.array(z.object({ name: z.string(), verdicts: z.number().int(), approvals: z.number().int() })),
  /** How many claims this report lists (after the options), and how many dismissed ones it lists apart. */
  listedClaims: z.number().int(),
  listedDismissed: z.number().int(),
});

export const reportDocumentSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: isoDateTimeSchema,
  publisher: z.object({ name: z.string(), url: z.string() }),
  options: z.object({
    approvedOnly: z.boolean(),
    includeUnreviewed: z.boolean(),
    includeNotes: z.boolean(),
    dismissed: z.enum(["separate", "omit"]),
    verdicts: z.array(verdictSchema),
  }),
  article: z.object({
    id: idSchema,
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: isoDateSchema.nullable(),
    status: z.string(),
    reportUrl: z.string(),
  }),
  summary: reportSummarySchema,
  claims: z.array(reportClaimSchema),
  /** Only with dismissed=separate; otherwise an empty list. */
  dismissedClaims: z.array(reportClaimSchema),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
export type ReportDocumentClaim = z.infer<typeof reportClaimSchema>;
