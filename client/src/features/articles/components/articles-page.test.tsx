// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { editor, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

let api: FakeApi;
beforeEach(() => {
  installDomStubs();
  api = new FakeApi().on("GET", "/api/articles", () => json({ items: [], nextCursor: null }));
  vi.stubGlobal("fetch", api.fetch);
});

describe("articles list when empty", () => {
  it("tells a reviewer that articles come from editors, not to import one", async () => {
    renderApp("/articles", session(reviewer));
    const empty = await screen.findByText(/No articles yet/);
    expect(empty.textContent).not.toMatch(/Import/);
    expect(empty.textContent).toMatch(/Editors import/);
  });

  it("says the filters found nothing, and clears them in one step", async () => {
    const user = userEvent.setup();
    renderApp("/articles", session(editor));
    await screen.findByText(/No articles yet\. Import one to start\./);
    await user.type(screen.getByLabelText("Search"), "zzz");
    expect(await screen.findByText("No articles match these filters.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect((screen.getByLabelText("Search") as HTMLInputElement).value).toBe("");
    expect(await screen.findByText(/No articles yet/)).toBeTruthy();
  });
});

describe("an address that leads nowhere", () => {
  it("says so and offers the way back", async () => {
    renderApp("/no-such-page", session(reviewer));
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Back to articles" }).getAttribute("href")).toBe("/articles");
  });
});
