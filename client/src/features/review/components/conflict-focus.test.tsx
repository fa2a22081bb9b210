// @vitest-environment jsdom
// "Keep mine" and "Take theirs" are pressed from the keyboard as often as with a mouse. The choice
// used to drop the focus to the page (the pressed button disabled, or gone with the notice), so the
// next key was taken for a shortcut and the reviewer had to find their place again.
import { beforeEach, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, Note } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  claims as makeClaims,
  editor,
  reviewer,
  session,
  uuid,
  withThread,
} from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const NOW = "2026-03-28T10:00:00.000Z";
const ed = { id: editor.id, name: editor.name, email: editor.email };
let api: FakeApi;
let claims: Claim[];
/** Their verdict, saved while I was typing mine. */
let theirs: Claim;

beforeEach(() => {
  claims = makeClaims();
  theirs = {
    ...claims[0]!,
    verdict: "false",
    rationale: "Their reading.",
    verdictBy: ed,
    reviewState: "verdict_given",
    version: 2,
  };
  api = reviewServer({ claims: () => claims, users: [reviewer, editor] });
});

/** My verdict refused because of theirs; the keyboard is on the notice's first button. */
async function conflictOnVerdict() {
  api.on("PUT", /\/verdict$/, () =>
    problem(409, "version_conflict", "The claim changed.", {
      current: theirs,
      changedBy: { id: ed.id, name: ed.name },
    }),
  );
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(reviewer));
  await user.click(await screen.findByRole("radio", { name: /Unverified/ }));
  await user.type(screen.getByLabelText("Rationale"), "My reading.");
  await user.click(screen.getByRole("button", { name: "Save verdict" }));
  const notice = await screen.findByRole("alert", { name: /Ed Editor changed this/ });
  within(notice).getByRole("button", { name: "Keep mine" }).focus();
  return { user, notice };
}

const focused = () => document.activeElement;

describe("choosing in a conflict from the keyboard", () => {
  it("keep mine: the focus stays in the form while the save is on its way, and the outcome is announced", async () => {
    const { user } = await conflictOnVerdict();
    let answer!: (response: Response) => void;
    api.on("PUT", /\/verdict$/, () => new Promise<Response>((resolve) => (answer = resolve)));
    await user.keyboard("{Enter}");

    // On the form's own button, which says what is happening, and a second Enter sends nothing.
    expect(focused()?.textContent).toBe("Saving…");
    expect(focused()?.closest("form")?.getAttribute("aria-labelledby")).toMatch(/^verdict-heading-/);
    await user.keyboard("{Enter}");
    expect(api.sent("PUT", /\/verdict$/)).toHaveLength(2);

    answer(
      json({
        ...theirs,
        verdict: "unverified",
        rationale: "My reading.",
        verdictBy: { id: reviewer.id, name: reviewer.name, email: reviewer.email },
        version: 3,
      }),
    );
    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
    expect(focused()?.textContent).toBe("Save verdict");
  });

  it("take theirs: the focus moves to the form now showing their verdict, and says so", async () => {
    const { user } = await conflictOnVerdict();
    await user.tab();
    expect(focused()?.textContent).toBe("Take theirs");
    await user.keyboard("{Enter}");

    expect(screen.queryByRole("alert", { name: /changed this/ })).toBeNull();
    expect(focused()?.textContent).toBe("Save verdict");
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Their reading.");
    expect(screen.getByText(/Their verdict is kept/).getAttribute("role")).toBe("status");
  });

  it("a note: keep mine waits on Save note, then the focus returns to the note's Edit button", async () => {
    const note: Note = {
      id: uuid(5201),
      claimId: claims[0]!.id,
      parentId: null,
      author: { id: reviewer.id, name: reviewer.name, email: reviewer.email },
      body: "First thought",
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const theirNote = { ...note, body: "Edited elsewhere", version: 3 };
    let notes = [note];
    api = reviewServer({ claims: () => claims, users: [reviewer], thread: () => withThread(claims[0]!, { notes }) });
    api.on("PATCH", `/api/notes/${note.id}`, () =>
      problem(409, "version_conflict", "The note changed.", { current: theirNote }),
    );
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(reviewer));
    const region = await screen.findByRole("region", { name: /Notes/ });
    await user.click(await within(region).findByRole("button", { name: /^Edit\s*note$/ }));
    await user.type(within(region).getByLabelText("Edit note"), " and mine");
    await user.click(within(region).getByRole("button", { name: "Save note" }));
    const conflict = await within(region).findByRole("alert", { name: /changed this/ });

    let answer!: (response: Response) => void;
    api.on("PATCH", `/api/notes/${note.id}`, () => new Promise<Response>((resolve) => (answer = resolve)));
    within(conflict).getByRole("button", { name: "Keep mine" }).focus();
    await user.keyboard("{Enter}");
    expect(focused()?.textContent).toBe("Save note");

    const saved = { ...theirNote, body: "First thought and mine", version: 4 };
    notes = [saved];
    answer(json(saved));
    expect(await within(region).findByText("First thought and mine")).toBeTruthy();
    await waitFor(() => expect(focused()?.textContent).toMatch(/^Edit\s*note$/));
  });

  it("an assignment: the focus goes back to the Assigned to list, which stays focusable while it saves", async () => {
    const assigned = { ...claims[0]!, assignee: ed, version: 4 };
    api.on("PUT", /\/assignee$/, () => problem(409, "version_conflict", "Changed.", { current: assigned }));
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(reviewer));
    await user.selectOptions(await screen.findByLabelText("Assigned to"), reviewer.name);
    const conflict = await screen.findByRole("alert", { name: /changed this/ });

    let answer!: (response: Response) => void;
    api.on("PUT", /\/assignee$/, () => new Promise<Response>((resolve) => (answer = resolve)));
    within(conflict).getByRole("button", { name: "Keep mine" }).focus();
    await user.keyboard("{Enter}");
    const list = screen.getByLabelText("Assigned to");
    expect(focused()).toBe(list);
    expect(list.getAttribute("aria-disabled")).toBe("true");

    answer(
      json({ ...assigned, assignee: { id: reviewer.id, name: reviewer.name, email: reviewer.email }, version: 5 }),
    );
    await waitFor(() => expect(list.getAttribute("aria-disabled")).toBe("false"));
    expect(focused()).toBe(list);
  });
});
