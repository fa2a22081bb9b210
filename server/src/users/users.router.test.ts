// /api/users over HTTP: who may list, create and change accounts, and the rules each change follows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@claimdesk/shared";
import {
  startTestServer,
  TEST_PASSWORD,
  type TestClient,
  type TestServer,
} from "../../../tests/support/test-server.ts";

let server: TestServer;
let admin: TestClient;
let editor: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login("admin", "Ada Admin");
  editor = await server.login("editor");
});
afterAll(() => server?.close());

const NEW_PASSWORD = "a long enough password";

async function newUser(email: string, role = "reviewer"): Promise<User> {
  const { status, body } = await admin.json<User>("POST", "/api/users", {
    email,
    name: "New Person",
    role,
    password: NEW_PASSWORD,
  });
  expect(status).toBe(201);
  return body;
}

async function auditOf(entityId: string) {
  return server.db.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { seq: "asc" } });
}

describe("GET /api/users", () => {
  it("lists everyone for any signed-in user, without secrets", async () => {
    const reviewer = await server.login("reviewer");
    const { status, body } = await reviewer.json<{ items: Array<Record<string, unknown>> }>("GET", "/api/users");
    expect(status).toBe(200);
    expect(body.items.map((u) => u.email)).toEqual(
      expect.arrayContaining([admin.user.email, editor.user.email, reviewer.user.email]),
    );
    expect(Object.keys(body.items[0]!).sort()).toEqual([
      "createdAt",
      "disabled",
      "email",
      "id",
      "name",
      "role",
      "version",
    ]);
  });

  it("needs a session", async () => {
    expect((await server.anonymous("GET", "/api/users")).status).toBe(401);
  });
});

describe("POST /api/users", () => {
  it("creates an account with a lower-cased email and records it without the password hash", async () => {
    const user = await newUser("Mixed.Case@Example.org");
    expect(user).toMatchObject({
      email: "mixed.case@example.org",
      name: "New Person",
      role: "reviewer",
      disabled: false,
      version: 1,
    });
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: "user.create", entityType: "user", actorId: admin.user.id });
    expect(JSON.stringify(event!.after)).not.toMatch(/password/i);
    const login = await server.anonymous("POST", "/api/auth/login", {
      email: "mixed.case@example.org",
      password: NEW_PASSWORD,
    });
    expect(login.status).toBe(200);
  });

  it("refuses an email that is taken, whatever its case", async () => {
    await newUser("taken@example.org");
    const { status, body } = await admin.json<{ code: string; detail: string }>("POST", "/api/users", {
      email: "TAKEN@example.org",
      name: "Other",
      role: "editor",
      password: NEW_PASSWORD,
    });
    expect(status).toBe(409);
    expect(body.code).toBe("conflict");
    expect(body.detail).toContain("already an account with the email taken@example.org");
  });

  it("is for admins only, and validates the input", async () => {
    const denied = await editor.json("POST", "/api/users", {
      email: "x@example.org",
      name: "X",
      role: "reviewer",
      password: NEW_PASSWORD,
    });
    expect(denied.status).toBe(403);
    const invalid = await admin.json<{ errors: Array<{ path: string }> }>("POST", "/api/users", {
      email: "nope",
      name: "",
      role: "boss",
      password: "short",
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e) => e.path).sort()).toEqual([
      "body.email",
      "body.name",
      "body.password",
      "body.role",
    ]);
  });
});

describe("PATCH /api/users/:id", () => {
  it("changes name and role, bumps the version and records before and after", async () => {
    const user = await newUser("promote@example.org");
    const { status, body } = await admin.json<User>("PATCH", `/api/users/${user.id}`, {
      version: 1,
      name: "Promoted",
      role: "editor",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: "Promoted", role: "editor", version: 2 });
    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.update"]);
    expect(events[1]!.before).toMatchObject({ name: "New Person", role: "reviewer" });
    expect(events[1]!.after).toMatchObject({ name: "Promoted", role: "editor" });
  });

  it("answers a stale version with 409 version_conflict and the current account", async () => {
    const user = await newUser("stale@example.org");
    await admin.json("PATCH", `/api/users/${user.id}`, { version: 1, name: "First" });
    const { status, body } = await admin.json<{ code: string; current: User }>("PATCH", `/api/users/${user.id}`, {
      version: 1,
      name: "Second",
    });
    expect(status).toBe(409);
    expect(body.code).toBe("version_conflict");
    expect(body.current).toMatchObject({ name: "First", version: 2 });
  });

  it("disabling signs the user out everywhere and stops new sign-ins", async () => {
    const victim = await server.login("reviewer");
    expect((await victim.request("GET", "/api/users")).status).toBe(200);
    const { status, body } = await admin.json<User>("PATCH", `/api/users/${victim.user.id}`, {
      version: 1,
      disabled: true,
    });
    expect(status).toBe(200);
    expect(body.disabled).toBe(true);
    expect(await server.db.prisma.session.count({ where: { userId: victim.user.id } })).toBe(0);
    expect((await victim.request("GET", "/api/users")).status).toBe(401);
    const login = await server.anonymous("POST", "/api/auth/login", {
      email: victim.user.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).not.toBe(200);
  });

  it("a new password works, and the old one does not", async () => {
    const user = await newUser("reset@example.org");
    const { status } = await admin.json("PATCH", `/api/users/${user.id}`, {
      version: 1,
      password: "another long password",
    });
    expect(status).toBe(200);
    expect(
      (await server.anonymous("POST", "/api/auth/login", { email: user.email, password: "another long password" }))
        .status,
    ).toBe(200);
    expect(
      (await server.anonymous("POST", "/api/auth/login", { email: user.email, password: NEW_PASSWORD })).status,
    ).toBe(401);
    const [, event] = await auditOf(user.id);
    expect(event!.after).toMatchObject({ passwordChanged: true });
    expect(JSON.stringify(event!.after)).not.toMatch(/passwordHash|argon2/);
  });

  it("never leaves the desk without an active admin", async () => {
    const solo = await startTestServer();
    try {
      const only = await solo.login("admin");
      for (const change of [{ role: "editor" }, { disabled: true }]) {
        const { status, body } = await only.json<{ code: string; detail: string }>(
          "PATCH",
          `/api/users/${only.user.id}`,
          { version: 1, ...change },
        );
        expect(status).toBe(409);
        expect(body.detail).toContain("last active admin");
      }
      const second = await solo.login("admin");
      const { status } = await only.json("PATCH", `/api/users/${only.user.id}`, { version: 1, role: "editor" });
      expect(status).toBe(200);
      const refused = await second.json("PATCH", `/api/users/${second.user.id}`, { version: 1, disabled: true });
      expect(refused.status).toBe(409);
    } finally {
      await solo.close();
    }
  });

  it("answers 404 for an unknown id and 403 for non-admins", async () => {
    expect(
      (await admin.json("PATCH", "/api/users/00000000-0000-4000-8000-000000000000", { version: 1, name: "X" })).status,
    ).toBe(404);
    expect((await admin.json("PATCH", "/api/users/not-a-uuid", { version: 1, name: "X" })).status).toBe(404);
    expect((await editor.json("PATCH", `/api/users/${editor.user.id}`, { version: 1, role: "admin" })).status).toBe(
      403,
    );
  });
});
