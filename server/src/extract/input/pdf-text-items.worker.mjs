// Reads a PDF's text items with pdf.js, in a worker started without the TypeScript loader: through
// it, importing pdf.js's two 1 MB modules took about 5 s; in plain Node it takes 0.3 s. Plain
// JavaScript for that reason. Posts { pages: [[{ str, transform, width }]] } or { error: name }.
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.min.mjs";

try {
  const document = await getDocument({ data: workerData, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { items } = await page.getTextContent();
    pages.push(items.filter((item) => "str" in item).map(({ str, transform, width }) => ({ str, transform, width })));
    page.cleanup();
  }
  await document.destroy();
  parentPort.postMessage({ pages });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.name : "Error" });
}
