// Real PDFs built in memory with pdfkit, so tests read what a newsroom's PDF export holds without a
// binary fixture in the repository.
import PDFDocument from "pdfkit";

export interface PdfArticle {
  headline: string;
  paragraphs: string[];
  /** Printed at the foot of every page, with the page number. */
  footer?: string;
  /** Protects the document with this password. */
  password?: string;
}

export function pdfDocument(article: PdfArticle): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "A5", margin: 50, bufferPages: true, userPassword: article.password });
  const done = bytesOf(doc);
  doc.fontSize(16).text(article.headline);
  doc.moveDown();
  doc.fontSize(10);
  for (const paragraph of article.paragraphs) {
    doc.text(paragraph, { align: "justify" });
    doc.moveDown();
  }
  if (article.footer) {
    const pages = doc.bufferedPageRange();
    for (let i = 0; i < pages.count; i++) {
      doc.switchToPage(i);
      doc.fontSize(8).text(`${article.footer} | Page ${i + 1} of ${pages.count}`, 50, doc.page.height - 35, {
        lineBreak: false,
      });
    }
  }
  doc.end();
  return done;
}

/**
 * A one-page article with a table between two paragraphs, its cells placed in columns as a layout
 * program sets them: a run per cell, figures right-aligned, the header's words in runs of their own.
 */
export function pdfWithTable(article: {
  before: string;
  header: string[];
  rows: string[][];
  after: string;
  /**
   * A line right under the rows, as a layout program sets a table's source: in the rows' type
   * ("plain"), its label in bold and the rest not ("bold label", two runs), all in bold, or smaller.
   */
  source?: { text: string; style: "plain" | "bold label" | "bold" | "small" };
  /** A group header over the header, each label centred over as many of the columns after the first. */
  groups?: string[];
}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "A5", margin: 50 });
  const done = bytesOf(doc);
  doc.fontSize(10).text(article.before, { align: "justify" });
  doc.moveDown();
  // Three columns as a layout program spaces them; more, closer together.
  const columns = article.header.length <= 3 ? [50, 170, 250] : [50, 150, 210, 270, 330];
  const width = article.header.length <= 3 ? 70 : 50;
  let y = doc.y;
  if (article.groups) {
    const span = (columns.length - 1) / article.groups.length;
    doc.font("Helvetica-Bold");
    article.groups.forEach((label, g) => {
      const from = columns[1 + g * span]!;
      const to = columns[g * span + span]! + width;
      doc.text(label, (from + to - doc.widthOfString(label)) / 2, y, { lineBreak: false });
    });
    y += 14;
  }
  const row = (cells: string[], bold: boolean): void => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    cells.forEach((cell, k) => {
      if (k === 0) doc.text(cell, columns[k]!, y, { lineBreak: false });
      // A header's words one run each, as some producers write them.
      else if (bold) {
        let x = columns[k]!;
        for (const word of cell.split(" ")) {
          doc.text(word, x, y, { lineBreak: false });
          x += doc.widthOfString(`${word} `);
        }
      } else doc.text(cell, columns[k]!, y, { width, align: "right", lineBreak: false });
    });
    y += 14;
  };
  row(article.header, true);
  for (const r of article.rows) row(r, false);
  if (article.source) {
    const { text, style } = article.source;
    const colon = text.indexOf(":") + 1;
    if (style === "bold label")
      doc
        .font("Helvetica-Bold")
        .text(text.slice(0, colon), 50, y, { continued: true })
        .font("Helvetica")
        .text(text.slice(colon));
    else if (style === "small") doc.font("Helvetica").fontSize(8).text(text, 50, y).fontSize(10);
    else doc.font(style === "bold" ? "Helvetica-Bold" : "Helvetica").text(text, 50, y);
    y += 14;
  }
  doc.font("Helvetica").text(article.after, 50, y + 10, { align: "justify" });
  doc.end();
  return done;
}

/** A one-page PDF with a drawing and no text, as a scanned page looks to a text reader. */
export function pdfWithoutText(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "A5" });
  const done = bytesOf(doc);
  doc.rect(40, 40, 200, 300).fill("#888");
  doc.end();
  return done;
}

/** The bytes the document writes, once it has ended. */
function bytesOf(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
}
