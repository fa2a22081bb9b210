import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionInfoSchema } from "@claimdesk/shared";
import { apiRequest, CHANGE_RETRY_DELAYS_MS, setCsrfToken } from "./api-client.ts";
import { ApiError } from "./api-error.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setCsrfToken(null);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const keysSent = (fetch: ReturnType<typeof vi.fn>) =>
  (fetch.mock.calls as unknown as [string, RequestInit][]).map(
    ([, init]) => (init.headers as Record<string, string>)["Idempotency-Key"],
  );
const dropped = () => {
  throw new TypeError("fetch failed");
};
const inProgress = () =>
  new Response(
    JSON.stringify({ type: "t", title: "t", status: 409, code: "request_in_progress", detail: "Still running." }),
    { status: 409, headers: { "Content-Type": "application/problem+json" } },
  );

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

describe("the Idempotency-Key of a change", () => {
  it("is a fresh random UUID with each change, and absent from reads and from sign-in and sign-out", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetch);
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "POST"] as const) await apiRequest("/api/x", { method });
    await apiRequest("/api/x");
    await apiRequest("/api/auth/login", { method: "POST", body: {} });
    await apiRequest("/api/auth/logout", { method: "POST" });
    const keys = keysSent(fetch);
    for (const key of keys.slice(0, 5)) expect(key).toMatch(UUID);
    expect(new Set(keys.slice(0, 5)).size).toBe(5);
    expect(keys.slice(5)).toEqual([undefined, undefined, undefined]);
  });

  it("is sent again, unchanged, when the connection fails or an earlier try still runs; the answer is returned", async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockImplementationOnce(async () => dropped())
      .mockImplementationOnce(async () => inProgress())
      .mockImplementationOnce(async () => new Response(JSON.stringify({ id: "n1" }), { status: 201 }));
    vi.stubGlobal("fetch", fetch);
    const saved = apiRequest("/api/claims/c/notes", {
      method: "POST",
      body: { body: "Hi" },
      schema: { parse: (d) => d },
    });
    await vi.advanceTimersByTimeAsync(CHANGE_RETRY_DELAYS_MS[0]! - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    await expect(saved).resolves.toEqual({ id: "n1" });
    const keys = keysSent(fetch);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it("is given up after the retries: the change fails as unreachable, having been tried three times", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => dropped());
    vi.stubGlobal("fetch", fetch);
    const saved = apiRequest("/api/claims/c/verdict", { method: "PUT", body: {} }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await saved).toMatchObject({ code: "network" });
    expect(fetch).toHaveBeenCalledTimes(1 + CHANGE_RETRY_DELAYS_MS.length);
  });

  it("is kept for the same change until it succeeds: the user's own resend after the retries gave up carries it", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn<() => Promise<Response>>(async () => dropped());
    vi.stubGlobal("fetch", fetch);
    const add = () => apiRequest("/api/claims/kept/sources", { method: "POST", body: { url: "https://a.example/" } });
    const gaveUp = add().catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await gaveUp).toMatchObject({ code: "network" });
    // The first tries may have been applied unseen: pressing Save again must be answered from them.
    fetch.mockImplementation(async () => new Response(null, { status: 500 }));
    await expect(add()).rejects.toMatchObject({ status: 500 });
    fetch.mockImplementation(async () => new Response(null, { status: 204 }));
    await add();
    const keys = keysSent(fetch);
    expect(keys).toHaveLength(1 + CHANGE_RETRY_DELAYS_MS.length + 2);
    expect(new Set(keys).size).toBe(1);
    // Once it succeeded, the same request again is a new action.
    await add();
    expect(keysSent(fetch).at(-1)).not.toBe(keys[0]);
  });

  it("is new when anything sent changes: the body, the address or its query", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 503 }));
    vi.stubGlobal("fetch", fetch);
    const send = (path: string, body: unknown, query?: Record<string, string>) =>
      apiRequest(path, { method: "POST", body, query }).catch(() => undefined);
    await send("/api/claims/new-key/notes", { body: "First words." });
    await send("/api/claims/new-key/notes", { body: "First words." });
    await send("/api/claims/new-key/notes", { body: "Other words." });
    await send("/api/claims/other/notes", { body: "First words." });
    await send("/api/claims/new-key/notes", { body: "First words." }, { draft: "1" });
    const keys = keysSent(fetch);
    expect(keys[1]).toBe(keys[0]);
    expect(new Set(keys.slice(1)).size).toBe(4);
  });

  it("is dropped when the server says it belongs to another request, so the next try has a new one", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ type: "t", title: "t", status: 422, code: "idempotency_key_reused", detail: "Other." }),
          { status: 422, headers: { "Content-Type": "application/problem+json" } },
        ),
    );
    vi.stubGlobal("fetch", fetch);
    const send = () => apiRequest("/api/claims/reused/notes", { method: "POST", body: { body: "Hi" } });
    await expect(send()).rejects.toMatchObject({ code: "idempotency_key_reused" });
    await expect(send()).rejects.toMatchObject({ code: "idempotency_key_reused" });
    const keys = keysSent(fetch);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("is not what makes a failed read or any other refusal retried", async () => {
    const fetch = vi.fn(async () => dropped());
    vi.stubGlobal("fetch", fetch);
    await expect(apiRequest("/api/x")).rejects.toMatchObject({ code: "network" });
    expect(fetch).toHaveBeenCalledTimes(1);
    const refused = vi.fn(async () => inProgress());
    vi.stubGlobal("fetch", refused);
    await expect(apiRequest("/api/auth/login", { method: "POST", body: {} })).rejects.toMatchObject({
      code: "request_in_progress",
    });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
