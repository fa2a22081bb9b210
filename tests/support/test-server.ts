// A real ClaimDesk HTTP server on a free port, over its own fresh database, with helpers to sign
// in as each role the way a browser does (session cookie + CSRF header).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import type { Role } from "@claimdesk/shared";
import { createApp } from "../../server/src/app.ts";
import { claimExtractorFor, type ClaimExtractor } from "../../server/src/articles/claim-extractor.ts";
import { loadConfig, type Config } from "../../server/src/config.ts";
import { startLiveEvents } from "../../server/src/live/live-events.ts";
import { createUser } from "../../server/src/users/create-user.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestClient {
  user: { id: string; email: string; role: Role };
  csrfToken: string;
  /** fetch against the server, with this user's cookie and CSRF header; JSON bodies are encoded. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export interface TestServer {
  baseUrl: string;
  db: TestDatabase;
  config: Config;
  /** Creates a user with that role (unique email) and signs them in. */
  login(role: Role, name?: string): Promise<TestClient>;
  /** Signs an existing account in again, as another browser would: a second session. */
  signIn(user: TestClient["user"]): Promise<TestClient>;
  /** fetch with no session. */
  anonymous(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Wraps the extractor the configuration asks for, so a test can watch what is extracted. */
  wrapExtractor?: (extractor: ClaimExtractor) => ClaimExtractor;
}

export async function startTestServer(
  overrides: Partial<Record<string, string>> = {},
  { wrapExtractor = (extractor) => extractor }: TestServerOptions = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    LOGIN_RATE_LIMIT: "1000",
    PORT: "0",
    ...overrides,
  });
  const logger = pino({ level: "silent" });
  const live = await startLiveEvents(db, logger);
  const extractor = wrapExtractor(claimExtractorFor(config));
  const app = createApp({ config, db, logger, live, extractor, version: "test" });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const send = (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const isRaw = typeof body === "string" || body instanceof Uint8Array;
    return fetch(baseUrl + path, {
      method,
      headers: { ...(body !== undefined && !isRaw ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : isRaw ? (body as string) : JSON.stringify(body),
    });
  };

  async function signIn(user: TestClient["user"]): Promise<TestClient> {
    const response = await send("POST", "/api/auth/login", { email: user.email, password: TEST_PASSWORD }, {});
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      send(method, path, body, { cookie, "x-csrf-token": csrfToken, ...headers });
    return {
      user,
      csrfToken,
      request,
      async json(method, path, body) {
        const r = await request(method, path, body);
        const text = await r.text();
        return { status: r.status, body: text ? JSON.parse(text) : undefined };
      },
    };
  }

  return {
    baseUrl,
    db,
    config,
    anonymous: (method, path, body, headers = {}) => send(method, path, body, headers),
    async login(role, name) {
      const email = `${role}-${crypto.randomBytes(4).toString("hex")}@example.org`;
      const user = await db.prisma.$transaction((tx) =>
        createUser(
          tx,
          { userId: null, requestId: "test" },
          { email, name: name ?? `Test ${role}`, role, password: TEST_PASSWORD },
        ),
      );
      return signIn({ id: user.id, email, role });
    },
    signIn,
    async close() {
      await live.close();
      await extractor.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
