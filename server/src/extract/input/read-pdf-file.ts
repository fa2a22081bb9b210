// A PDF's text for the command line, laid out as the import page lays it out. pdf.js runs in a
// worker without the TypeScript loader (see pdf-text-items.worker.mjs for why).
import { Worker } from "node:worker_threads";
import { pdfArticleText, pdfOpenFailure, pdfTextRuns, PdfTextError } from "@claimdesk/shared/read-pdf-text";

const WORKER = new URL("./pdf-text-items.worker.mjs", import.meta.url);

type WorkerReply = { pages: unknown[][] } | { error: string };

export function readPdfFile(bytes: Uint8Array, fileName: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { execArgv: [], workerData: bytes });
    worker.once("error", reject);
    worker.once("message", (reply: WorkerReply) => {
      void worker.terminate();
      try {
        if ("error" in reply) throw new PdfTextError(pdfOpenFailure(reply.error, fileName));
        resolve(
          pdfArticleText(
            reply.pages.map((items) => ({ runs: pdfTextRuns(items) })),
            fileName,
          ),
        );
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
