// Answers 503 when a request takes longer than the limit, instead of leaving the client hanging.
import type { RequestHandler } from "express";
import { PROBLEM_CONTENT_TYPE } from "@claimdesk/shared";

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
            detail: `The server did not finish this request within ${ms / 1000} s. Try again; if it keeps happening, report the request id.`,
            requestId: String(req.id ?? ""),
          }),
        );
    }, ms);
    res.on("close", () => clearTimeout(timer));
    res.on("finish", () => clearTimeout(timer));
    next();
  };
}
