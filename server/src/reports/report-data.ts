// What a report is made from: plain data, no Prisma types, so every format can be tested and
// benchmarked on an object built in memory. Dates are ISO strings so output never depends on the
// process's time zone.
import type { ClaimKind, Quantity, ResolvedDate, Stance, Verdict } from "@claimdesk/shared";

export type ClaimantType = "person" | "organization" | "unnamed_sources" | "article";

export interface ReportData {
  /** The organisation publishing the fact-check (REPORT_PUBLISHER_NAME / REPORT_PUBLISHER_URL). */
  publisher: { name: string; url: string };
  /** Where reports are published: PUBLIC_ORIGIN, else the publisher's URL. No trailing slash. */
  siteUrl: string;
  article: {
    id: string;
    title: string;
    outlet: string | null;
    author: string | null;
    url: string | null;
    /** YYYY-MM-DD */
    publishedOn: string | null;
    status: string;
  };
  /** Every claim of the article, dismissed ones included, in any order (the report sorts them). */
  claims: ReportDataClaim[];
}

export interface ReportDataClaim {
  id: string;
  startOffset: number;
  endOffset: number;
  text: string;
  quote: string;
  kind: ClaimKind;
  claimant: { name: string; type: ClaimantType; via: string | null; title?: string } | null;
  verdict: Verdict | null;
  rationale: string | null;
  verdictBy: string | null;
  verdictAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  needsReReview: boolean;
  dismissed: boolean;
  sources: ReportDataSource[];
  /** The figures and dates the extractor read in the claim; empty for a claim added by hand. */
  quantities: Quantity[];
  dates: ResolvedDate[];
  /** Empty unless notes were loaded (they are only loaded when an export asks for them). */
  notes: ReportDataNote[];
}

export interface ReportDataSource {
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  /** YYYY-MM-DD */
  accessedOn: string | null;
}

export interface ReportDataNote {
  id: string;
  inReplyTo: string | null;
  author: string;
  body: string;
  createdAt: string;
}
