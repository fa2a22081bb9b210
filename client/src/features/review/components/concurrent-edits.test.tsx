// @vitest-environment jsdom
// Two people on the same claim: what one of them typed must neither be lost without a word nor be
// blamed on the wrong person when the other changes something underneath.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimWithThread, Source } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  article,
  claim,
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
import { queryKeys } from "../../../lib/query-keys.ts";

const NOW = "2026-03-28T10:00:00.000Z";
const me = { id: reviewer.id, name: reviewer.name, email: reviewer.email };
const ed = { id: editor.id, name: editor.name, email: editor.email };
let api: FakeApi;
let claims: Claim[];
let threads: Map<string, ClaimWithThread>;
let source: Source;

beforeEach(() => {
  claims = makeClaims();
  source = makeSource(claims[0]!.id, { id: uuid(6201) });
  threads = new Map(claims.map((c) => [c.id, withThread(c)]));
  threads.set(claims[0]!.id, withThread(claims[0]!, { sources: [source] }));
  api = reviewServer({ claims: () => claims, users: [reviewer, editor], thread: (id) => threads.get(id) });
});

async function openWorkspace() {
  const user = userEvent.setup();
  const app = renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1 });
  return { user, ...app };
}

const claimOption = (n: number) =>
  within(screen.getByRole("listbox", { name: "Claims" }))
    .getAllByRole("option")
    .find((o) => o.textContent?.includes(`#${n}`))!;

describe("two people on one claim", () => {
  it("saves a verdict without a conflict when the other change did not touch the verdict (an assignment)", async () => {
    // My own earlier verdict, then an editor assigned the claim while I was rewording the rationale.
    const mine = { verdict: "false" as const, rationale: "First pass.", verdictBy: me, verdictAt: NOW };
    claims[0] = { ...claims[0]!, ...mine, reviewState: "verdict_given", version: 2 };
    threads.set(claims[0].id, withThread(claims[0], { sources: [source] }));
    const assigned = { ...claims[0], assignee: ed, version: 3 };
    api.on("PUT", /\/verdict$/, (req) => {
      const body = req.body as { version: number; rationale: string };
      if (body.version !== 3) return problem(409, "version_conflict", "The claim changed.", { current: assigned });
      return json({ ...assigned, rationale: body.rationale, version: 4 });
    });
    const { user } = await openWorkspace();
    await user.click(claimOption(1));
    const rationale = await screen.findByLabelText("Rationale");
    await user.clear(rationale);
    await user.type(rationale, "Second pass, with the census table.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    // Saved over the assignment, and said so.
    await screen.findByText(
      "Saved. Someone had changed another part of this claim (not the verdict); both changes are kept.",
    );
    // No one else's verdict or rationale was at stake, so nothing asked me to choose, and nothing
    // claimed that I had changed it myself.
    expect(screen.queryByRole("alert")).toBeNull();
    expect(api.sent("PUT", /\/verdict$/).map((r) => r.body)).toEqual([
      { version: 2, verdict: "false", rationale: "Second pass, with the census table." },
      { version: 3, verdict: "false", rationale: "Second pass, with the census table." },
    ]);
  });

  it("a source conflict does not blame the person who first added the source", async () => {
    const theirs = { ...source, title: "Table A (revised)", version: 2 };
    api.on("PATCH", `/api/sources/${source.id}`, () =>
      problem(409, "version_conflict", "Changed.", { current: theirs }),
    );
    const { user } = await openWorkspace();
    await user.click(claimOption(1));
    const sources = await screen.findByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Edit\s*source/ }));
    await user.type(within(sources).getByLabelText("Publisher"), "Statistics office");
    await user.click(within(sources).getByRole("button", { name: "Save source" }));

    const conflict = await within(sources).findByRole("alert", { name: /changed this/ });
    // Rita added it; someone else edited it. Naming Rita (who is the one looking) would be wrong.
    expect(conflict.textContent).not.toMatch(/Rita Reviewer changed/);
    expect(within(conflict).getByRole("heading").textContent).toMatch(/Someone else changed this/);
  });

  it("'keep mine' on a source keeps only the fields I changed; the other person's changes stay", async () => {
    const theirs = { ...source, title: "Table A (final)", version: 2 };
    api.on("PATCH", `/api/sources/${source.id}`, (req) => {
      const body = req.body as { version: number };
      if (body.version !== 2) return problem(409, "version_conflict", "Changed.", { current: theirs });
      return json({ ...theirs, ...(req.body as object), version: 3 });
    });
    const { user } = await openWorkspace();
    await user.click(claimOption(1));
    const sources = await screen.findByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Edit\s*source/ }));
    await user.type(within(sources).getByLabelText("Publisher"), "Statistics office");
    await user.click(within(sources).getByRole("button", { name: "Save source" }));

    const conflict = await within(sources).findByRole("alert", { name: /changed this/ });
    // I never touched the title: what "keep mine" would save there is their title.
    const title = within(conflict).getByRole("row", { name: /Title/ });
    expect(title.className).not.toContain("differs");
    expect(title.textContent).not.toContain("Table A—");
    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await vi.waitFor(() => expect(api.sent("PATCH", `/api/sources/${source.id}`)).toHaveLength(2));
    expect(api.sent("PATCH", `/api/sources/${source.id}`)[1]!.body).toMatchObject({
      version: 2,
      title: "Table A (final)",
      publisher: "Statistics office",
    });
  });

  it("'keep mine' on an article keeps only the fields I changed, and never reverts their text", async () => {
    let saved = article();
    const theirs = { ...saved, body: `${saved.body} A new paragraph.`, status: "published" as const, version: 2 };
    api.on("GET", `/api/articles/${ARTICLE_ID}`, () => json(saved));
    api.on("PATCH", `/api/articles/${ARTICLE_ID}`, (req) => {
      const body = req.body as { version: number; title: string };
      if (body.version !== 2) return problem(409, "version_conflict", "The article changed.", { current: theirs });
      saved = { ...theirs, title: body.title, version: 3 };
      return json(saved);
    });
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(editor));
    await user.click(await screen.findByRole("button", { name: "Edit article" }));
    const form = screen.getByRole("form", { name: "Edit article" });
    const title = within(form).getByLabelText("Title");
    await user.clear(title);
    await user.type(title, "My title");
    await user.click(within(form).getByRole("button", { name: "Save article" }));

    const conflict = await within(form).findByRole("alert", { name: /changed this/ });
    expect(within(conflict).getByRole("row", { name: /^Text/ }).className).not.toContain("differs");
    expect(within(conflict).getByRole("row", { name: /^Status/ }).className).not.toContain("differs");
    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await vi.waitFor(() => expect(api.sent("PATCH", `/api/articles/${ARTICLE_ID}`)).toHaveLength(2));
    const resent = api.sent("PATCH", `/api/articles/${ARTICLE_ID}`)[1]!.body as Record<string, unknown>;
    expect(resent).toMatchObject({ version: 2, title: "My title", status: "published" });
    expect(resent).not.toHaveProperty("body");
  });

  it("keeps my source edit when someone removes the source meanwhile, and can add it back as new", async () => {
    api.on("POST", /^\/api\/claims\/[^/]+\/sources$/, (req) =>
      json({ ...source, ...(req.body as object), id: uuid(6202), version: 1 }, 201),
    );
    const { user, client } = await openWorkspace();
    await user.click(claimOption(1));
    const sources = await screen.findByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Edit\s*source/ }));
    await user.type(within(sources).getByLabelText("Excerpt"), "Table 4, row 2");

    // A colleague removes the source; the live update refetches the claim.
    threads.set(claims[0]!.id, withThread(claims[0]!, { sources: [] }));
    await client.invalidateQueries({ queryKey: queryKeys.claim(claims[0]!.id) });

    const gone = await within(sources).findByRole("alert");
    expect(gone.textContent).toMatch(/removed/i);
    expect((within(sources).getByLabelText("Excerpt") as HTMLTextAreaElement).value).toBe("Table 4, row 2");
    await user.click(within(sources).getByRole("button", { name: "Add as a new source" }));
    await vi.waitFor(() => expect(api.sent("POST", /\/sources$/)).toHaveLength(1));
    expect(api.sent("POST", /\/sources$/)[0]!.body).toMatchObject({
      url: source.url,
      title: "Table A",
      excerpt: "Table 4, row 2",
    });
  });

  it("keeps my unsaved verdict when someone merges the claim away, and carries it to the merged claim", async () => {
    const { user, client } = await openWorkspace();
    await user.click(claimOption(3));
    await user.click(await screen.findByRole("radio", { name: /Misleading/ }));
    await user.type(screen.getByLabelText("Rationale"), "The forecast was withdrawn in May.");

    // A colleague merges #2 and #3: #3 is gone, #2 now covers both.
    const merged = claim(2, 17, 137, { kind: "quote", version: 2, needsReReview: false });
    claims = [claims[0]!, merged];
    threads.set(merged.id, withThread(merged));
    await client.invalidateQueries({ queryKey: queryKeys.articleClaims(ARTICLE_ID) });

    const notice = await screen.findByRole("alert");
    expect(notice.textContent).toMatch(/merged claim #3 into claim #2/);
    expect(notice.textContent).toContain("The forecast was withdrawn in May.");
    await user.click(within(notice).getByRole("button", { name: /Open claim #2 with my unsaved verdict/ }));

    await screen.findByRole("heading", { name: /Claim #2/ });
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe(
      "The forecast was withdrawn in May.",
    );
    expect((screen.getByRole("radio", { name: /Misleading/ }) as HTMLInputElement).checked).toBe(true);
    api.on("PUT", /\/verdict$/, (req) => json({ ...merged, ...(req.body as object), version: 3 }));
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await screen.findByText("Saved.");
    expect(api.sent("PUT", /\/verdict$/)[0]!.body).toEqual({
      version: 2,
      verdict: "misleading",
      rationale: "The forecast was withdrawn in May.",
    });
  });

  it("asks before removing a source, and keeps it when told to", async () => {
    api.on("DELETE", `/api/sources/${source.id}`, () => json({ ok: true }));
    const { user } = await openWorkspace();
    await user.click(claimOption(1));
    const sources = await screen.findByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Remove\s*source/ }));
    expect(api.sent("DELETE", `/api/sources/${source.id}`)).toHaveLength(0);
    const ask = within(sources).getByRole("group", { name: /Remove “Table A”\?/ });
    expect(document.activeElement).toBe(within(ask).getByRole("button", { name: "Keep it" }));
    await user.click(within(ask).getByRole("button", { name: "Keep it" }));
    expect(within(sources).queryByRole("group", { name: /Remove/ })).toBeNull();

    await user.click(within(sources).getByRole("button", { name: /^Remove\s*source/ }));
    await user.click(within(sources).getByRole("button", { name: "Yes, remove it" }));
    await vi.waitFor(() => expect(api.sent("DELETE", `/api/sources/${source.id}`)).toHaveLength(1));
  });
});
