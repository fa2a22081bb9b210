import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionInfoSchema } from "@claimdesk/shared";
import { apiRequest, setCsrfToken } from "./api-client.ts";
import { ApiError } from "./api-error.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("apiRequest", () => {
  it("sends the CSRF token on changes only, with same-origin credentials", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetch);
    setCsrfToken("t0k");
    await apiRequest("/api/x", { method: "POST", body: { a: 1 } });
    await apiRequest("/api/x");
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect((calls[0]![1].headers as Record<string, string>)["X-CSRF-Token"]).toBe("t0k");
    expect(calls[0]![1].credentials).toBe("same-origin");
    expect((calls[1]![1].headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();
  });

  it("turns problem+json into an ApiError with fields and current", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(
          JSON.stringify({
            type: "t",
            title: "Conflict",
            status: 409,
            code: "version_conflict",
            detail: "Changed.",
            current: { version: 3 },
            errors: [{ path: "url", message: "bad" }],
          }),
          {
            status: 409,
            headers: { "Content-Type": "application/problem+json" },
          },
        ),
    );
    const error = await apiRequest("/api/x", { method: "PUT", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "version_conflict", detail: "Changed.", current: { version: 3 } });
    expect((error as ApiError).fieldMessages()).toEqual({ url: "bad" });
  });

  it("rejects an answer that does not match the shared schema", async () => {
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ user: 1 }), { status: 200 }));
    await expect(apiRequest("/api/auth/session", { schema: sessionInfoSchema })).rejects.toMatchObject({
      code: "bad_response",
    });
  });

  it("reports an unreachable server as a network error", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(apiRequest("/api/x")).rejects.toMatchObject({ code: "network" });
  });
});
