// The text of a PDF, read in the browser with pdf.js. Only the text layer is read: nothing is
// rendered, no font is loaded and no script in the document runs.
import type * as PdfJs from "pdfjs-dist";
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import { layoutPdfText, type PdfPageRuns, type PdfTextRun } from "./pdf-text-layout.ts";

type PdfJsModule = Pick<typeof PdfJs, "getDocument">;

/** Why a PDF gave no text, in words the editor can act on. */
export class PdfTextError extends Error {}

/**
 * The article text of a PDF: paragraphs separated by blank lines. `pdfjs` is the pdf.js build to
 * use (the browser's, or the legacy build where tests run under Node).
 */
export async function readPdfText(pdfjs: PdfJsModule, bytes: Uint8Array, fileName: string): Promise<string> {
  let document: PdfJs.PDFDocumentProxy;
  try {
    document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new PdfTextError(openFailure(error, fileName));
  }
  try {
    const pages: PdfPageRuns[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push({ runs: content.items.flatMap(runOf) });
      page.cleanup();
    }
    const text = layoutPdfText(pages);
    if (!/\p{L}/u.test(text)) {
      throw new PdfTextError(
        `"${fileName}" has no text to read: it is probably a scanned image. Paste the article's text instead, or run the PDF through text recognition (OCR) first.`,
      );
    }
    return text;
  } finally {
    await document.destroy();
  }
}

function runOf(item: TextItem | TextMarkedContent): PdfTextRun[] {
  if (!("str" in item)) return [];
  const [a, b, c, d, x, y] = item.transform as number[];
  // Text drawn sideways (a margin note, a rotated label) is not part of the article's flow.
  if (Math.abs(b!) > Math.abs(a!) || Math.abs(c!) > Math.abs(d!)) return [];
  return [{ text: item.str, x: x!, y: y!, width: item.width, fontSize: Math.hypot(c!, d!) }];
}

// pdf.js tells its failures apart by name (its exception classes are not all exported).
function openFailure(error: unknown, fileName: string): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return `"${fileName}" is protected by a password. Open it, copy its text and paste it here, or save a copy without the password.`;
  }
  if (name === "InvalidPDFException") {
    return `"${fileName}" is not a readable PDF (it may be damaged or only partly downloaded). Download it again, or paste its text.`;
  }
  return `"${fileName}" could not be read as a PDF. Paste its text instead.`;
}
