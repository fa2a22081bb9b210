// @vitest-environment jsdom
// The selected claim lives in the address (?claim=) and nowhere else: links, reloads, back and
// forward and closing a vanished claim must all agree with what the screen shows.
import { beforeEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { ARTICLE_ID, claim, claims as makeClaims, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  reviewServer({ claims: () => claims, users: [reviewer] });
});

const claimList = () => screen.getByRole("listbox", { name: "Claims" });
const option = (n: number) =>
  within(claimList())
    .getAllByRole("option")
    .find((o) => o.textContent?.includes(`#${n}`))!;
const addressedClaim = (app: ReturnType<typeof renderApp>) =>
  new URLSearchParams(app.router.state.location.search).get("claim");

async function open(path = `/articles/${ARTICLE_ID}`) {
  const user = userEvent.setup();
  const app = renderApp(path, session(reviewer));
  await screen.findByRole("heading", { level: 1 });
  return { user, app };
}

describe("the selected claim is the one in the address", () => {
  it("selecting a claim writes it to the address without adding a history entry per claim", async () => {
    const { user, app } = await open();
    await user.click(option(2));
    expect(addressedClaim(app)).toBe(claims[1]!.id);
    await user.keyboard("j");
    expect(addressedClaim(app)).toBe(claims[2]!.id);
    expect(app.router.state.historyAction).toBe("REPLACE");
  });

  it("a link to another claim of the same article selects it, and back returns to the one before", async () => {
    const { user, app } = await open();
    await user.click(option(1));
    await screen.findByRole("heading", { name: /Claim #1/ });

    await act(() => app.router.navigate(`/articles/${ARTICLE_ID}?claim=${claims[2]!.id}`));
    expect(await screen.findByRole("heading", { name: /Claim #3/ })).toBeTruthy();
    expect(within(option(3)).getByText(/#3/)).toBeTruthy();
    expect(option(3).getAttribute("aria-selected")).toBe("true");

    await act(() => app.router.navigate(-1));
    expect(await screen.findByRole("heading", { name: /Claim #1/ })).toBeTruthy();
    expect(option(1).getAttribute("aria-selected")).toBe("true");

    await act(() => app.router.navigate(1));
    expect(await screen.findByRole("heading", { name: /Claim #3/ })).toBeTruthy();
  });

  it("a verdict key pressed on one claim does not carry over to the claim reached by back", async () => {
    const { user, app } = await open(`/articles/${ARTICLE_ID}?claim=${claims[2]!.id}`);
    await screen.findByRole("heading", { name: /Claim #3/ });
    await act(() => app.router.navigate(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`));
    await screen.findByRole("heading", { name: /Claim #1/ });
    await screen.findByLabelText(/Add a note/);
    await user.keyboard("3");
    expect((screen.getByRole("radio", { name: /Misleading/ }) as HTMLInputElement).checked).toBe(true);

    await act(() => app.router.navigate(-1));
    await screen.findByRole("heading", { name: /Claim #3/ });
    expect((screen.getByRole("radio", { name: /Misleading/ }) as HTMLInputElement).checked).toBe(false);
  });

  it("closing a claim that vanished (merged away by a colleague) clears it from the address", async () => {
    const { user, app } = await open();
    await user.click(option(3));
    await screen.findByRole("heading", { name: /Claim #3/ });

    claims = [claims[0]!, claim(2, 17, 137, { version: 2 })];
    await act(() => app.client.invalidateQueries({ queryKey: queryKeys.articleClaims(ARTICLE_ID) }));
    const notice = await screen.findByRole("alert");
    await user.click(within(notice).getByRole("button", { name: "Close" }));

    expect(screen.queryByRole("alert")).toBeNull();
    expect(addressedClaim(app)).toBeNull();
    expect(screen.getByText(/Select a claim in the text or the list/)).toBeTruthy();
  });

  it("says so when the address names a claim the article does not have", async () => {
    const { user, app } = await open(`/articles/${ARTICLE_ID}?claim=00000000-0000-4000-8000-00000000dead`);
    const notice = await screen.findByRole("status", { name: /not in this article/ });
    await user.click(within(notice).getByRole("button", { name: "Close" }));
    expect(addressedClaim(app)).toBeNull();
  });
});
