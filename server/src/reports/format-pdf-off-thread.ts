// PDF layout is CPU-bound: a 2,000-claim report takes seconds (npm run bench:report). Done on the
// main thread it would stall every other request, so the server renders PDFs in a worker thread.
import { Worker } from "node:worker_threads";
import type { formatPdf } from "./format-pdf.ts";

type PdfArgs = Parameters<typeof formatPdf>;

export function formatPdfOffThread(data: PdfArgs[0], options: PdfArgs[1], generatedAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../workers/typescript-worker-entry.mjs", import.meta.url), {
      workerData: {
        module: new URL("./pdf-worker.ts", import.meta.url).href,
        data,
        options,
        generatedAt: generatedAt.toISOString(),
      },
    });
    let result: Buffer | undefined;
    worker.once("message", (bytes: Uint8Array) => (result = Buffer.from(bytes)));
    worker.once("error", reject);
    worker.once("exit", (code) =>
      result ? resolve(result) : reject(new Error(`The PDF worker stopped (exit code ${code}) before finishing.`)),
    );
  });
}
