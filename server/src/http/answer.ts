// A write route's answer as a value: status, headers and the JSON text of its body. A route builds
// it inside its transaction, so that the answer to a request sent with an Idempotency-Key can be
// stored with the change (idempotency/answer-once.ts) and sent again, byte for byte, to a retry.
import type { Response } from "express";

export interface Answer {
  status: number;
  /** Location and the like; Content-Type is JSON whenever there is a body. */
  headers: Record<string, string>;
  /** The body as JSON text, exactly as sent; null for an answer without a body (204). */
  body: string | null;
}

/** `res.status(status).json(value)`, as a value. */
export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers, body: JSON.stringify(value) };
}

export const noContentAnswer: Answer = { status: 204, headers: {}, body: null };

/** Sends an answer; a replayed one says so in `Idempotent-Replayed: true`, as Stripe's API does. */
export function sendAnswer(res: Response, answer: Answer, { replayed = false } = {}): void {
  res.status(answer.status).set(answer.headers);
  if (replayed) res.set("Idempotent-Replayed", "true");
  if (answer.body === null) res.end();
  else res.type("application/json").send(answer.body);
}
