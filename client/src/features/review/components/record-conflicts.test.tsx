// @vitest-environment jsdom
// Conflicts beyond the verdict: note and source edits, assignment and dismissal.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimWithThread, Note, Source } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  claims as makeClaims,
  source as makeSource,
  editor,
  reviewer,
  session,
  uuid,
  withThread,
} from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const NOW = "2026-03-28T10:00:00.000Z";
let api: FakeApi;
let claims: Claim[];
let thread: ClaimWithThread;
let note: Note;
let source: Source;

beforeEach(() => {
  claims = makeClaims();
  const me = { id: reviewer.id, name: reviewer.name, email: reviewer.email };
  note = {
    id: uuid(5101),
    claimId: claims[0]!.id,
    parentId: null,
    author: me,
    body: "First thought",
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
  };
  source = makeSource(claims[0]!.id, { id: uuid(6101) });
  thread = withThread(claims[0]!, { notes: [note], sources: [source] });
  api = reviewServer({ claims: () => claims, users: [reviewer, editor], thread: () => thread });
});

async function openFirstClaim() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1 });
  await user.keyboard("j");
  await screen.findByRole("region", { name: /Notes/ });
  return user;
}

describe("conflicts on notes, sources, assignment and dismissal", () => {
  it("note edit: shows both texts, keeps what was typed, and keep mine resends with the current version", async () => {
    const theirs = { ...note, body: "Edited elsewhere", version: 3 };
    api.on("PATCH", `/api/notes/${note.id}`, (req) => {
      const body = req.body as { version: number; body: string };
      if (body.version !== 3) return problem(409, "version_conflict", "The note changed.", { current: theirs });
      return json({ ...theirs, body: body.body, version: 4 });
    });
    const user = await openFirstClaim();
    const notes = screen.getByRole("region", { name: /Notes/ });
    await user.click(within(notes).getByRole("button", { name: /^Edit\s*note$/ }));
    const box = within(notes).getByLabelText("Edit note");
    await user.clear(box);
    await user.type(box, "My rewrite");
    await user.click(within(notes).getByRole("button", { name: "Save note" }));

    const conflict = await within(notes).findByRole("alert", { name: /changed this while you were editing/ });
    expect(within(conflict).getByText("My rewrite")).toBeTruthy();
    expect(within(conflict).getByText("Edited elsewhere")).toBeTruthy();
    expect((within(notes).getByLabelText("Edit note") as HTMLTextAreaElement).value).toBe("My rewrite");

    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await vi.waitFor(() => expect(within(notes).queryByLabelText("Edit note")).toBeNull());
    expect(api.sent("PATCH", `/api/notes/${note.id}`).map((r) => r.body)).toEqual([
      { version: 1, body: "My rewrite" },
      { version: 3, body: "My rewrite" },
    ]);
  });

  it("source edit: shows both versions field by field; take theirs drops the draft", async () => {
    const theirs = { ...source, title: "Table A (revised)", stance: "refutes" as const, version: 2 };
    api.on("PATCH", `/api/sources/${source.id}`, () =>
      problem(409, "version_conflict", "Changed.", { current: theirs }),
    );
    const user = await openFirstClaim();
    const sources = screen.getByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Edit\s*source/ }));
    const title = within(sources).getByLabelText("Title");
    await user.clear(title);
    await user.type(title, "My title");
    await user.click(within(sources).getByRole("button", { name: "Save source" }));

    const conflict = await within(sources).findByRole("alert", { name: /changed this/ });
    const titleRow = within(conflict).getByRole("row", { name: /Title/ });
    expect(titleRow.textContent).toContain("My title");
    expect(titleRow.textContent).toContain("Table A (revised)");
    expect(within(conflict).getByRole("row", { name: /Stance/ }).textContent).toContain("Refutes the claim");
    expect((within(sources).getByLabelText("Title") as HTMLInputElement).value).toBe("My title");

    thread = { ...thread, sources: [theirs] };
    await user.click(within(conflict).getByRole("button", { name: "Take theirs" }));
    expect(await within(sources).findByRole("link", { name: "Table A (revised)" })).toBeTruthy();
    expect(sessionStorage.getItem(`claimdesk.draft.source:${source.id}`)).toBeNull();
  });

  it("assignment: shows who I chose beside who holds it now; keep mine resends with the current version", async () => {
    const theirs = { ...claims[0]!, assignee: { id: editor.id, name: editor.name, email: editor.email }, version: 4 };
    api.on("PUT", /\/assignee$/, (req) => {
      const body = req.body as { version: number; assigneeId: string | null };
      if (body.version !== 4) return problem(409, "version_conflict", "Changed.", { current: theirs });
      return json({ ...theirs, assignee: { id: reviewer.id, name: reviewer.name, email: reviewer.email }, version: 5 });
    });
    const user = await openFirstClaim();
    await user.selectOptions(screen.getByLabelText("Assigned to"), reviewer.name);
    const conflict = await screen.findByRole("alert", { name: /changed this/ });
    const row = within(conflict).getByRole("row", { name: /Assigned to/ });
    expect(row.textContent).toContain("Rita Reviewer");
    expect(row.textContent).toContain("Ed Editor");
    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await vi.waitFor(() => expect(screen.queryByRole("alert", { name: /changed this/ })).toBeNull());
    expect(api.sent("PUT", /\/assignee$/).map((r) => r.body)).toEqual([
      { version: 1, assigneeId: reviewer.id },
      { version: 4, assigneeId: reviewer.id },
    ]);
  });

  it("dismissal: take theirs shows the claim as the server has it", async () => {
    const theirs = { ...claims[0]!, dismissed: true, reviewState: "dismissed" as const, version: 2 };
    api.on("POST", /\/dismiss$/, () => problem(409, "version_conflict", "Changed.", { current: theirs }));
    const user = await openFirstClaim();
    await user.click(screen.getByRole("button", { name: "Dismiss claim" }));
    const conflict = await screen.findByRole("alert", { name: /changed this/ });
    expect(within(conflict).getByRole("row", { name: /State/ }).textContent).toContain("Dismissed");
    await user.click(within(conflict).getByRole("button", { name: "Take theirs" }));
    expect(await screen.findByRole("button", { name: "Restore claim" })).toBeTruthy();
  });
});
