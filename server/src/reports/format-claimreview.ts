// schema.org ClaimReview JSON-LD: one ClaimReview per claim that has a verdict shown in the report
// (dismissed claims never), with the fields Google documents as required and recommended.
import { isHonorific } from "@claimdesk/shared";
import type { ReportDocument, ReportDocumentClaim, ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { verdictRating } from "./claim-review-rating.ts";
import type { ReportData } from "./report-data.ts";
import { webHref } from "./safe-url.ts";

export type ClaimReviewJsonLd = Record<string, unknown>;

export function formatClaimReview(data: ReportData, options: ReportOptions, generatedAt: Date): string {
  return JSON.stringify(claimReviewsOf(buildReportDocument(data, options, generatedAt)), null, 2) + "\n";
}

export function claimReviewsOf(doc: ReportDocument): ClaimReviewJsonLd[] {
  return doc.claims.filter((c) => c.verdict !== null).map((claim) => claimReview(doc, claim));
}

function claimReview(doc: ReportDocument, claim: ReportDocumentClaim): ClaimReviewJsonLd {
  const publisher = organization(doc.publisher.name, webHref(doc.publisher.url));
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.anchor,
    claimReviewed: claim.text,
    // The day the verdict became final: its approval, or the verdict itself when not yet approved.
    datePublished: (claim.approvedBy?.at ?? claim.reviewedBy?.at ?? doc.generatedAt).slice(0, 10),
    author: publisher,
    reviewRating: verdictRating(claim.verdict!),
    itemReviewed: compact({
      "@type": "Claim",
      author: claimAuthor(doc, claim),
      datePublished: doc.article.publishedOn ?? undefined,
      appearance: compact({
        "@type": "CreativeWork",
        url: webHref(doc.article.url) ?? undefined,
        headline: doc.article.title,
        datePublished: doc.article.publishedOn ?? undefined,
        author: doc.article.author ? { "@type": "Person", name: doc.article.author } : undefined,
        publisher: doc.article.outlet ? organization(doc.article.outlet, null) : undefined,
      }),
    }),
  };
}

/** Who made the claim: the person or organisation quoted, or the outlet when the article asserts it. */
function claimAuthor(doc: ReportDocument, claim: ReportDocumentClaim): ClaimReviewJsonLd | undefined {
  if (claim.claimantType === "article") {
    const name = doc.article.outlet ?? doc.article.author;
    return name ? organization(name, null) : undefined;
  }
  // Unnamed sources have no name to give; the outlet that relayed them did not make the claim.
  if (!claim.claimant || claim.claimantType === "unnamed_sources") return undefined;
  if (claim.claimantType !== "person") return { "@type": "Organization", name: claim.claimant };
  // "Dr." is a courtesy title; "Defense Secretary" is the job the claim may rest on.
  const title = claim.claimantTitle ?? undefined;
  return compact({
    "@type": "Person",
    name: claim.claimant,
    honorificPrefix: title && isHonorific(title) ? title : undefined,
    jobTitle: title && !isHonorific(title) ? title : undefined,
  });
}

function organization(name: string, url: string | null): ClaimReviewJsonLd {
  return compact({ "@type": "Organization", name, url: url ?? undefined });
}

/** Leaves out unknown fields instead of writing nulls, which structured-data checkers flag. */
function compact(obj: Record<string, unknown>): ClaimReviewJsonLd {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
