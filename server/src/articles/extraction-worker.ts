// Runs in a worker thread for the life of the server: parses uploads and extracts their claims,
// one job at a time, so a large import never stalls the thread that answers HTTP requests.
// See claim-extractor.ts for the other side.
import { parentPort } from "node:worker_threads";
import { loadScoringModel } from "../extract/index.ts";
import { prepareExtraction, type ExtractionJob, type ExtractionReply } from "./prepare-extraction.ts";

loadScoringModel();
parentPort!.on("message", (job: ExtractionJob & { id: number }) => {
  let reply: ExtractionReply & { id: number };
  try {
    reply = { id: job.id, ok: true, result: prepareExtraction(job) };
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
