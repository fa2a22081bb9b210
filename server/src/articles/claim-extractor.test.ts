// The extractor used by imports: large uploads are extracted in worker threads with exactly the
// result of the request thread, the event loop keeps turning meanwhile, and failures and shutdown
// give clear errors instead of hanging requests.
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../http/app-error.ts";
import { longArticle, SAMPLE_ARTICLE as sample } from "../../../tests/support/long-article.ts";
import { createClaimExtractor, ExtractionWorkerError, type ClaimExtractor } from "./claim-extractor.ts";
import { prepareExtraction, type ExtractionJob } from "./prepare-extraction.ts";

/** About 400 KB: a few hundred milliseconds of extraction, thousands of event-loop turns. */
const large: ExtractionJob = {
  raw: longArticle(100),
  format: "text",
};

const opened: ClaimExtractor[] = [];
function extractor(inlineMaxBytes: number, workers = 1): ClaimExtractor {
  const created = createClaimExtractor({ inlineMaxBytes, workers });
  opened.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((e) => e.close()));
});

/** Event-loop turns while `work` is pending: none means the thread was blocked throughout. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let pending = true;
  const spin = (): void => {
    if (!pending) return;
    turns++;
    setImmediate(spin);
  };
  const promise = work();
  setImmediate(spin);
  const result = await promise;
  pending = false;
  return { result, turns };
}

describe("claim extractor", () => {
  it("gives off the thread exactly what the request thread gives", async () => {
    const offThread = await extractor(0).prepare(large);
    const inline = prepareExtraction(large);
    expect(offThread.claimCount).toBeGreaterThan(1000);
    expect(offThread).toEqual(inline);
  });

  it("keeps the event loop turning while a large upload is extracted, which inline extraction cannot", async () => {
    const offThread = await turnsDuring(() => extractor(0).prepare(large));
    const inline = await turnsDuring(() => extractor(Number.MAX_SAFE_INTEGER).prepare(large));
    expect(inline.turns).toBe(0);
    expect(offThread.turns).toBeGreaterThan(0);
    expect(offThread.result.claimsJson).toBe(inline.result.claimsJson);
  });

  it("keeps small uploads on the request thread", async () => {
    const { turns, result } = await turnsDuring(() => extractor(64 * 1024).prepare({ raw: sample, format: "text" }));
    expect(turns).toBe(0);
    expect(result.publishedOn).toBe("2025-03-28");
  });

  it("queues jobs beyond the pool's size and answers each with its own result", async () => {
    const pool = extractor(0, 2);
    const jobs = ["text", "markdown", "html"].map((format, i) => ({
      raw: `<p>Crime fell ${i + 1}2 percent in 2024, the mayor said.</p>`,
      format: format as ExtractionJob["format"],
    }));
    const results = await Promise.all(jobs.map((job) => pool.prepare(job)));
    expect(results).toEqual(jobs.map((job) => prepareExtraction(job)));
  });

  it("fails a job the worker cannot run, or cannot be sent, with the reason, and goes on serving", async () => {
    const pool = extractor(0);
    const unreadable = { raw: new Uint8Array([65, 66]), format: "text" } as unknown as ExtractionJob;
    const unsendable = {
      raw: "Taxes rose.",
      format: "text",
      publishedOn: () => "2025-01-01",
    } as unknown as ExtractionJob;
    for (const job of [unreadable, unsendable]) {
      const failure = pool.prepare(job);
      await expect(failure).rejects.toBeInstanceOf(ExtractionWorkerError);
      await expect(failure).rejects.toThrow(/^Claim extraction failed: /);
    }
    await expect(pool.prepare({ raw: "Taxes rose 3 percent.", format: "text" })).resolves.toMatchObject({
      body: "Taxes rose 3 percent.",
    });
  });

  it("on close, fails queued jobs with 503 and a clear message, and refuses new ones", async () => {
    const pool = extractor(0);
    const outcome = (job: Promise<unknown>) =>
      job.then(
        () => "done",
        (error: Error) => error.message,
      );
    const running = outcome(pool.prepare(large));
    const queued = outcome(pool.prepare(large));
    await pool.close();
    expect(await queued).toMatch(/stopped before this import was extracted/);
    await expect(pool.prepare(large)).rejects.toThrow(/stopping/);
    await expect(pool.prepare(large)).rejects.toMatchObject({ status: 503 });
    // The job that was running fails too (its worker was ended), and says so.
    expect(await running).toMatch(/Claim extraction stopped/);
  });
});

describe("a worker's memory limit", () => {
  it("fails an upload that needs more with 413 and a fresh worker serves the next", async () => {
    const pool = createClaimExtractor({ inlineMaxBytes: 0, workers: 1, workerHeapMb: 128 });
    opened.push(pool);
    // Far past what 128 MB holds: tens of thousands of claims, their reasons and their JSON.
    const huge = { raw: large.raw.repeat(12), format: "text" as const };
    const failure = pool.prepare(huge);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ status: 413 });
    await expect(failure).rejects.toThrow(/128 MB a worker may use \(EXTRACT_WORKER_HEAP_MB\)/);
    await expect(pool.prepare({ raw: "Taxes rose 3 percent.", format: "text" })).resolves.toMatchObject({
      claimCount: 1,
    });
    // The worker must extract until its heap runs out: about 11 s alone on a 2-core machine, and
    // well past the default 30 s while the rest of the suite shares those cores.
  }, 120_000);
});
