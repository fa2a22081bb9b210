// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { User } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { editor, reviewer, session, uuid } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

const admin: User = { ...editor, id: uuid(9100), name: "Ada Admin", email: "ada@example.org", role: "admin" };
let api: FakeApi;
let people: User[];

beforeEach(() => {
  installDomStubs();
  people = [admin, reviewer];
  api = new FakeApi()
    .on("GET", "/api/users", () => json({ items: people }))
    .on("PATCH", /^\/api\/users\//, (req) => {
      const body = req.body as Partial<User>;
      people = people.map((u) => (req.path.endsWith(u.id) ? { ...u, ...body, version: u.version + 1 } : u));
      return json(people.find((u) => req.path.endsWith(u.id)));
    });
  vi.stubGlobal("fetch", api.fetch);
});

describe("users", () => {
  it("changes a role, sending the version it was based on", async () => {
    const user = userEvent.setup();
    renderApp("/users", session(admin));
    await user.selectOptions(await screen.findByLabelText("Role of Rita Reviewer"), "editor");
    await vi.waitFor(() =>
      expect(api.sent("PATCH", `/api/users/${reviewer.id}`)[0]?.body).toEqual({ version: 1, role: "editor" }),
    );
    // A role decides what someone may do: the change is confirmed in words.
    expect((await screen.findByText("Rita Reviewer is now Editor.")).getAttribute("role")).toBe("status");
  });

  it("checks a new user's password length before sending", async () => {
    const user = userEvent.setup();
    renderApp("/users", session(admin));
    await user.type(await screen.findByLabelText("Name"), "New Person");
    await user.type(screen.getByLabelText("Email"), "new@example.org");
    await user.type(screen.getByLabelText("First password"), "short");
    await user.click(screen.getByRole("button", { name: "Add user" }));
    expect(screen.getByText("use at least 12 characters")).toBeTruthy();
    expect(api.sent("POST", "/api/users")).toHaveLength(0);
    // The field to fix gets the focus, so its message is read out and typing goes there.
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("First password")));
  });

  it("says who was added and returns to Name for the next person", async () => {
    api.on("POST", "/api/users", (req) => {
      const body = req.body as Pick<User, "name" | "email" | "role">;
      const added = { ...reviewer, id: uuid(9101), ...body };
      people = [...people, added];
      return json(added, 201);
    });
    const user = userEvent.setup();
    renderApp("/users", session(admin));
    await user.type(await screen.findByLabelText("Name"), "New Person");
    await user.type(screen.getByLabelText("Email"), "new@example.org");
    await user.selectOptions(screen.getByLabelText("Role"), "editor");
    await user.type(screen.getByLabelText("First password"), "a-long-enough-password");
    await user.click(screen.getByRole("button", { name: "Add user" }));
    expect((await screen.findByText("Added New Person as Editor.")).getAttribute("role")).toBe("status");
    expect(document.activeElement).toBe(screen.getByLabelText("Name"));
  });

  it("sets an account's password (the only way to change one: the README sends the first admin here)", async () => {
    const user = userEvent.setup();
    renderApp("/users", session(admin));
    await user.click(await screen.findByRole("button", { name: "Set password for Rita Reviewer" }));
    const field = screen.getByLabelText("New password for Rita Reviewer");
    await user.type(field, "short");
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(screen.getByText("use at least 12 characters")).toBeTruthy();
    expect(api.sent("PATCH", `/api/users/${reviewer.id}`)).toHaveLength(0);

    await user.clear(field);
    await user.type(field, "a much longer password");
    await user.click(screen.getByRole("button", { name: "Save password" }));
    await vi.waitFor(() =>
      expect(api.sent("PATCH", `/api/users/${reviewer.id}`)[0]?.body).toEqual({
        version: 1,
        password: "a much longer password",
      }),
    );
    expect(await screen.findByText("Password set for Rita Reviewer.")).toBeTruthy();
    expect(screen.queryByLabelText("New password for Rita Reviewer")).toBeNull();
  });

  it("lets admins set their own password too", async () => {
    renderApp("/users", session(admin));
    expect(await screen.findByRole("button", { name: "Set password for Ada Admin" })).toBeTruthy();
    expect(screen.queryByText(/they can change it later/)).toBeNull();
  });

  it("is not offered to editors", async () => {
    renderApp("/users", session(editor));
    expect(await screen.findByText(/does not give access/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Users" })).toBeNull();
  });
});
