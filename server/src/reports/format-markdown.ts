// The report as Markdown: readable as plain text, and renders cleanly on GitHub or any CommonMark
// renderer. All untrusted text goes through escapeMarkdown; the only raw HTML is our own anchors.
import type { ReportDocument, ReportDocumentClaim, ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { escapeMarkdown, markdownBlock, markdownLink } from "./escape-markdown.ts";
import type { ReportData } from "./report-data.ts";
import {
  claimantLabel,
  figuresAndDates,
  listedLine,
  formatDateTime,
  optionsLine,
  reportTitle,
  reviewedLine,
  reviewersLine,
  STANCE_LABELS,
  verdictRows,
} from "./report-wording.ts";

export function formatMarkdown(data: ReportData, options: ReportOptions, generatedAt: Date): string {
  const doc = buildReportDocument(data, options, generatedAt);
  const out: string[] = [
    `# ${escapeMarkdown(reportTitle(doc))}`,
    "",
    ...articleLines(doc),
    "",
    ...summaryLines(doc),
    "",
  ];
  out.push("## Claims", "");
  if (doc.claims.length === 0) out.push("No claims match this report's options.", "");
  for (const claim of doc.claims) out.push(...claimLines(claim));
  if (doc.options.dismissed === "separate") {
    out.push("## Dismissed claims", "", "Claims the reviewers set aside as not check-worthy or not claims.", "");
    if (doc.dismissedClaims.length === 0) out.push("None.", "");
    for (const claim of doc.dismissedClaims) out.push(...claimLines(claim));
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

function articleLines(doc: ReportDocument): string[] {
  const a = doc.article;
  const lines = [
    `- **Article:** ${a.url ? markdownLink(a.title, a.url) : escapeMarkdown(a.title)}`,
    a.outlet && `- **Outlet:** ${escapeMarkdown(a.outlet)}`,
    a.author && `- **Author:** ${escapeMarkdown(a.author)}`,
    a.publishedOn && `- **Published:** ${a.publishedOn}`,
    `- **Fact-checked by:** ${markdownLink(doc.publisher.name, doc.publisher.url)}`,
    `- **Report generated:** ${formatDateTime(doc.generatedAt)}`,
    `- **This report shows:** ${escapeMarkdown(optionsLine(doc.options))}`,
  ];
  return lines.filter((l): l is string => Boolean(l));
}

function summaryLines(doc: ReportDocument): string[] {
  const s = doc.summary;
  return [
    "## Summary",
    "",
    reviewedLine(s),
    "",
    "| Verdict | Claims |",
    "| --- | ---: |",
    ...verdictRows(s).map((r) => `| ${r.label} | ${r.count} |`),
    "",
    `**Reviewers:** ${escapeMarkdown(reviewersLine(s))}`,
    "",
    listedLine(doc),
  ];
}

function optionalFact(label: string, value: string | null): string | null {
  return value && `- **${label}:** ${escapeMarkdown(value)}`;
}

function claimLines(claim: ReportDocumentClaim): string[] {
  const out = [
    `<a id="claim-${claim.number}"></a>`,
    "",
    `### Claim ${claim.number}: ${claim.verdictLabel}`,
    "",
    markdownBlock(claim.text, "> "),
    "",
  ];
  const [figures, dates] = figuresAndDates(claim);
  const facts = [
    `- **Verdict:** ${claim.verdictLabel}${claim.needsReReview ? " (the article changed here; due for re-review)" : ""}`,
    `- **Claimant:** ${escapeMarkdown(claimantLabel(claim))}`,
    `- **In the article:** “${escapeMarkdown(claim.quote)}”`,
    `- **Kind:** ${claim.kind.replace(/_/g, " ")}`,
    optionalFact("Figures", figures),
    optionalFact("Dates", dates),
    claim.reviewedBy &&
      `- **Reviewed by:** ${escapeMarkdown(claim.reviewedBy.name)}, ${formatDateTime(claim.reviewedBy.at)}`,
    claim.approvedBy &&
      `- **Approved by:** ${escapeMarkdown(claim.approvedBy.name)}, ${formatDateTime(claim.approvedBy.at)}`,
  ];
  out.push(...facts.filter((l): l is string => Boolean(l)), "");
  if (claim.rationale) out.push("**Rationale**", "", markdownBlock(claim.rationale), "");
  if (claim.sources.length) {
    out.push("**Sources**", "");
    claim.sources.forEach((s, i) => {
      const details = [
        s.publisher && escapeMarkdown(s.publisher),
        `*${STANCE_LABELS[s.stance]}*`,
        s.accessedOn && `accessed ${s.accessedOn}`,
      ];
      out.push(`${i + 1}. ${markdownLink(s.title ?? s.url, s.url)} — ${details.filter(Boolean).join(", ")}`);
      if (s.excerpt) out.push(markdownBlock(s.excerpt, "   > "));
    });
    out.push("");
  }
  if (claim.notes?.length) {
    out.push("**Internal notes**", "");
    for (const n of claim.notes) {
      out.push(
        `- ${escapeMarkdown(n.author)}, ${formatDateTime(n.createdAt)}${n.inReplyTo ? " (reply)" : ""}:`,
        markdownBlock(n.body, "  > "),
      );
    }
    out.push("");
  }
  return out;
}
