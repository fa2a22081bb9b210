// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { editor, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

const actor = { id: editor.id, name: editor.name, email: editor.email };
const claimId = "00000000-0000-4000-8000-0000000000c1";
const events = [
  {
    seq: "2",
    occurredAt: "2026-01-01T10:30:00.000Z",
    actor,
    action: "claim.verdict",
    entityType: "claim",
    entityId: claimId,
    articleId: null,
    claimId,
    before: { verdict: null, createdAt: "2026-01-01T10:00:00.000Z" },
    after: { verdict: "false" },
    requestId: null,
    hash: "b",
  },
  {
    seq: "1",
    occurredAt: "2026-01-01T10:10:00.000Z",
    actor,
    action: "report.export",
    entityType: "report",
    entityId: "r",
    articleId: null,
    claimId: null,
    before: null,
    after: { format: "pdf" },
    requestId: null,
    hash: "a",
  },
];

let api: FakeApi;
beforeEach(() => {
  installDomStubs();
  api = new FakeApi().on("GET", "/api/audit", () => json({ items: events, nextCursor: null }));
  vi.stubGlobal("fetch", api.fetch);
});

describe("audit view", () => {
  it("lists events with what changed and summarises each reviewer", async () => {
    renderApp("/audit", session(editor));
    expect(await screen.findByText("claim.verdict")).toBeTruthy();
    expect(screen.getByText(/verdict: — → false/)).toBeTruthy();
    const row = within(screen.getByRole("table")).getByRole("row", { name: /Ed Editor/ });
    expect(row.textContent).toContain("30 min");
  });

  it("sends filters to the API", async () => {
    const user = userEvent.setup();
    renderApp("/audit", session(editor));
    await user.type(await screen.findByLabelText("Action"), "report.export");
    await vi.waitFor(() => expect(api.requests.at(-1)!.query.get("action")).toBe("report.export"));
  });
});
