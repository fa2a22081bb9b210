// The report as PDF (pdfkit): the same content as the HTML, real text (selectable, searchable),
// a bookmark and a named destination "claim-N" per claim. Deterministic: the document dates come
// from generatedAt, and pdfkit derives the trailer ID from them, so the same input gives the same bytes.
import PDFDocument from "pdfkit";
import type { ReportDocument, ReportDocumentClaim, ReportOptions } from "@claimdesk/shared/schemas/report";
import { buildReportDocument } from "./build-report-document.ts";
import { pdfFonts } from "./pdf-fonts.ts";
import { paragraphHeight, writeParagraph, type ParagraphOptions, type Span } from "./pdf-paragraph.ts";
import type { ReportData } from "./report-data.ts";
import {
  claimantLabel,
  figuresAndDatesIsolated,
  NO_BREAK_SPACE,
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

const INK = "#1d1d1f";
const MUTED = "#5f6368";
const LINK = "#1a56b0";
const VERDICT_COLOURS: Record<string, string> = {
  true: "#137333",
  false: "#a50e0e",
  misleading: "#8a4b00",
  unverified: "#3c4043",
  none: MUTED,
};

type Doc = PDFKit.PDFDocument;
const WORD_LAYOUT_CACHE_LIMIT = 3000;
/** Room a claim needs at the bottom of a page for its heading and the first lines of its text. */
const CLAIM_START_ROOM = 110;
/** Two lines of body text: the least a heading keeps under it on its page. */
const TWO_LINES = 2;

export function formatPdf(data: ReportData, options: ReportOptions, generatedAt: Date): Promise<Buffer> {
  const report = buildReportDocument(data, options, generatedAt);
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    // Pages stay open until the end for "page N of M"; measured, they are a small part of the memory.
    bufferPages: true,
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    // No default font: pdfkit would load Helvetica, and passing our regular font here makes it skip
    // caching the registered "regular" name, re-parsing the TTF on every font switch (seconds per report).
    font: null as unknown as string,
    lang: "en",
    displayTitle: true,
    info: {
      Title: reportTitle(report),
      Author: report.publisher.name,
      Subject: `Fact-check of "${report.article.title}"`,
      Creator: "ClaimDesk",
      Producer: "ClaimDesk",
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  doc.registerFont("regular", fonts.regular.buffer);
  doc.registerFont("bold", fonts.bold.buffer);
  doc.registerFont("italic", fonts.italic.buffer);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  writeHeader(doc, report);
  writeSummary(doc, report);
  heading(doc, "Claims", 15, CLAIM_START_ROOM);
  if (report.claims.length === 0) body(doc, "No claims match this report's options.");
  for (const claim of report.claims) writeClaim(doc, claim);
  if (report.options.dismissed === "separate") {
    const intro = "Claims the reviewers set aside as not check-worthy or not claims.";
    heading(doc, "Dismissed claims", 15, paragraphHeight(doc, bodySpans(intro)) + CLAIM_START_ROOM);
    body(doc, intro);
    if (report.dismissedClaims.length === 0) body(doc, "None.");
    for (const claim of report.dismissedClaims) writeClaim(doc, claim);
  }
  numberPages(doc);
  doc.end();
  return done;
}

function writeHeader(doc: Doc, r: ReportDocument): void {
  writeParagraph(doc, [{ text: reportTitle(r), style: "bold", size: 20, color: INK }]);
  doc.moveDown(0.5);
  const a = r.article;
  field(doc, "Article", a.title, a.url);
  if (a.outlet) field(doc, "Outlet", a.outlet);
  if (a.author) field(doc, "Author", a.author);
  if (a.publishedOn) field(doc, "Published", a.publishedOn);
  field(doc, "Fact-checked by", r.publisher.name, r.publisher.url);
  field(doc, "Report generated", formatDateTime(r.generatedAt));
  field(doc, "This report shows", optionsLine(r.options));
}

function writeSummary(doc: Doc, r: ReportDocument): void {
  heading(doc, "Summary", 15, paragraphHeight(doc, bodySpans(reviewedLine(r.summary))));
  body(doc, reviewedLine(r.summary));
  doc.moveDown(0.3);
  for (const row of verdictRows(r.summary)) {
    writeParagraph(doc, [
      { text: `${row.label}: `, style: "regular", size: 10.5, color: INK },
      { text: String(row.count), style: "bold", size: 10.5, color: INK },
    ]);
  }
  doc.moveDown(0.3);
  field(doc, "Reviewers", reviewersLine(r.summary));
  body(doc, listedLine(r));
}

function writeClaim(doc: Doc, claim: ReportDocumentClaim): void {
  forgetWordLayouts(doc);
  // Start a claim on a new page rather than leave its heading stranded at the bottom.
  keepRoom(doc, CLAIM_START_ROOM);
  doc.moveDown(0.8);
  const title = `Claim ${claim.number}: ${claim.verdictLabel}`;
  doc.outline.addItem(title);
  const colour = VERDICT_COLOURS[claim.verdict ?? "none"]!;
  writeParagraph(doc, [{ text: title, style: "bold", size: 13, color: colour }], {
    destination: `claim-${claim.number}`,
  });
  doc.moveDown(0.2);
  writeParagraph(doc, [{ text: claim.text, style: "regular", size: 12, color: INK }]);
  doc.moveDown(0.3);
  if (claim.needsReReview) field(doc, "Note", "The article changed here; this claim is due for re-review.");
  field(doc, "Claimant", claimantLabel(claim));
  field(doc, "In the article", `“${claim.quote}”`);
  field(doc, "Kind", claim.kind.replace(/_/g, " "));
  // The article's own words isolated, as the HTML puts them in <bdi> (decision 900); a figure kept
  // on one line with its unit (decision 940).
  const [figures, dates] = figuresAndDatesIsolated(claim, NO_BREAK_SPACE);
  if (figures) field(doc, "Figures", figures);
  if (dates) field(doc, "Dates", dates);
  if (claim.reviewedBy) field(doc, "Reviewed by", `${claim.reviewedBy.name}, ${formatDateTime(claim.reviewedBy.at)}`);
  if (claim.approvedBy) field(doc, "Approved by", `${claim.approvedBy.name}, ${formatDateTime(claim.approvedBy.at)}`);
  if (claim.rationale) {
    subheading(doc, "Rationale", paragraphHeight(doc, bodySpans(claim.rationale), {}, TWO_LINES));
    body(doc, claim.rationale);
  }
  if (claim.sources.length) {
    const entries = claim.sources.map(sourceEntry);
    // A source's title, address and excerpt stay on one page when they fit in a third of one; the
    // heading keeps no more than that of the first under it, or a long excerpt would leave a blank page.
    const sourceRoom = (entry: Block) =>
      Math.min(blockHeight(doc, entry), (doc.page.maxY() - doc.page.margins.top) / 3);
    subheading(doc, "Sources", sourceRoom(entries[0]!));
    for (const entry of entries) {
      keepRoom(doc, sourceRoom(entry));
      for (const [spans, options] of entry) writeParagraph(doc, spans, options);
    }
  }
  if (claim.notes?.length) {
    const notes = claim.notes.map((n): Block => {
      const heading = `${n.author}, ${formatDateTime(n.createdAt)}${n.inReplyTo ? " (reply)" : ""}`;
      return [
        [[{ text: heading, style: "bold", size: 10, color: INK }], {}],
        [[{ text: n.body, style: "regular", size: 10, color: INK }], { indent: 10 }],
      ];
    });
    subheading(doc, "Internal notes", blockHeight(doc, notes[0]!, TWO_LINES));
    for (const note of notes) {
      keepRoom(doc, blockHeight(doc, note, TWO_LINES));
      for (const [spans, options] of note) writeParagraph(doc, spans, options);
    }
  }
}

/** Paragraphs that belong together: a source's title line, its address and its excerpt; a note. */
type Block = Array<[Span[], ParagraphOptions]>;

function sourceEntry(s: ReportDocumentClaim["sources"][number], i: number): Block {
  const details = [s.publisher, s.accessedOn && `accessed ${s.accessedOn}`].filter(Boolean).join(", ");
  const block: Block = [
    [
      [
        { text: `${i + 1}. `, style: "regular", size: 10.5, color: INK },
        { text: `${STANCE_LABELS[s.stance]}  `, style: "bold", size: 10.5, color: MUTED },
        linkSpan(s.title ?? s.url, s.url, 10.5),
        { text: details ? ` — ${details}` : "", style: "regular", size: 10.5, color: MUTED },
      ],
      {},
    ],
  ];
  if (s.title && webHref(s.url))
    block.push([[{ text: s.url, style: "regular", size: 8.5, color: MUTED }], { indent: 14 }]);
  if (s.excerpt) block.push([[{ text: s.excerpt, style: "italic", size: 10, color: MUTED }], { indent: 14 }]);
  return block;
}

/** The block's height; with `lastLines`, only that many lines of its last paragraph count. */
function blockHeight(doc: Doc, block: Block, lastLines = Infinity): number {
  return block.reduce(
    (sum, [spans, options], i) =>
      sum + paragraphHeight(doc, spans, options, i === block.length - 1 ? lastLines : Infinity),
    0,
  );
}

/**
 * Moves to a new page unless `height` more points fit on this one, so that a heading is never the
 * last line of a page with its text on the next. A page with nothing on it yet never moves on.
 */
function keepRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top) doc.addPage();
}

/** A section heading, kept on its page with `roomAfter` points of what follows it. */
function heading(doc: Doc, text: string, size: number, roomAfter: number): void {
  doc.moveDown(1);
  const spans: Span[] = [{ text, style: "bold", size, color: INK }];
  // The gap under the heading (moveDown(0.3) in its font) comes before what it introduces.
  keepRoom(doc, paragraphHeight(doc, spans) + size * 0.4 + roomAfter);
  writeParagraph(doc, spans);
  doc.moveDown(0.3);
}

/** A claim's subheading (Rationale, Sources, Internal notes), kept with `roomAfter` points of its text. */
function subheading(doc: Doc, text: string, roomAfter: number): void {
  doc.moveDown(0.3);
  const spans: Span[] = [{ text, style: "bold", size: 11, color: INK }];
  keepRoom(doc, paragraphHeight(doc, spans) + roomAfter);
  writeParagraph(doc, spans);
}

function bodySpans(text: string): Span[] {
  return [{ text, style: "regular", size: 10.5, color: INK }];
}

function body(doc: Doc, text: string): void {
  writeParagraph(doc, bodySpans(text));
}

function field(doc: Doc, label: string, value: string, url?: string | null): void {
  writeParagraph(doc, [
    { text: `${label}: `, style: "bold", size: 10.5, color: MUTED },
    url ? linkSpan(value, url, 10.5) : { text: value, style: "regular", size: 10.5, color: INK },
  ]);
}

/** Clickable only for http(s); other schemes are printed as plain text. */
function linkSpan(label: string, url: string, size: number): Span {
  const href = webHref(url);
  if (href) return { text: label, style: "regular", size, color: LINK, link: href, underline: true };
  return { text: `${label} (${url}, not a web link)`, style: "regular", size, color: INK };
}

function numberPages(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit add a page.
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`Page ${i + 1} of ${count}`, doc.page.margins.left, doc.page.height - 36, {
        align: "center",
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * pdfkit caches the shaped layout of every distinct word per embedded font, forever. Over thousands
 * of claims (URLs, figures, names) that cache held most of the memory (~580 MB for 2,000 claims).
 * Emptying it once it holds many words bounds the memory and keeps most of the speed it brings.
 */
function forgetWordLayouts(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies ?? {};
  for (const font of Object.values(families)) {
    if (font.layoutCache && Object.keys(font.layoutCache).length > WORD_LAYOUT_CACHE_LIMIT)
      font.layoutCache = Object.create(null);
  }
}
