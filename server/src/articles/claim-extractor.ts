// Where imports are parsed and their claims extracted. Extraction is CPU-bound: about 0.25 s per MB
// (npm run bench:extract), so a 2 MB import done on the request thread would stall every reviewer's
// requests, and on the embedded database hold its only connection, for half a second. Small uploads
// (the usual article is a few KB, about a millisecond) run inline; larger ones go to a pool of
// long-lived worker threads, each with the scoring model loaded once.
import { Worker } from "node:worker_threads";
import type { Config } from "../config.ts";
import { AppError } from "../http/app-error.ts";
import {
  prepareExtraction,
  type ExtractionJob,
  type ExtractionReply,
  type PreparedArticle,
} from "./prepare-extraction.ts";

export interface ClaimExtractor {
  prepare(job: ExtractionJob): Promise<PreparedArticle>;
  /** Stops the workers; jobs still queued fail with a clear error. */
  close(): Promise<void>;
}

export interface ClaimExtractorOptions {
  /** Uploads up to this many UTF-8 bytes are extracted on the calling thread. */
  inlineMaxBytes: number;
  /** Worker threads for larger uploads. */
  workers: number;
  /**
   * Heap limit of each worker, in MB: an upload that needs more fails alone (413) instead of
   * growing the server's memory without bound.
   */
  workerHeapMb?: number;
}

interface PendingJob {
  job: ExtractionJob & { id: number };
  resolve(result: PreparedArticle): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  busy: PendingJob | null;
}

/** A worker that failed or died: a fault, answered as a 500 for that import only. */
export class ExtractionWorkerError extends Error {}

/** Shutdown: nothing is wrong with the upload, so 503 and a word to send it again. */
const shuttingDown = (message: string): AppError => new AppError("service_unavailable", message);

export function createClaimExtractor(options: ClaimExtractorOptions): ClaimExtractor {
  const pool = new WorkerPool(Math.max(1, options.workers), options.workerHeapMb);
  return {
    async prepare(job) {
      if (Buffer.byteLength(job.raw, "utf8") <= options.inlineMaxBytes) return prepareExtraction(job);
      return pool.run(job);
    },
    close: () => pool.close(),
  };
}

/** The extractor the configuration asks for (EXTRACT_* settings). */
export function claimExtractorFor(
  config: Pick<Config, "EXTRACT_INLINE_MAX_BYTES" | "EXTRACT_WORKERS" | "EXTRACT_WORKER_HEAP_MB">,
): ClaimExtractor {
  return createClaimExtractor({
    inlineMaxBytes: config.EXTRACT_INLINE_MAX_BYTES,
    workers: config.EXTRACT_WORKERS,
    workerHeapMb: config.EXTRACT_WORKER_HEAP_MB,
  });
}

const WORKER_ENTRY = new URL("../workers/typescript-worker-entry.mjs", import.meta.url);
const WORKER_MODULE = new URL("./extraction-worker.ts", import.meta.url).href;

class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingJob[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly heapMb: number | undefined,
  ) {}

  run(job: ExtractionJob): Promise<PreparedArticle> {
    if (this.closed) return Promise.reject(shuttingDown("The server is stopping; import again once it is back."));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.fill();
      this.dispatch();
    });
  }

  fill(): void {
    while (!this.closed && this.workers.length < this.size) this.workers.push(this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.reject(shuttingDown("The server stopped before this import was extracted; import it again."));
    }
    const stopping = this.workers.splice(0);
    for (const entry of stopping) {
      entry.busy?.reject(shuttingDown("Claim extraction stopped: the server is shutting down; import it again."));
      entry.busy = null;
    }
    await Promise.all(stopping.map((entry) => entry.worker.terminate()));
  }

  private spawn(): PoolWorker {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { module: WORKER_MODULE },
      ...(this.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } } : {}),
    });
    // An idle worker must never keep the process alive (close() ends them on shutdown); a busy one
    // must, or a script awaiting its result could exit first.
    worker.unref();
    const entry: PoolWorker = { worker, busy: null };
    worker.on("message", (message: ExtractionReply & { id: number }) => {
      const pending = entry.busy;
      entry.busy = null;
      worker.unref();
      if (pending && pending.job.id === message.id) {
        if (message.ok) pending.resolve(message.result);
        else pending.reject(new ExtractionWorkerError(`Claim extraction failed: ${message.message}`));
      }
      this.dispatch();
    });
    // A worker that crashes (out of memory, a bug) fails only the job it was running; the next job
    // gets a fresh worker.
    const lost = (reason: Error): void => {
      const index = this.workers.indexOf(entry);
      if (index === -1) return;
      this.workers.splice(index, 1);
      entry.busy?.reject(this.explain(reason));
      entry.busy = null;
      if (this.queue.length > 0) {
        this.fill();
        this.dispatch();
      }
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the worker exited with code ${code}`)));
    return entry;
  }

  private explain(crash: Error): Error {
    if ((crash as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") {
      return new AppError(
        "payload_too_large",
        `Extracting this article needed more than the ${this.heapMb} MB a worker may use (EXTRACT_WORKER_HEAP_MB). Split it into parts, or raise the limit.`,
      );
    }
    return new ExtractionWorkerError(`Claim extraction stopped: ${crash.message}`);
  }

  private dispatch(): void {
    for (const entry of this.workers) {
      if (this.queue.length === 0) return;
      if (entry.busy) continue;
      const pending = this.queue.shift()!;
      try {
        entry.worker.postMessage(pending.job);
      } catch (error) {
        // Nothing reached the worker (a value that cannot be copied to another thread).
        pending.reject(new ExtractionWorkerError(`Claim extraction failed: ${(error as Error).message}`));
        continue;
      }
      entry.busy = pending;
      entry.worker.ref();
    }
  }
}
