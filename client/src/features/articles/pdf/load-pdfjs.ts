// pdf.js is large (about 1 MB with its worker), so it is fetched only when a PDF is chosen. Its
// worker is a file of the build served from our own origin, as the CSP requires.
import type * as PdfJs from "pdfjs-dist";

let loading: Promise<typeof PdfJs> | null = null;

export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs?url")]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
  );
  return loading;
}
