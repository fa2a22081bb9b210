// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, BODY, claim, claims as makeClaims, reviewer, session, uuid } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";
import { wordBoundaries } from "./split-points.ts";

let api: FakeApi;
let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  api = reviewServer({ claims: () => claims, users: [reviewer] });
});

const claimList = () => screen.getByRole("listbox", { name: "Claims" });

async function openWorkspace() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1 });
  return user;
}

describe("word boundaries", () => {
  it("cuts after each word but the last", () => {
    expect(wordBoundaries("rose by  40%")).toEqual([4, 7]);
    expect(wordBoundaries("single")).toEqual([]);
  });
});

describe("split and merge", () => {
  it("splits the selected claim at a word boundary chosen with the slider, sending an absolute offset", async () => {
    // Claim #3 is "Officials expect the number to double by 2026." at 91..137.
    api.on("POST", /\/split$/, (req) => {
      const { at } = req.body as { at: number };
      const first = { ...claims[2]!, end: at, quote: BODY.slice(91, at), version: 2 };
      const second = claim(4, at + 1, 137, { id: uuid(404) });
      claims = [claims[0]!, claims[1]!, first, second];
      return json({ items: [first, second] });
    });
    const user = await openWorkspace();
    await user.click(within(claimList()).getAllByRole("option")[2]!);
    await user.click(await screen.findByRole("button", { name: "Split claim" }));
    const slider = screen.getByLabelText(/Split after word/);
    fireEvent.change(slider, { target: { value: "2" } });
    const form = screen.getByRole("form", { name: "Split claim #3" });
    expect(within(form).getByText("Officials expect the")).toBeTruthy();
    expect(within(form).getByText("number to double by 2026.")).toBeTruthy();
    expect(form.textContent).toMatch(/keeps this claim's verdict, sources and notes/);

    await user.click(within(form).getByRole("button", { name: "Split here" }));
    expect(await screen.findByText("Split into claims #3 and #4.")).toBeTruthy();
    const [post] = api.sent("POST", `/api/claims/${claims[2]!.id}/split`);
    expect(post!.body).toEqual({ version: 1, at: 91 + "Officials expect the".length });
    expect(within(claimList()).getAllByRole("option")).toHaveLength(4);
  });

  it("Escape closes the split control and gives the focus back to Split claim, as Cancel does", async () => {
    const user = await openWorkspace();
    await user.click(within(claimList()).getAllByRole("option")[2]!);
    await user.click(await screen.findByRole("button", { name: "Split claim" }));
    expect(document.activeElement).toBe(screen.getByLabelText(/Split after word/));

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form", { name: "Split claim #3" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Split claim" }));

    await user.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: "Split claim #3" });
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Split claim" }));
    expect(api.sent("POST", /\/split$/)).toHaveLength(0);
  });

  it("keeps the focus on Split here while the split is on its way, and Escape does not drop it", async () => {
    let answer!: (response: Response) => void;
    api.on("POST", /\/split$/, () => new Promise<Response>((resolve) => (answer = resolve)));
    const user = await openWorkspace();
    await user.click(within(claimList()).getAllByRole("option")[2]!);
    await user.click(await screen.findByRole("button", { name: "Split claim" }));
    const form = screen.getByRole("form", { name: "Split claim #3" });
    const splitHere = within(form).getByRole("button", { name: "Split here" });
    await user.click(splitHere);
    await user.keyboard("{Escape}");

    const splitting = within(form).getByRole("button", { name: "Splitting…" });
    expect(splitting.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(splitting);
    await user.keyboard("{Enter}");
    expect(api.sent("POST", /\/split$/)).toHaveLength(1);

    const first = { ...claims[2]!, end: 111, quote: BODY.slice(91, 111), version: 2 };
    const second = claim(4, 112, 137, { id: uuid(405) });
    claims = [claims[0]!, claims[1]!, first, second];
    answer(json({ items: [first, second] }));
    expect(await screen.findByText("Split into claims #3 and #4.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Split claim" }));
  });

  it("merges ticked claims, says that sources and notes move, and selects the merged claim", async () => {
    api.on("POST", "/api/claims/merge", () => {
      const merged = { ...claims[0]!, end: 137, version: 2, sourceCount: 2 };
      claims = [merged];
      return json(merged);
    });
    const user = await openWorkspace();
    const options = within(claimList()).getAllByRole("option");
    await user.click(within(options[0]!).getByRole("checkbox", { name: "Choose claim #1 for merging" }));
    // One ticked is not enough; the bar says so and the button waits.
    const bar = screen.getByRole("region", { name: "Merge claims" });
    expect(bar.textContent).toContain("Tick at least one more");
    expect((within(bar).getByRole("button", { name: "Merge 1 claim" }) as HTMLButtonElement).disabled).toBe(true);
    // Shift-click is the other way to choose.
    await user.keyboard("{Shift>}");
    await user.click(within(options[2]!).getByText(/#3/));
    await user.keyboard("{/Shift}");
    expect(bar.textContent).toMatch(/Sources and notes of the others move to the merged claim/);

    await user.click(within(bar).getByRole("button", { name: "Merge 2 claims" }));
    expect(await screen.findByText("Merged into claim #1.")).toBeTruthy();
    const [post] = api.sent("POST", "/api/claims/merge");
    expect(post!.body).toEqual({
      claims: [
        { id: claims[0]!.id, version: 1 },
        { id: makeClaims()[2]!.id, version: 1 },
      ],
    });
    expect(screen.queryByRole("region", { name: "Merge claims" })).toBeNull();
    expect(within(claimList()).getByRole("option", { selected: true }).textContent).toContain("#1");
  });

  it("warns before merging claims that different sources make", async () => {
    claims = makeClaims().map((c, i) => (i === 2 ? { ...c, claimant: "critics" } : c));
    const user = await openWorkspace();
    const options = within(claimList()).getAllByRole("option");
    await user.click(within(options[0]!).getByRole("checkbox", { name: "Choose claim #1 for merging" }));
    const bar = screen.getByRole("region", { name: "Merge claims" });
    expect(within(bar).queryByRole("note")).toBeNull();
    await user.click(within(options[2]!).getByRole("checkbox", { name: "Choose claim #3 for merging" }));
    expect(within(bar).getByRole("note").textContent).toBe(
      "These claims are made by different sources (the ministry; critics). The merged claim is credited to the ministry alone: merge only what one source says.",
    );
  });

  it("on a merge conflict reloads the claims and says to try again", async () => {
    api.on("POST", "/api/claims/merge", () => problem(409, "version_conflict", "Changed.", { current: claims[0] }));
    const user = await openWorkspace();
    const options = within(claimList()).getAllByRole("option");
    await user.click(within(options[0]!).getByRole("checkbox"));
    await user.click(within(options[1]!).getByRole("checkbox"));
    const loads = api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length;
    await user.click(screen.getByRole("button", { name: "Merge 2 claims" }));
    expect(await screen.findByText(/changed meanwhile; the list has been reloaded/)).toBeTruthy();
    await vi.waitFor(() => expect(api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length).toBeGreaterThan(loads));
  });
});
