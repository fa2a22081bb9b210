// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  article,
  claims as makeClaims,
  reviewer,
  session,
  uuid,
  withThread,
} from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const SAM_ID = uuid(8701);
let api: FakeApi;
let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  api = reviewServer({ claims: () => claims, users: [reviewer] });
});

const claimList = () => screen.getByRole("listbox", { name: "Claims" });
const claimOptions = () => within(claimList()).getAllByRole("option");
const selectedClaim = () => within(claimList()).getByRole("option", { selected: true });

async function openWorkspace() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1, name: "Deportations rise" });
  return user;
}

describe("review workspace", () => {
  it("writes the article's details and progress without a stray separator when it has no outlet, author or date", async () => {
    api.on("GET", `/api/articles/${ARTICLE_ID}`, () =>
      json(article({ outlet: null, author: null, publishedOn: null })),
    );
    await openWorkspace();
    const line = screen.getByText(/claims reviewed/);
    expect(line.textContent).toMatch(/^\d+ of \d+ claims reviewed$/);
  });

  it("highlights every claim in the text, overlapping ones included, with a non-colour label", async () => {
    await openWorkspace();
    const body = screen.getByRole("document", { name: "Article text" });
    expect(body.textContent).toBe(article().body);
    const marks = body.querySelectorAll("mark[data-claims]");
    expect([...marks].some((m) => m.getAttribute("data-claims")!.split(" ").length === 2)).toBe(true);
    for (const c of claims)
      expect(body.querySelector(`mark[data-start-of~="${c.id}"]`)?.getAttribute("data-label")).toMatch(`${c.number}`);
  });

  it("selecting a claim in the text selects it in the list", async () => {
    const user = await openWorkspace();
    const mark = screen.getByRole("document").querySelector(`mark[data-start-of~="${claims[2]!.id}"]`)!;
    await user.click(mark);
    const option = selectedClaim();
    expect(option.textContent).toContain("#3");
    expect(screen.getByRole("heading", { name: /Claim #3/ })).toBeTruthy();
  });

  it("sets a verdict with a rationale and sends the version it was based on", async () => {
    api.on("PUT", /\/verdict$/, (req) => {
      const body = req.body as { verdict: string; rationale: string; version: number };
      claims[0] = {
        ...claims[0]!,
        verdict: "false",
        rationale: body.rationale,
        reviewState: "verdict_given",
        version: 2,
      };
      return json(claims[0]);
    });
    const user = await openWorkspace();
    await user.click(claimOptions()[0]!);
    await user.click(await screen.findByRole("radio", { name: /False/ }));
    await user.type(screen.getByLabelText("Rationale"), "Official data shows 12%.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    await screen.findByText("Saved.");
    const [put] = api.sent("PUT", `/api/claims/${claims[0]!.id}/verdict`);
    expect(put!.body).toEqual({ version: 1, verdict: "false", rationale: "Official data shows 12%." });
    expect(put!.headers.get("X-CSRF-Token")).toBe("csrf-test-token");
    expect(within(claimOptions()[0]!).getByText("False")).toBeTruthy();
  });

  it("a session that ends while saving a verdict sends the user to sign in saying it expired", async () => {
    // Once signed out, everything answers 401, the session probe too.
    api.on("PUT", /\/verdict$/, () => problem(401, "unauthenticated", "Sign in first."));
    const user = await openWorkspace();
    await user.click(claimOptions()[0]!);
    await user.click(await screen.findByRole("radio", { name: /Unverified/ }));
    await user.type(screen.getByLabelText("Rationale"), "Typed before the session ended.");
    api
      .on("GET", /^\/api\//, () => problem(401, "unauthenticated", "Sign in first."))
      .on("GET", "/api/auth/session", () => problem(401, "unauthenticated", "Sign in first."));
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    expect(await screen.findByRole("heading", { name: "Sign in to ClaimDesk" })).toBeTruthy();
    expect(await screen.findByText(/session has expired/)).toBeTruthy();

    // Signing in again comes back to the same claim, with what was typed still in the box.
    api
      .on("GET", `/api/articles/${ARTICLE_ID}`, () => json(article()))
      .on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: claims }))
      .on("GET", "/api/users", () => json({ items: [reviewer] }))
      .on("GET", /^\/api\/claims\/[^/]+$/, (req) => json(withThread(claims.find((c) => req.path.endsWith(c.id))!)))
      .on("GET", /^\/api\/claims\/[^/]+\/(history|similar)$/, () => json({ items: [] }))
      .on("GET", "/api/auth/session", () => json(session(reviewer)))
      .on("POST", "/api/auth/login", () => json(session(reviewer)));
    await user.type(screen.getByLabelText("Email"), reviewer.email);
    await user.type(screen.getByLabelText("Password"), "a-password-long-enough");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: /Claim #1/ })).toBeTruthy();
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Typed before the session ended.");
  });

  it("on a version conflict shows both versions and can keep mine, resending with the current version", async () => {
    const theirs = {
      ...claims[0]!,
      verdict: "true" as const,
      rationale: "Matches the census.",
      version: 5,
      verdictBy: { id: SAM_ID, name: "Sam Other", email: "sam@example.org" },
    };
    let attempts = 0;
    api.on("PUT", /\/verdict$/, (req) => {
      attempts++;
      if (attempts === 1)
        return problem(409, "version_conflict", "The claim changed since you loaded it.", {
          current: theirs,
          changedBy: { id: SAM_ID, name: "Sam Other" },
          changedAt: new Date().toISOString(),
        });
      return json({
        ...theirs,
        verdict: "false",
        rationale: (req.body as { rationale: string }).rationale,
        version: 6,
      });
    });
    const user = await openWorkspace();
    await user.click(claimOptions()[0]!);
    await user.click(await screen.findByRole("radio", { name: /False/ }));
    await user.type(screen.getByLabelText("Rationale"), "My reasoning");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    const conflict = await screen.findByRole("alert", {
      name: /^Sam Other changed this at \d\d:\d\d while you were editing$/,
    });
    expect(within(conflict).getByText("My reasoning")).toBeTruthy();
    expect(within(conflict).getByText("Matches the census.")).toBeTruthy();
    // Nothing typed is lost while the conflict is open.
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("My reasoning");

    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await screen.findByText("Saved.");
    const puts = api.sent("PUT", /\/verdict$/);
    expect(puts[1]!.body).toEqual({ version: 5, verdict: "false", rationale: "My reasoning" });
  });

  it("on a version conflict can take the other version instead", async () => {
    const theirs = { ...claims[0]!, verdict: "true" as const, rationale: "Matches the census.", version: 5 };
    api.on("PUT", /\/verdict$/, () => problem(409, "version_conflict", "Changed.", { current: theirs }));
    const user = await openWorkspace();
    await user.click(claimOptions()[0]!);
    await user.type(await screen.findByLabelText("Rationale"), "Mine");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await user.click(await screen.findByRole("button", { name: "Take theirs" }));

    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Matches the census.");
    expect((screen.getByRole("radio", { name: /True/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole("button", { name: "Keep mine" })).toBeNull();
  });

  it("keyboard: j/k move, 1-4 pick a verdict, n focuses the note, ? lists shortcuts, nothing fires while typing", async () => {
    const user = await openWorkspace();
    await user.keyboard("j");
    expect(selectedClaim().textContent).toContain("#1");
    await user.keyboard("j");
    await user.keyboard("j");
    expect(selectedClaim().textContent).toContain("#3");
    await user.keyboard("k");
    expect(selectedClaim().textContent).toContain("#2");

    await screen.findByLabelText(/Add a note/);
    await user.keyboard("3");
    expect((screen.getByRole("radio", { name: /Misleading/ }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText("Rationale"));

    // Typing in the rationale must not trigger shortcuts.
    await user.keyboard("jk1");
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("jk1");
    expect(selectedClaim().textContent).toContain("#2");

    (document.activeElement as HTMLElement).blur();
    await user.keyboard("n");
    expect(document.activeElement).toBe(screen.getByLabelText(/Add a note/));
    expect((document.activeElement as HTMLTextAreaElement).value).toBe("");

    (document.activeElement as HTMLElement).blur();
    await user.keyboard("?");
    const dialog = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    expect(within(dialog).getByText("Next claim")).toBeTruthy();
  });

  it("keeps the shortcut list open with a real modal dialog, under StrictMode as in development", async () => {
    // Chromium's dialog: showModal opens it; close() shuts it and fires "close" a task later.
    const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal(): void; close(): void };
    const restore = { showModal: proto.showModal, close: proto.close };
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute("open", "");
    };
    proto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute("open")) return;
      this.removeAttribute("open");
      setTimeout(() => this.dispatchEvent(new Event("close")));
    };
    try {
      const user = await openWorkspace();
      await user.click(screen.getByRole("button", { name: /Shortcuts/ }));
      await new Promise((r) => setTimeout(r, 20));
      const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
      expect(dialog.hasAttribute("open")).toBe(true);
      await user.click(within(dialog).getByRole("button", { name: "Close" }));
      await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    } finally {
      Object.assign(proto, restore);
    }
  });

  it("finds claims by their words, their claimant or their number", async () => {
    claims[2] = { ...claims[2]!, claimant: "Officials at the interior ministry" };
    const user = await openWorkspace();
    const search = screen.getByRole("searchbox", { name: "Search claims" });
    await user.type(search, "DOUBLE");
    expect(claimOptions().map((o) => o.textContent)).toEqual([expect.stringContaining("#3")]);
    expect(screen.getByRole("heading", { name: /Claims/ }).textContent).toContain("1 of 3");
    await user.clear(search);
    await user.type(search, "interior");
    expect(claimOptions()).toHaveLength(1);
    await user.clear(search);
    await user.type(search, "#2");
    expect(claimOptions().map((o) => o.textContent)).toEqual([expect.stringContaining("#2")]);
    await user.clear(search);
    await user.type(search, "nothing like this");
    expect(screen.getByText("No claims match these filters.")).toBeTruthy();
  });

  it("arrow keys move through the claim list when it has focus", async () => {
    const user = await openWorkspace();
    claimList().focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(selectedClaim().textContent).toContain("#2");
    await user.keyboard("{End}");
    expect(selectedClaim().textContent).toContain("#3");
  });

  it("s opens the source form with the address focused", async () => {
    const user = await openWorkspace();
    await user.keyboard("j");
    await screen.findByRole("button", { name: /Add source/ });
    await user.keyboard("s");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Web address")));
  });
});

describe("checked before", () => {
  const EARLIER_ARTICLE = "00000000-0000-4000-8000-000000009001";
  const EARLIER_CLAIM = "00000000-0000-4000-8000-000000009002";

  it("lists earlier checks of a similar claim with their verdicts, linking to them", async () => {
    api.on("GET", /^\/api\/claims\/[^/]+\/similar$/, (req) =>
      json({
        items: req.path.includes(claims[1]!.id)
          ? [
              {
                id: EARLIER_CLAIM,
                text: "Deportations rose by 40% in 2023",
                verdict: "misleading",
                verdictAt: "2025-01-02T10:00:00.000Z",
                articleId: EARLIER_ARTICLE,
                articleTitle: "Last year's figures",
                sharedWords: 4,
                similarity: 0.5,
              },
            ]
          : [],
      }),
    );
    const user = await openWorkspace();
    await user.keyboard("j");
    await screen.findByRole("heading", { name: /Claim #1/ });
    expect(screen.queryByRole("region", { name: /Checked before/ })).toBeNull();

    await user.keyboard("j");
    const earlier = await screen.findByRole("region", { name: "Checked before (1)" });
    expect(within(earlier).getByText(/Misleading/)).toBeTruthy();
    expect(within(earlier).getByText(/in “Last year's figures” · shares 4 key words \(50%\)/)).toBeTruthy();
    expect(within(earlier).getByRole("link", { name: "Deportations rose by 40% in 2023" }).getAttribute("href")).toBe(
      `/articles/${EARLIER_ARTICLE}?claim=${EARLIER_CLAIM}`,
    );
  });

  it("opens an article on the claim named in the address, scrolled to it in the text", async () => {
    api.on("GET", /^\/api\/claims\/[^/]+\/similar$/, () => json({ items: [] }));
    // jsdom has no scrolling; record what the page asks to bring into view.
    const scrolled: Element[] = [];
    Object.defineProperty(Element.prototype, "scrollIntoView", {
      configurable: true,
      value(this: Element) {
        scrolled.push(this);
      },
    });
    try {
      renderApp(`/articles/${ARTICLE_ID}?claim=${claims[2]!.id}`, session(reviewer));
      expect(await screen.findByRole("heading", { name: /Claim #3/ })).toBeTruthy();
      await waitFor(() =>
        expect(scrolled.some((el) => el.matches(`mark[data-start-of~="${claims[2]!.id}"]`))).toBe(true),
      );
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });
});
