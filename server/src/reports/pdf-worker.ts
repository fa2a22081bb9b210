// Runs in a worker thread: lays out one PDF report and sends its bytes back. See format-pdf-off-thread.ts.
import { parentPort, workerData } from "node:worker_threads";
import { formatPdf } from "./format-pdf.ts";

const { data, options, generatedAt } = workerData as {
  data: Parameters<typeof formatPdf>[0];
  options: Parameters<typeof formatPdf>[1];
  generatedAt: string;
};
const bytes = await formatPdf(data, options, new Date(generatedAt));
const copy = new Uint8Array(bytes);
parentPort!.postMessage(copy, [copy.buffer]);
