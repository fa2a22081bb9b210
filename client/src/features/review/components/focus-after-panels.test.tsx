// @vitest-environment jsdom
// When the control a keyboard user pressed goes away with what it closed (a notice about a vanished
// claim, the article editor), the focus goes to what replaced it, not to the top of the page.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { ARTICLE_ID, claim, claims as makeClaims, editor, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  reviewServer({ claims: () => claims, users: [editor] });
});

const panePanel = () => document.querySelector(".panel-pane")!;

describe("focus after a panel closes", () => {
  it("opening the claim a vanished one was merged into puts the focus in the claim panel", async () => {
    const user = userEvent.setup();
    const app = renderApp(`/articles/${ARTICLE_ID}?claim=${claims[2]!.id}`, session(editor));
    await screen.findByRole("heading", { name: /Claim #3/ });
    claims = [claims[0]!, claim(2, 17, 137, { version: 2 })];
    await act(() => app.client.invalidateQueries({ queryKey: queryKeys.articleClaims(ARTICLE_ID) }));
    const notice = await screen.findByRole("alert");
    await user.click(within(notice).getByRole("button", { name: "Open claim #2" }));

    await screen.findByRole("heading", { name: /Claim #2/ });
    await vi.waitFor(() => expect(panePanel().contains(document.activeElement)).toBe(true));
  });

  it("closing a notice about a claim not in the article keeps the focus in the panel", async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}?claim=00000000-0000-4000-8000-00000000dead`, session(editor));
    const notice = await screen.findByRole("status", { name: /not in this article/ });
    await user.click(within(notice).getByRole("button", { name: "Close" }));
    await vi.waitFor(() => expect(panePanel().contains(document.activeElement)).toBe(true));
  });

  it("the article editor opens on its first field, and closing it returns to 'Edit article'", async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(editor));
    await user.click(await screen.findByRole("button", { name: "Edit article" }));
    const form = screen.getByRole("form", { name: "Edit article" });
    expect(document.activeElement).toBe(within(form).getByLabelText("Title"));
    await user.click(within(form).getByRole("button", { name: "Close" }));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit article" })));
  });
});
