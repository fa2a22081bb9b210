// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { ARTICLE_ID, claims as makeClaims, editor, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  reviewServer({ claims: () => claims, users: [reviewer, editor] });
});

async function openHistory(user: typeof reviewer) {
  const claim = claims[0]!;
  renderApp(`/articles/${ARTICLE_ID}?claim=${claim.id}`, session(user));
  await userEvent.setup().click(await screen.findByText("History"));
  await screen.findByText("No changes recorded yet.");
  return claim;
}

describe("a claim's history", () => {
  it("links an editor to the audit log filtered to this claim", async () => {
    const claim = await openHistory(editor);
    expect(screen.getByRole("link", { name: "This claim in the audit log" }).getAttribute("href")).toBe(
      `/audit?claimId=${claim.id}`,
    );
  });

  it("offers no audit link to a reviewer, who cannot read the audit log", async () => {
    await openHistory(reviewer);
    expect(screen.queryByRole("link", { name: "This claim in the audit log" })).toBeNull();
  });
});
