// Answers 503 when a request takes longer than the limit, instead of leaving the client hanging.
// The work itself is not stopped, so for a change the answer says it may still be saved.
import type { Request, RequestHandler } from "express";
import { PROBLEM_CONTENT_TYPE } from "@claimdesk/shared";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    if (req.headers.accept === "text/event-stream") return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res
        .status(503)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            type: "https://claimdesk.example.org/problems/service_unavailable",
            title: "service unavailable",
            status: 503,
            code: "service_unavailable",
            detail: timeoutDetail(req, ms),
            requestId: String(req.id ?? ""),
          }),
        );
    }, ms);
    res.on("close", () => clearTimeout(timer));
    res.on("finish", () => clearTimeout(timer));
    next();
  };
}

/** What a client should do about a request that outlived the limit. */
function timeoutDetail(req: Request, ms: number): string {
  const limit = `${ms / 1000} s`;
  if (READS.has(req.method)) {
    return `The server did not finish this request within ${limit}. Try again; if it keeps happening, report the request id.`;
  }
  if (req.idempotencyKey !== undefined) {
    // A retry with the key gets the change's answer once it commits, and never makes it twice.
    return (
      `The server did not finish this change within ${limit}. It may still be saved: send it again with the ` +
      `same Idempotency-Key to get its answer (it will not be made twice). If it keeps happening, report the ` +
      `request id.`
    );
  }
  // The change is still running and may yet commit: a blind retry could add it twice.
  return (
    `The server did not finish this change within ${limit}. It may still be saved: reload and check before ` +
    `sending it again. If it keeps happening, report the request id.`
  );
}
