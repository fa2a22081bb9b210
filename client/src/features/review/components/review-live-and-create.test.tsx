// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { ARTICLE_ID, BODY, claim, claims as makeClaims, reviewer, session, uuid } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

/** Stands in for the browser's EventSource so a test can push server events. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, (e: MessageEvent<string>) => void>();
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, fn: (e: MessageEvent<string>) => void) {
    this.listeners.set(name, fn);
  }
  removeEventListener(name: string) {
    this.listeners.delete(name);
  }
  close() {}
  emit(name: string, data: unknown) {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
}

let api: FakeApi;
let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  api = reviewServer({ claims: () => claims, users: [reviewer] });
  vi.stubGlobal("EventSource", FakeEventSource);
});

describe("live updates", () => {
  it("says when live updates are lost, and catches up on what was missed once they are back", async () => {
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    const live = FakeEventSource.last!;
    act(() => live.onopen?.());
    expect(screen.queryByText(/Live updates lost/)).toBeNull();

    // The connection drops (a server restart, a network blip); the browser keeps retrying.
    act(() => live.onerror?.());
    expect(screen.getByText(/Live updates lost/).textContent).toMatch(/reconnecting/);

    // Meanwhile someone gave claim #1 a verdict: no event for it ever arrives here.
    claims[0] = { ...claims[0]!, verdict: "misleading", version: 2 };
    const before = api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length;
    act(() => live.onopen?.());
    await waitFor(() => expect(api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length).toBeGreaterThan(before));
    expect(await screen.findAllByText("Misleading")).not.toHaveLength(0);
    expect(screen.queryByText(/Live updates lost/)).toBeNull();
  });

  it("fetches again when the stream first opens: a change made before it opened is not missed", async () => {
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    claims[0] = { ...claims[0]!, verdict: "misleading", version: 2 };
    const before = api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length;
    act(() => FakeEventSource.last!.onopen?.());
    await waitFor(() => expect(api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length).toBeGreaterThan(before));
    expect(await screen.findAllByText("Misleading")).not.toHaveLength(0);
  });

  it("refetches on another person's change and says so discreetly", async () => {
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    expect(FakeEventSource.last!.url).toBe(`/api/articles/${ARTICLE_ID}/events`);
    const before = api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length;

    claims[0] = { ...claims[0]!, verdict: "misleading", version: 2 };
    act(() =>
      FakeEventSource.last!.emit("change", {
        articleId: ARTICLE_ID,
        entityType: "claim",
        entityId: claims[0]!.id,
        claimId: claims[0]!.id,
        action: "claim.verdict",
        actorId: uuid(4242),
        version: 2,
        at: "2026-03-28T11:00:00.000Z",
      }),
    );
    expect(await screen.findByText("Updated by others (1 change)")).toBeTruthy();
    await waitFor(() => expect(api.sent("GET", `/api/articles/${ARTICLE_ID}/claims`).length).toBeGreaterThan(before));
    expect(await screen.findAllByText("Misleading")).not.toHaveLength(0);
  });

  it("after someone revises the article, the open claim shows its new anchor status", async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    await user.keyboard("j");
    await screen.findByRole("heading", { name: /Claim #1/ });
    claims[0] = { ...claims[0]!, anchorStatus: "changed", needsReReview: true, version: 2 };
    act(() =>
      FakeEventSource.last!.emit("change", {
        articleId: ARTICLE_ID,
        entityType: "article",
        entityId: ARTICLE_ID,
        claimId: null,
        action: "article.update",
        actorId: uuid(4242),
        version: 2,
        at: "2026-03-28T11:00:00.000Z",
      }),
    );
    const heading = screen.getByRole("heading", { name: /Claim #1/ });
    await waitFor(() => expect(heading.textContent).toContain("text changed"));
    expect(heading.textContent).toContain("needs re-review");
  });

  it("does not flag the user's own changes as someone else's", async () => {
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    act(() =>
      FakeEventSource.last!.emit("change", {
        articleId: ARTICLE_ID,
        entityType: "claim",
        entityId: "x",
        claimId: null,
        action: "claim.update",
        actorId: reviewer.id,
        version: 2,
        at: "2026-03-28T11:00:00.000Z",
      }),
    );
    expect(screen.queryByText(/Updated by others/)).toBeNull();
  });
});

describe("creating a claim from a selection", () => {
  // "Critics called the figures misleading": plain text between two highlights.
  const start = BODY.indexOf("Critics");
  const end = BODY.indexOf("misleading") + "misleading".length;

  async function selectCritics() {
    const body = await screen.findByRole("document", { name: "Article text" });
    const text = [...body.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes("Critics"))!;
    const textStart = BODY.indexOf(text.textContent!);
    const range = document.createRange();
    range.setStart(text, start - textStart);
    range.setEnd(text, end - textStart);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }

  it("sends the selected words' offsets in the body when c is pressed", async () => {
    const created = claim(4, 52, 89, { origin: "manual" });
    api.on("POST", `/api/articles/${ARTICLE_ID}/claims`, () => json(created, 201));
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await selectCritics();

    await user.keyboard("c");
    await waitFor(() =>
      expect(api.sent("POST", `/api/articles/${ARTICLE_ID}/claims`)[0]?.body).toEqual({ start, end }),
    );
    expect(await screen.findByText(/Claim #4 created/)).toBeTruthy();
  });

  it("says a claim was created once: going away and back to it does not bring the notice back", async () => {
    const created = claim(4, start, end, { origin: "manual" });
    api.on("POST", `/api/articles/${ARTICLE_ID}/claims`, () => {
      claims = [...claims, created];
      return json(created, 201);
    });
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await selectCritics();
    await user.keyboard("c");
    expect(await screen.findByText(/Claim #4 created/)).toBeTruthy();
    await screen.findByRole("heading", { name: /Claim #4/ });

    await user.keyboard("j");
    await screen.findByRole("heading", { name: /Claim #3/ });
    expect(screen.queryByText(/Claim #4 created/)).toBeNull();
    await user.keyboard("k");
    await screen.findByRole("heading", { name: /Claim #4/ });
    expect(screen.queryByText(/Claim #4 created/)).toBeNull();
  });
});
