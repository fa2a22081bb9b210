// A request that outlives the limit is answered 503; for a change the answer must not invite a
// blind retry, since the change goes on running and may still be saved.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestTimeout } from "./request-timeout.ts";

let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  app.use(requestTimeout(50));
  // As readIdempotencyKey (idempotency-key-header.ts) sets it, without a database.
  app.use((req, _res, next) => {
    req.idempotencyKey = req.get("idempotency-key");
    next();
  });
  app.all("/slow", async (_req, res) => {
    await new Promise((r) => setTimeout(r, 300));
    if (!res.headersSent) res.json({ ok: true });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("request timeout", () => {
  it("answers a slow read 503 and says to try again", async () => {
    const response = await fetch(`${baseUrl}/slow`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/Try again/);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])(
    "answers a slow %s 503 and says the change may still be saved, so check before sending it again",
    async (method) => {
      const response = await fetch(`${baseUrl}/slow`, { method });
      expect(response.status).toBe(503);
      const { detail } = (await response.json()) as { detail: string };
      expect(detail).toMatch(/may still be saved/);
      expect(detail).not.toMatch(/^.*Try again;/);
    },
  );

  it("says a change sent with an Idempotency-Key may be sent again with that key", async () => {
    const response = await fetch(`${baseUrl}/slow`, { method: "PUT", headers: { "idempotency-key": "k-1" } });
    expect(response.status).toBe(503);
    const { detail } = (await response.json()) as { detail: string };
    expect(detail).toMatch(/may still be saved: send it again with the same Idempotency-Key/);
    expect(detail).toMatch(/will not be made twice/);
  });
});
