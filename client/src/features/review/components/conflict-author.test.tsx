// @vitest-environment jsdom
// A conflict notice names who made the other version and when, as the server's 409 says (from the
// audit log): "Rob Reviewer changed this at 14:05", "Someone else" when unknown, and the user's own
// change from another tab as theirs, never as someone else's.
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimWithThread, Source, User } from "@claimdesk/shared";
import { FakeApi, problem } from "../../../test/fake-api.ts";
import {
  ARTICLE_ID,
  article,
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
import { conflictHeadline } from "../../../lib/conflict-author.ts";
import { ApiError } from "../../../lib/api-error.ts";

const rob: User = { ...reviewer, id: uuid(8801), name: "Rob Reviewer", email: "rob@example.org" };
/** Today at 14:05 in the browser's time zone, as the server would send it. */
const at1405 = () => {
  const d = new Date();
  d.setHours(14, 5, 0, 0);
  return d.toISOString();
};

let api: FakeApi;
let claims: Claim[];
let thread: ClaimWithThread;
let source: Source;

beforeEach(() => {
  claims = makeClaims();
  source = makeSource(claims[0]!.id, { id: uuid(8901) });
  thread = withThread(claims[0]!, { sources: [source] });
  api = reviewServer({ claims: () => claims, users: [reviewer, editor, rob], thread: () => thread });
});

async function openFirstClaim(as: User = reviewer) {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(as));
  await screen.findByRole("heading", { level: 1 });
  await user.keyboard("j");
  await screen.findByRole("region", { name: /Sources/ });
  return user;
}

async function saveStaleVerdict(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("radio", { name: /False/ }));
  await user.type(screen.getByLabelText("Rationale"), "My reasoning");
  await user.click(screen.getByRole("button", { name: "Save verdict" }));
}

describe("who changed it, in the conflict notice", () => {
  it("names the colleague and the time the server gives", async () => {
    const theirs = { ...claims[0]!, verdict: "true" as const, rationale: "Matches the census.", version: 5 };
    api.on("PUT", /\/verdict$/, () =>
      problem(409, "version_conflict", "Changed.", {
        current: theirs,
        changedBy: { id: rob.id, name: rob.name },
        changedAt: at1405(),
      }),
    );
    const user = await openFirstClaim();
    await saveStaleVerdict(user);

    const conflict = await screen.findByRole("alert", {
      name: "Rob Reviewer changed this at 14:05 while you were editing",
    });
    expect(within(conflict).getByText("Matches the census.")).toBeTruthy();
  });

  it("says the user's own change came from another tab, not from someone else", async () => {
    const theirs = { ...source, title: "Table A (from my other tab)", version: 2 };
    api.on("PATCH", `/api/sources/${source.id}`, () =>
      problem(409, "version_conflict", "Changed.", {
        current: theirs,
        changedBy: { id: reviewer.id, name: reviewer.name },
        changedAt: at1405(),
      }),
    );
    const user = await openFirstClaim();
    const sources = screen.getByRole("region", { name: /Sources/ });
    await user.click(within(sources).getByRole("button", { name: /^Edit\s*source/ }));
    await user.type(within(sources).getByLabelText("Publisher"), "Statistics office");
    await user.click(within(sources).getByRole("button", { name: "Save source" }));

    const conflict = await within(sources).findByRole("alert", {
      name: "You changed this in another tab or window at 14:05",
    });
    expect(conflict.textContent).not.toMatch(/Rita Reviewer changed|Someone else/);
  });

  it("says someone else when the server does not know who, even if the verdict has an author", async () => {
    const theirs = {
      ...claims[0]!,
      verdict: "true" as const,
      rationale: "Matches the census.",
      verdictBy: { id: rob.id, name: rob.name, email: rob.email },
      version: 5,
    };
    api.on("PUT", /\/verdict$/, () =>
      problem(409, "version_conflict", "Changed.", { current: theirs, changedBy: null, changedAt: null }),
    );
    const user = await openFirstClaim();
    await saveStaleVerdict(user);

    await screen.findByRole("alert", { name: "Someone else changed this while you were editing" });
  });

  it("names the editor on an article conflict", async () => {
    const saved = article();
    const theirs = { ...saved, title: "Their title", version: 4 };
    api.on("PATCH", `/api/articles/${ARTICLE_ID}`, () =>
      problem(409, "version_conflict", "The article changed.", {
        current: theirs,
        changedBy: { id: rob.id, name: "Olga Other" },
        changedAt: at1405(),
      }),
    );
    const user = userEvent.setup();
    renderApp(`/articles/${ARTICLE_ID}`, session(editor));
    await user.click(await screen.findByRole("button", { name: "Edit article" }));
    const form = screen.getByRole("form", { name: "Edit article" });
    await user.type(within(form).getByLabelText("Title"), " (mine)");
    await user.click(within(form).getByRole("button", { name: "Save article" }));

    await within(form).findByRole("alert", { name: "Olga Other changed this at 14:05 while you were editing" });
  });
});

describe("conflictHeadline", () => {
  const conflict = (changedBy?: { id: string; name: string } | null, changedAt?: string | null) =>
    new ApiError({
      status: 409,
      code: "version_conflict",
      title: "version conflict",
      detail: "",
      changedBy,
      changedAt,
    });

  it("gives the day too when the change was not today", () => {
    const now = new Date(2026, 10, 29, 9, 0);
    const yesterday = new Date(2026, 10, 28, 14, 5).toISOString();
    expect(conflictHeadline(conflict({ id: rob.id, name: rob.name }, yesterday), reviewer.id, null, now)).toMatch(
      /^Rob Reviewer changed this on .+ at 14:05 while you were editing$/,
    );
  });

  it("falls back to the given author only when the server did not say (an older server)", () => {
    const fallback = { id: rob.id, name: rob.name };
    expect(conflictHeadline(conflict(), reviewer.id, fallback)).toBe(
      "Rob Reviewer changed this while you were editing",
    );
    expect(conflictHeadline(conflict(null, null), reviewer.id, fallback)).toBe(
      "Someone else changed this while you were editing",
    );
    expect(conflictHeadline(conflict(), reviewer.id, { id: reviewer.id, name: reviewer.name })).toBe(
      "You changed this in another tab or window",
    );
  });
});
