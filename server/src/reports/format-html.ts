// The report as one standalone HTML file: no external resources, print-ready, each claim at
// #claim-N, and the ClaimReview JSON-LD embedded for search engines. Every untrusted string goes
// through escapeHtml; a Content-Security-Policy forbids scripts in case anything slipped through.
// The page is English, the quoted text may not be: claims, quotes, rationales, excerpts and notes take
// their direction from their own first letter (dir="auto", <bdi>), so an Arabic or Hebrew claim reads
// right to left with its punctuation in place instead of being laid out as English.
import type { ReportDocument, ReportDocumentClaim, ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { escapeHtml as h, htmlParagraphs, jsonForScript } from "./escape-html.ts";
import { claimReviewsOf } from "./format-claimreview.ts";
import type { ReportData } from "./report-data.ts";
import { REPORT_CSS } from "./report-html-style.ts";
import {
  claimantLabel,
  figuresAndDatesHtml,
  listedLine,
  formatDateTime,
  optionsLine,
  reportTitle,
  reviewedLine,
  reviewersLine,
  STANCE_LABELS,
  verdictRows,
} from "./report-wording.ts";
import { webHref } from "./safe-url.ts";

export const REPORT_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function formatHtml(data: ReportData, options: ReportOptions, generatedAt: Date): string {
  const doc = buildReportDocument(data, options, generatedAt);
  const reviews = claimReviewsOf(doc);
  const dismissedSection =
    doc.options.dismissed === "separate"
      ? `<section class="dismissed"><h2 id="dismissed">Dismissed claims</h2>\n<p>Claims the reviewers set aside as not check-worthy or not claims.</p>\n${
          doc.dismissedClaims.map(claimHtml).join("\n") || "<p>None.</p>"
        }</section>`
      : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<title>${h(reportTitle(doc))}</title>
<style>${REPORT_CSS}</style>
${reviews.length ? `<script type="application/ld+json">\n${jsonForScript(reviews)}\n</script>\n` : ""}</head>
<body>
<header>
<h1>${h(reportTitle(doc))}</h1>
${metaHtml(doc)}
</header>
<main>
${summaryHtml(doc)}
<section class="claims">
<h2 id="claims">Claims</h2>
${doc.claims.map(claimHtml).join("\n") || "<p>No claims match this report's options.</p>"}
</section>
${dismissedSection}
</main>
<footer>Report generated ${formatDateTime(doc.generatedAt)} by ${link(doc.publisher.name, doc.publisher.url)}.</footer>
</body>
</html>
`;
}

function metaHtml(doc: ReportDocument): string {
  const a = doc.article;
  const rows: Array<[string, string | null]> = [
    ["Article", a.url ? link(a.title, a.url) : h(a.title)],
    ["Outlet", a.outlet && h(a.outlet)],
    ["Author", a.author && h(a.author)],
    ["Published", a.publishedOn && `<time datetime="${a.publishedOn}">${a.publishedOn}</time>`],
    ["Fact-checked by", link(doc.publisher.name, doc.publisher.url)],
    ["Generated", `<time datetime="${doc.generatedAt}">${formatDateTime(doc.generatedAt)}</time>`],
    ["This report shows", h(optionsLine(doc.options))],
  ];
  return `<dl class="meta">\n${rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
    .join("\n")}\n</dl>`;
}

function summaryHtml(doc: ReportDocument): string {
  const s = doc.summary;
  const rows = verdictRows(s)
    .map((r) => `<tr><th scope="row">${r.label}</th><td class="count">${r.count}</td></tr>`)
    .join("\n");
  const listed = listedLine(doc);
  return `<section class="summary">
<h2 id="summary">Summary</h2>
<p>${h(reviewedLine(s))}</p>
<table><caption>Claims by verdict</caption><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead><tbody>
${rows}
</tbody></table>
<p><strong>Reviewers:</strong> ${h(reviewersLine(s))}</p>
<p>${listed}</p>
</section>`;
}

function claimHtml(claim: ReportDocumentClaim): string {
  const [figures, dates] = figuresAndDatesHtml(claim, h);
  const facts: Array<[string, string | null]> = [
    ["Claimant", h(claimantLabel(claim))],
    ["In the article", `<span class="quote">“<bdi>${h(claim.quote)}</bdi>”</span>`],
    ["Kind", h(claim.kind.replace(/_/g, " "))],
    ["Figures", figures],
    ["Dates", dates],
    ["Reviewed by", claim.reviewedBy && `${h(claim.reviewedBy.name)}, ${formatDateTime(claim.reviewedBy.at)}`],
    ["Approved by", claim.approvedBy && `${h(claim.approvedBy.name)}, ${formatDateTime(claim.approvedBy.at)}`],
  ];
  const parts = [
    `<article class="claim verdict-${claim.verdict ?? "none"}" id="claim-${claim.number}">`,
    `<h3><a href="#claim-${claim.number}">Claim ${claim.number}</a> <span class="verdict">${h(claim.verdictLabel)}</span>${
      claim.needsReReview ? ` <small>(the article changed here; due for re-review)</small>` : ""
    }</h3>`,
    `<blockquote dir="auto">${htmlParagraphs(claim.text)}</blockquote>`,
    `<dl class="meta">${facts
      .filter(([, v]) => v)
      .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
      .join("")}</dl>`,
  ];
  if (claim.rationale) parts.push(`<h4>Rationale</h4>\n<div dir="auto">${htmlParagraphs(claim.rationale)}</div>`);
  if (claim.sources.length) {
    const items = claim.sources.map((s) => {
      const details = [s.publisher && h(s.publisher), s.accessedOn && `accessed ${s.accessedOn}`]
        .filter(Boolean)
        .join(", ");
      const excerpt = s.excerpt
        ? `<blockquote class="excerpt" dir="auto">${htmlParagraphs(s.excerpt)}</blockquote>`
        : "";
      return `<li><span class="stance">${STANCE_LABELS[s.stance]}</span> ${link(s.title ?? s.url, s.url)}${details ? ` — ${details}` : ""}${excerpt}</li>`;
    });
    parts.push(`<h4>Sources</h4>\n<ol class="sources">\n${items.join("\n")}\n</ol>`);
  }
  if (claim.notes?.length) {
    const notes = claim.notes.map(
      (n) =>
        `<li><strong>${h(n.author)}</strong>, ${formatDateTime(n.createdAt)}${n.inReplyTo ? " (reply)" : ""}<div dir="auto">${htmlParagraphs(n.body)}</div></li>`,
    );
    parts.push(`<aside class="notes"><h4>Internal notes</h4>\n<ul>\n${notes.join("\n")}\n</ul></aside>`);
  }
  parts.push("</article>");
  return parts.join("\n");
}

/** A link for http(s) addresses only; anything else is shown as text. */
function link(label: string, url: string): string {
  const href = webHref(url);
  return href
    ? `<a href="${h(href)}" rel="nofollow noopener noreferrer"><bdi>${h(label)}</bdi></a>`
    : `${h(label)} <span class="quote">(${h(url)}, not a web link)</span>`;
}
