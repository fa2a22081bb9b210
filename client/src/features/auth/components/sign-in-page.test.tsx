// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

let api: FakeApi;
beforeEach(() => {
  installDomStubs();
  api = new FakeApi().on("GET", "/api/articles", () => json({ items: [], nextCursor: null }));
  vi.stubGlobal("fetch", api.fetch);
});

describe("sign in", () => {
  it("says clearly when the credentials are wrong", async () => {
    api.on("POST", "/api/auth/login", () => problem(401, "unauthenticated", "Wrong email or password."));
    const user = userEvent.setup();
    renderApp("/sign-in", null);
    await user.type(screen.getByLabelText("Email"), "rita@example.org");
    await user.type(screen.getByLabelText("Password"), "not-the-password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/do not match an account/);
  });

  it("signs in and goes where the user was headed", async () => {
    api.on("POST", "/api/auth/login", () => json(session(reviewer)));
    const user = userEvent.setup();
    const { router } = renderApp("/articles", null);
    await screen.findByRole("heading", { name: "Sign in to ClaimDesk" });
    await user.type(screen.getByLabelText("Email"), "rita@example.org");
    await user.type(screen.getByLabelText("Password"), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await screen.findByRole("heading", { name: "Articles" });
    expect(router.state.location.pathname).toBe("/articles");
    expect(api.sent("POST", "/api/auth/login")[0]!.body).toEqual({
      email: "rita@example.org",
      password: "correct horse battery",
    });
  });

  it("sends an expired session back to sign in with a message", async () => {
    api.on("GET", "/api/articles", () => problem(401, "unauthenticated", "Your session has expired."));
    renderApp("/articles", session(reviewer));
    expect(await screen.findByText(/session has expired/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Sign in to ClaimDesk" })).toBeTruthy();
  });

  it("hides controls the role cannot use", async () => {
    renderApp("/articles", session(reviewer));
    await screen.findByRole("heading", { name: "Articles" });
    expect(screen.queryByRole("link", { name: /Import/ })).toBeNull();
    expect(screen.queryByRole("link", { name: "Audit" })).toBeNull();
  });
});
