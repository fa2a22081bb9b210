// fetchFile shares the API client's handling of failures, so a download fails the way any other
// call does: the same ApiError, and the same app-wide notice when the session has expired.
import { afterEach, describe, expect, it, vi } from "vitest";
import { onUnauthenticated } from "./api-client.ts";
import { ApiError } from "./api-error.ts";
import { fetchFile } from "./fetch-file.ts";
import { problem } from "../test/fake-api.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthenticated(null);
});

describe("fetchFile", () => {
  it("gets the file with the session cookie, and the name the server gives it", async () => {
    const fetch = vi.fn(
      async () =>
        new Response("%PDF-", { headers: { "Content-Disposition": 'attachment; filename="sky-colour.pdf"' } }),
    );
    vi.stubGlobal("fetch", fetch);
    const file = await fetchFile("/api/articles/a1/report?format=pdf");
    expect(file.fileName).toBe("sky-colour.pdf");
    expect(await file.blob.text()).toBe("%PDF-");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/articles/a1/report?format=pdf");
    expect(init).toMatchObject({ method: "GET", credentials: "same-origin" });
    // Not asking for JSON: the answer is the file itself.
    expect((init.headers as Record<string, string>).Accept).toBe("*/*");
  });

  it("gives null for the name when the answer names none", async () => {
    vi.stubGlobal("fetch", async () => new Response("x"));
    expect((await fetchFile("/api/x")).fileName).toBeNull();
  });

  it("turns a problem+json refusal into an ApiError with the server's detail and request id", async () => {
    vi.stubGlobal("fetch", async () => problem(422, "validation_failed", "Unknown format.", { requestId: "req-7" }));
    const error = await fetchFile("/api/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, detail: "Unknown format.", requestId: "req-7" });
  });

  it("tells the app the session expired on a 401, as every other call does", async () => {
    const expired = vi.fn();
    onUnauthenticated(expired);
    vi.stubGlobal("fetch", async () => problem(401, "unauthenticated", "Sign in first."));
    await expect(fetchFile("/api/x")).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it("reports an unreachable server as a network error, and lets an abort through as it is", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(fetchFile("/api/x")).rejects.toMatchObject({ code: "network" });
    vi.stubGlobal("fetch", async () => {
      throw new DOMException("stopped", "AbortError");
    });
    await expect(fetchFile("/api/x")).rejects.toMatchObject({ name: "AbortError" });
  });
});
