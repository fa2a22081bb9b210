// @vitest-environment jsdom
// Approve, dismiss and restore from the keyboard: the focus must not fall to the page when the
// button that was pressed goes away, and a double press must not send the action twice.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { ARTICLE_ID, claims as makeClaims, editor, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const LATER = "2026-03-28T10:30:00.000Z";
const ed = { id: editor.id, name: editor.name, email: editor.email };
let api: FakeApi;
let claims: Claim[];
let answer: (r: Response) => void;

beforeEach(() => {
  claims = makeClaims();
  claims[0] = {
    ...claims[0]!,
    verdict: "unverified",
    rationale: "Not settled.",
    verdictBy: ed,
    verdictAt: LATER,
    reviewState: "verdict_given",
    version: 2,
  };
  api = reviewServer({ claims: () => claims, users: [editor] });
  api.on("POST", /\/approve$/, () => new Promise<Response>((resolve) => (answer = resolve)));
});

describe("claim actions", () => {
  it("approving from the keyboard sends once and leaves the focus on the approval, not the page", async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(editor));
    const approve = await screen.findByRole("button", { name: "Approve verdict" });
    approve.focus();
    await userEvent.setup({ delay: null }).keyboard("{Enter}{Enter}");
    expect(api.sent("POST", /\/approve$/)).toHaveLength(1);
    // While the request is on its way the button keeps the focus.
    expect(document.activeElement).toBe(approve);

    claims[0] = { ...claims[0]!, reviewState: "approved", approvedBy: ed, approvedAt: LATER, version: 3 };
    answer(json(claims[0]));
    const approved = await screen.findByText("Approved by Ed Editor");
    await vi.waitFor(() => expect(document.activeElement).toBe(approved));
    await user.keyboard("{Tab}");
    expect(document.activeElement).not.toBe(document.body);
  });
});
