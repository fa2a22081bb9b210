// The article text of a PDF, read with pdf.js: the browser's build on the import page, the legacy
// build in Node for the command line. Only the text layer is read: nothing is rendered, no font is
// loaded and no script in the document runs.
import { layoutPdfText, type PdfPageRuns, type PdfTextRun } from "./pdf-text-layout.ts";

/** The part of pdf.js this needs, so that this module does not depend on one build of it. */
export interface PdfJs {
  getDocument(options: { data: Uint8Array; isEvalSupported: boolean; verbosity: number }): {
    promise: Promise<PdfDocument>;
  };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** Why a PDF gave no text, in words the editor can act on. */
export class PdfTextError extends Error {}

/** Paragraphs separated by blank lines. */
export async function readPdfText(pdfjs: PdfJs, bytes: Uint8Array, fileName: string): Promise<string> {
  let document: PdfDocument;
  try {
    document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new PdfTextError(pdfOpenFailure(error instanceof Error ? error.name : "", fileName));
  }
  try {
    const pages: PdfPageRuns[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push({ runs: pdfTextRuns(content.items) });
      page.cleanup();
    }
    return pdfArticleText(pages, fileName);
  } finally {
    await document.destroy();
  }
}

/** The runs of one page's text items, as pdf.js gives them (`getTextContent().items`). */
export function pdfTextRuns(items: readonly unknown[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    // Marked-content items carry no text.
    if (typeof item !== "object" || item === null || !("str" in item)) continue;
    const { str, transform, width } = item as { str: string; transform: number[]; width: number };
    const [a, b, c, d, x, y] = transform as [number, number, number, number, number, number];
    // Text drawn sideways (a margin note, a rotated label) is not part of the article's flow.
    if (Math.abs(b) > Math.abs(a) || Math.abs(c) > Math.abs(d)) continue;
    runs.push({ text: str, x, y, width, fontSize: Math.hypot(c, d) });
  }
  return runs;
}

/** The laid-out text, or an error when the PDF holds no text (a scan). */
export function pdfArticleText(pages: readonly PdfPageRuns[], fileName: string): string {
  const text = layoutPdfText(pages);
  if (!/\p{L}/u.test(text)) {
    throw new PdfTextError(
      `"${fileName}" has no text to read: it is probably a scanned image. Paste the article's text instead, or run the PDF through text recognition (OCR) first.`,
    );
  }
  return text;
}

/** What to do about a PDF that pdf.js could not open, from the name of its error. */
export function pdfOpenFailure(errorName: string, fileName: string): string {
  if (errorName === "PasswordException") {
    return `"${fileName}" is protected by a password. Open it, copy its text and paste it here, or save a copy without the password.`;
  }
  if (errorName === "InvalidPDFException") {
    return `"${fileName}" is not a readable PDF (it may be damaged or only partly downloaded). Download it again, or paste its text.`;
  }
  return `"${fileName}" could not be read as a PDF. Paste its text instead.`;
}
