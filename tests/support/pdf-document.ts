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
}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "A5", margin: 50 });
  const done = bytesOf(doc);
  doc.fontSize(10).text(article.before, { align: "justify" });
  doc.moveDown();
  const columns = [50, 170, 250];
  const width = 70;
  let y = doc.y;
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
