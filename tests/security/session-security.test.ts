// Sessions under attack: a session id planted before sign-in (fixation) is never honoured, and
// signing out kills the cookie and its CSRF token for reads and writes alike, without touching the
// same user's other sessions. (Plain logout is in tests/integration/access-and-bad-input.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerSentEvents } from "../support/server-sent-events.ts";
import { startTestServer, TEST_PASSWORD, type TestServer } from "../support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function signInWith(email: string, headers: Record<string, string> = {}) {
  const response = await server.anonymous("POST", "/api/auth/login", { email, password: TEST_PASSWORD }, headers);
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie")!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(";")[0]!, setCookie: cookie, csrfToken };
}

describe("session fixation", () => {
  it("ignores a session cookie planted before sign-in and issues a new one", async () => {
    const { user } = await server.login("reviewer");
    const planted = "claimdesk_session=attacker-chosen-session-id-0000000000000000";
    const session = await signInWith(user.email, { cookie: planted });
    expect(session.cookie).not.toBe(planted);
    expect(session.setCookie).toMatch(/HttpOnly/i);
    expect(session.setCookie).toMatch(/SameSite=Lax/i);
    // The planted id signs nobody in, before or after the victim's sign-in.
    expect((await server.anonymous("GET", "/api/auth/session", undefined, { cookie: planted })).status).toBe(401);
    expect((await server.anonymous("GET", "/api/auth/session", undefined, { cookie: session.cookie })).status).toBe(
      200,
    );
  });

  it("gives every sign-in its own token, even for a cookie that was valid before", async () => {
    const { user } = await server.login("reviewer");
    const first = await signInWith(user.email);
    // Signing in over a live session needs no token from it: a stale cookie must not block a sign-in.
    const second = await signInWith(user.email, { cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrfToken).not.toBe(first.csrfToken);
  });
});

describe("logout", () => {
  it("invalidates the cookie and its CSRF token for reads and changes; other sessions live on", async () => {
    const reviewer = await server.login("reviewer");
    const editor = await server.login("editor");
    const article = (
      await editor.json<{ id: string }>("POST", "/api/articles", {
        title: "T",
        body: "Crime fell 12 percent in 2023, the mayor said.",
      })
    ).body;
    const claim = (
      await editor.json<{ id: string }>("POST", `/api/articles/${article.id}/claims`, { start: 0, end: 29 })
    ).body;
    const other = await signInWith(reviewer.user.email);
    const mine = await signInWith(reviewer.user.email);
    const logout = await server.anonymous("POST", "/api/auth/logout", undefined, {
      cookie: mine.cookie,
      "x-csrf-token": mine.csrfToken,
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.get("set-cookie")).toMatch(/claimdesk_session=;/);

    const replay = { cookie: mine.cookie, "x-csrf-token": mine.csrfToken };
    expect((await server.anonymous("GET", "/api/articles", undefined, replay)).status).toBe(401);
    const notesBefore = await server.db.prisma.note.count();
    expect(
      (await server.anonymous("POST", `/api/claims/${claim.id}/notes`, { body: "after logout" }, replay)).status,
    ).toBe(401);
    expect(await server.db.prisma.note.count()).toBe(notesBefore);
    // Logging out again with the dead cookie is refused, not an error.
    expect((await server.anonymous("POST", "/api/auth/logout", undefined, replay)).status).toBe(401);
    expect((await server.anonymous("GET", "/api/auth/session", undefined, { cookie: other.cookie })).status).toBe(200);
  });
});

describe("live updates after the session ends", () => {
  // An open event stream was never checked again: a signed-out or disabled account kept receiving
  // every change to the article for as long as the connection stayed open.
  it.each(["signed out", "disabled"] as const)("stops the stream of an account %s", async (how) => {
    const editor = await server.login("editor");
    const admin = await server.login("admin");
    const { user } = await server.login("reviewer");
    const session = await signInWith(user.email);
    const article = (
      await editor.json<{ id: string }>("POST", "/api/articles", {
        title: "Live",
        body: "Crime fell 12 percent in 2023, the mayor said.",
      })
    ).body;
    const stream = await server.anonymous("GET", `/api/articles/${article.id}/events`, undefined, {
      cookie: session.cookie,
    });
    expect(stream.status).toBe(200);
    const events = readServerSentEvents(stream);
    const addClaim = (end: number) => editor.json("POST", `/api/articles/${article.id}/claims`, { start: 0, end });
    await addClaim(10);
    expect((await events.next(5000)).event).toBe("change");

    if (how === "signed out") {
      const logout = await server.anonymous("POST", "/api/auth/logout", undefined, {
        cookie: session.cookie,
        "x-csrf-token": session.csrfToken,
      });
      expect(logout.status).toBe(204);
    } else {
      const current = (
        await admin.json<{ items: Array<{ id: string; version: number }> }>("GET", "/api/users")
      ).body.items.find((u) => u.id === user.id)!;
      const disabled = await admin.json("PATCH", `/api/users/${user.id}`, { version: current.version, disabled: true });
      expect(disabled.status).toBe(200);
    }
    // Signing out or disabling ends the stream at once: the next change is not delivered.
    await addClaim(20);
    await expect(events.next(5000)).rejects.toThrow(/ended/);
  });
});
