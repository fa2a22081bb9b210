// @vitest-environment jsdom
// A double click or a second Enter while the first request is on its way must not add a note or a
// source twice; a failed add keeps what was typed; a source the claim already has is named; a note
// whose connection dropped is sent again under its Idempotency-Key, so the server adds it once, and
// so is one the user adds again after the client gave up.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimWithThread, Note, Source } from "@claimdesk/shared";
import { CHANGE_RETRY_DELAYS_MS } from "../../../lib/api-client.ts";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  claims as makeClaims,
  source as makeSource,
  reviewer,
  session,
  withThread,
} from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

let api: FakeApi;
let claims: Claim[];
let thread: ClaimWithThread;
/** Lets the test decide when the server answers. */
let answer: (r: Response) => void;
const slowly = () => new Promise<Response>((resolve) => (answer = resolve));
/**
 * Input events with no pause between them: what a browser busy rendering a long article does with
 * a double click or a key repeat, dispatching both before the page has re-rendered after the first.
 */
const quick = () => userEvent.setup({ delay: null });

const source = (url: string, title: string | null = null): Source => makeSource(claims[0]!.id, { url, title });

beforeEach(() => {
  claims = makeClaims();
  thread = withThread(claims[0]!);
  api = reviewServer({ claims: () => claims, users: [reviewer], thread: () => thread });
});

async function openFirstClaim() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`, session(reviewer));
  await screen.findByLabelText(/Add a note/);
  return user;
}

describe("adding a note", () => {
  it("a double click sends one request, and the button says it is busy", async () => {
    api.on("POST", /\/notes$/, slowly);
    const user = await openFirstClaim();
    await user.type(screen.getByLabelText(/Add a note/), "Called the ministry.");
    await quick().dblClick(screen.getByRole("button", { name: "Add note" }));
    await user.click(await screen.findByRole("button", { name: "Adding…" }));
    expect(api.sent("POST", /\/notes$/)).toHaveLength(1);
    answer(problem(503, "service_unavailable", "The database is not answering."));
    await screen.findByText(/database is not answering/);
  });

  it("Enter twice on the focused button sends one request; a failure keeps the note and the focus", async () => {
    api.on("POST", /\/notes$/, slowly);
    const user = await openFirstClaim();
    await user.type(screen.getByLabelText(/Add a note/), "Called the ministry.");
    await user.tab();
    const button = screen.getByRole("button", { name: "Add note" });
    expect(document.activeElement).toBe(button);
    await quick().keyboard("{Enter}{Enter}");
    expect(api.sent("POST", /\/notes$/)).toHaveLength(1);
    answer(problem(503, "service_unavailable", "The database is not answering."));

    await screen.findByText(/database is not answering/);
    expect((screen.getByLabelText(/Add a note/) as HTMLTextAreaElement).value).toBe("Called the ministry.");
    // Not dropped to the page, where the next key would be taken for a shortcut.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Add note" }));
  });

  it("a dropped connection sends the note again by itself, with the same Idempotency-Key, and shows it once", async () => {
    const note: Note = {
      id: "00000000-0000-4000-8000-000000000001",
      claimId: claims[0]!.id,
      parentId: null,
      author: { id: reviewer.id, name: reviewer.name, email: reviewer.email },
      body: "Called the ministry.",
      version: 1,
      createdAt: "2026-11-30T10:00:00.000Z",
      updatedAt: "2026-11-30T10:00:00.000Z",
    };
    let tries = 0;
    api.on("POST", /\/notes$/, () => {
      // The first answer is lost on the way back: the server may well have added the note.
      if (++tries === 1) throw new TypeError("Failed to fetch");
      thread = { ...thread, notes: [note] };
      return json(note, 201);
    });
    const user = await openFirstClaim();
    await user.type(screen.getByLabelText(/Add a note/), note.body);
    await user.click(screen.getByRole("button", { name: "Add note" }));
    await waitFor(() => expect(api.sent("POST", /\/notes$/)).toHaveLength(2), { timeout: 3000 });
    const keys = api.sent("POST", /\/notes$/).map((r) => r.headers.get("Idempotency-Key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await screen.findAllByText(note.body)).toHaveLength(1);
    expect(screen.queryByText(/Could not reach the server/)).toBeNull();
  });
});

describe("adding a source", () => {
  async function fillSource(user: ReturnType<typeof userEvent.setup>, url: string) {
    await user.click(await screen.findByRole("button", { name: /Add source/ }));
    await user.type(screen.getByLabelText("Web address"), url);
  }

  it("Enter twice in the address sends one request", async () => {
    api.on("POST", /\/sources$/, slowly);
    const user = await openFirstClaim();
    await fillSource(user, "https://stats.example.org/a");
    await quick().keyboard("{Enter}{Enter}");
    await screen.findByRole("button", { name: "Saving…" });
    await user.keyboard("{Enter}");
    expect(api.sent("POST", /\/sources$/)).toHaveLength(1);
    thread = withThread(claims[0]!, { sources: [source("https://stats.example.org/a")] });
    answer(json(thread.sources[0], 201));
    await screen.findByRole("link", { name: "https://stats.example.org/a" });
    expect(api.sent("POST", /\/sources$/)).toHaveLength(1);
  });

  it("a double click on 'Add source' sends one request, and a failure keeps the fields", async () => {
    api.on("POST", /\/sources$/, slowly);
    const user = await openFirstClaim();
    await fillSource(user, "https://stats.example.org/a");
    await user.type(screen.getByLabelText("Title"), "Table A");
    await quick().dblClick(screen.getByRole("button", { name: "Add source" }));
    expect(api.sent("POST", /\/sources$/)).toHaveLength(1);
    answer(problem(503, "service_unavailable", "The database is not answering."));

    await screen.findByText(/database is not answering/);
    expect((screen.getByLabelText("Web address") as HTMLInputElement).value).toBe("https://stats.example.org/a");
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Table A");
  });

  it("a 409 for an address the claim already has names that source and shows it", async () => {
    // A colleague attached the same page a moment ago; this screen has not heard of it yet.
    const theirs = source("https://stats.example.org/a", "Census table A");
    api.on("POST", /\/sources$/, () => {
      thread = withThread(claims[0]!, { sources: [theirs] });
      return problem(409, "conflict", "This claim already has a source with that address.");
    });
    const user = await openFirstClaim();
    await fillSource(user, "https://stats.example.org/a");
    await user.click(screen.getByRole("button", { name: "Add source" }));

    const form = screen.getByRole("form", { name: "Add a source" });
    const message = await within(form).findByRole("alert");
    await vi.waitFor(() => expect(message.textContent).toMatch(/already has this source: “Census table A”/));
    expect(message.textContent).toContain("https://stats.example.org/a");
    // The colleague's source is on screen, and what was typed is still in the form.
    expect(screen.getByRole("link", { name: "Census table A" })).toBeTruthy();
    expect((screen.getByLabelText("Web address") as HTMLInputElement).value).toBe("https://stats.example.org/a");
  });

  it("pressed again after the client gave up, it sends the same Idempotency-Key; a changed source gets a new one", async () => {
    // Unreachable for the first try and both of the client's own retries: the source may have been
    // added all the same, and only its key gets it back instead of a second copy.
    let reachable = false;
    api.on("POST", /\/sources$/, (req) => {
      if (!reachable) throw new TypeError("Failed to fetch");
      const added = source((req.body as { url: string }).url);
      thread = withThread(claims[0]!, { sources: [added] });
      return json(added, 201);
    });
    const sent = () => api.sent("POST", /\/sources$/);
    // The client's pauses between retries pass at once; everything else runs in real time.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout"] });
    try {
      /** Presses "Add source" and lets the client try, retry and give up. */
      const addUnreachable = async (user: ReturnType<typeof userEvent.setup>) => {
        const before = sent().length;
        await user.click(screen.getByRole("button", { name: "Add source" }));
        for (const [retry, delay] of CHANGE_RETRY_DELAYS_MS.entries()) {
          await vi.waitFor(() => expect(sent()).toHaveLength(before + retry + 1));
          await vi.advanceTimersByTimeAsync(delay);
        }
        await screen.findByText(/Could not reach the server/);
        await screen.findByRole("button", { name: "Add source" });
        expect(sent()).toHaveLength(before + 1 + CHANGE_RETRY_DELAYS_MS.length);
      };
      const user = await openFirstClaim();
      await fillSource(user, "https://stats.example.org/a");
      await addUnreachable(user);
      // Another address is another source: a new key, kept while that one fails too.
      await user.clear(screen.getByLabelText("Web address"));
      await user.type(screen.getByLabelText("Web address"), "https://stats.example.org/b");
      await addUnreachable(user);
      // Back to the first address, and the server answers: the first source's key again.
      await user.clear(screen.getByLabelText("Web address"));
      await user.type(screen.getByLabelText("Web address"), "https://stats.example.org/a");
      reachable = true;
      await user.click(screen.getByRole("button", { name: "Add source" }));
      await screen.findByRole("link", { name: "https://stats.example.org/a" });
    } finally {
      vi.useRealTimers();
    }

    const tries = 1 + CHANGE_RETRY_DELAYS_MS.length;
    const keys = sent().map((r) => r.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(2 * tries + 1);
    expect(new Set(keys.slice(0, tries)).size).toBe(1);
    expect(new Set(keys.slice(tries, 2 * tries)).size).toBe(1);
    expect(keys[tries]).not.toBe(keys[0]);
    expect(keys.at(-1)).toBe(keys[0]);
  });
});
