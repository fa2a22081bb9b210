// Password guessing hits the sign-in rate limit: per account (LOGIN_RATE_LIMIT attempts) whatever
// the spelling of the email, and per address (5× that) across accounts. The answer is 429
// problem+json that says what happened and what to do; while limited, even the right password is
// refused, so guessing on cannot confirm a hit.
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, TEST_PASSWORD, type TestServer } from "../support/test-server.ts";

const LIMIT = 2;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const attempt = (s: TestServer, email: string, password: string) =>
  s.anonymous("POST", "/api/auth/login", { email, password });

async function expectLimited(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const problem = (await response.json()) as { code: string; detail: string };
  expect(problem.code).toBe("rate_limited");
  expect(problem.detail).toMatch(/Too many sign-in attempts.*Wait 15 minutes/);
}

describe("sign-in rate limit", () => {
  it("per account: after the limit, 429, even with the right password or another spelling of the email", async () => {
    server = await startTestServer({ LOGIN_RATE_LIMIT: String(LIMIT) });
    const { user } = await server.login("reviewer"); // one attempt, successful: it counts too
    for (let i = 1; i < LIMIT; i++) expect((await attempt(server, user.email, `guess ${i}`)).status).toBe(401);
    await expectLimited(await attempt(server, user.email, "one more guess"));
    await expectLimited(await attempt(server, user.email, TEST_PASSWORD));
    await expectLimited(await attempt(server, user.email.toUpperCase(), TEST_PASSWORD));
    // Another account from the same address is not locked out by this one.
    const other = await server.login("reviewer");
    expect(other.user.email).not.toBe(user.email);
  });

  it("per address: guessing across many accounts is limited at 5× the per-account limit", async () => {
    server = await startTestServer({ LOGIN_RATE_LIMIT: String(LIMIT) });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 5 + 1; i++)
      statuses.push((await attempt(server, `nobody-${i}@example.org`, "guess")).status);
    expect(statuses.slice(0, LIMIT * 5).every((s) => s === 401)).toBe(true);
    await expectLimited(await attempt(server, "someone-else@example.org", "guess"));
    expect(statuses.at(-1)).toBe(429);
  });
});
