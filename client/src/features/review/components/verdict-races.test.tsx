// @vitest-environment jsdom
// A verdict save is repeated by itself when a colleague changed something else on the claim (a
// note, a source, an assignment bumps its version). These are the races around that repeat: it
// must never replace a colleague's verdict or approval unseen, and the reviewer must be told.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, claims as makeClaims, editor, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

const EARLIER = "2026-03-28T09:00:00.000Z";
const LATER = "2026-03-28T10:30:00.000Z";
const me = { id: reviewer.id, name: reviewer.name, email: reviewer.email };
const ed = { id: editor.id, name: editor.name, email: editor.email };
let api: FakeApi;
let claims: Claim[];

beforeEach(() => {
  claims = makeClaims();
  // My verdict, given earlier; I am now rewording its rationale.
  claims[0] = {
    ...claims[0]!,
    verdict: "unverified",
    rationale: "First pass.",
    verdictBy: me,
    verdictAt: EARLIER,
    reviewState: "verdict_given",
    version: 2,
  };
  api = reviewServer({ claims: () => claims, users: [reviewer, editor] });
});

const conflict = (current: Claim, by = ed) =>
  problem(409, "version_conflict", "The claim changed.", {
    current,
    changedBy: { id: by.id, name: by.name },
    changedAt: LATER,
  });

/** The server: refuses any version but the current one, and saves against it. */
function serverAt(current: () => Claim, onSave?: (saved: Claim) => void) {
  api.on("PUT", /\/verdict$/, (req) => {
    const body = req.body as { version: number; verdict: Claim["verdict"]; rationale: string | null };
    const now = current();
    if (body.version !== now.version) return conflict(now);
    const saved: Claim = {
      ...now,
      verdict: body.verdict,
      rationale: body.rationale,
      verdictBy: me,
      verdictAt: LATER,
      approvedBy: null,
      approvedAt: null,
      version: now.version + 1,
    };
    onSave?.(saved);
    return json(saved);
  });
}

async function editRationale(text: string, path = `/articles/${ARTICLE_ID}?claim=${claims[0]!.id}`) {
  const user = userEvent.setup();
  renderApp(path, session(reviewer));
  const rationale = await screen.findByLabelText("Rationale");
  await user.clear(rationale);
  await user.type(rationale, text);
  return user;
}

const puts = () => api.sent("PUT", /\/verdict$/);

describe("verdict saves around a colleague's change", () => {
  it("an unrelated change (a note) is saved over, and the reviewer is told whose change it was", async () => {
    const withNote = { ...claims[0]!, noteCount: 1, version: 3 };
    serverAt(() => withNote);
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    const status = await screen.findByText(/^Saved\./);
    expect(status.textContent).toMatch(
      /Ed Editor had changed another part of this claim .*not the verdict.*both changes are kept/,
    );
    expect(puts().map((r) => (r.body as { version: number }).version)).toEqual([2, 3]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("an approval given meanwhile is not withdrawn unseen: the conflict says saving withdraws it", async () => {
    const approved = { ...claims[0]!, approvedBy: ed, approvedAt: LATER, reviewState: "approved" as const, version: 3 };
    serverAt(() => approved);
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    const notice = await screen.findByRole("alert", { name: /Ed Editor changed this/ });
    expect(puts()).toHaveLength(1);
    const row = within(notice).getByRole("row", { name: /Approval/ });
    expect(row.textContent).toMatch(/Approved by Ed Editor/);
    expect(row.className).toContain("differs");
    await user.click(within(notice).getByRole("button", { name: "Keep mine" }));
    await screen.findByText(/^Saved\./);
    expect(puts().map((r) => (r.body as { version: number }).version)).toEqual([2, 3]);
  });

  it("a colleague who gave the verdict again, in the same words, is not overwritten unseen", async () => {
    const regiven = { ...claims[0]!, verdictBy: ed, verdictAt: LATER, version: 3 };
    serverAt(() => regiven);
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    const notice = await screen.findByRole("alert", { name: /Ed Editor changed this/ });
    expect(within(notice).getByRole("row", { name: /Given by/ }).textContent).toContain("Ed Editor");
    expect(puts()).toHaveLength(1);
  });

  it("a colleague's verdict landing between the refused save and its repeat is shown, not replaced", async () => {
    let now: Claim = { ...claims[0]!, noteCount: 1, version: 3 };
    api.on("PUT", /\/verdict$/, (req) => {
      const sent = (req.body as { version: number }).version;
      // The first answer says "a note was added"; by the repeat, Ed has given his verdict.
      const answer = conflict(now);
      if (sent === 2) now = { ...now, verdict: "false", rationale: "Census says 12%.", verdictBy: ed, version: 4 };
      return answer;
    });
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));

    const notice = await screen.findByRole("alert", { name: /Ed Editor changed this/ });
    expect(within(notice).getByText("Census says 12%.")).toBeTruthy();
    expect(puts().map((r) => (r.body as { version: number }).version)).toEqual([2, 3]);
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Second pass.");
  });

  it("Ctrl+Enter pressed twice saves once, and on an untouched form sends nothing", async () => {
    let now = claims[0]!;
    serverAt(
      () => now,
      (saved) => (now = saved),
    );
    const user = await editRationale("Second pass.");
    await userEvent.setup({ delay: null }).keyboard("{Control>}{Enter}{Enter}{/Control}");
    await screen.findByText(/^Saved\./);
    expect(puts()).toHaveLength(1);

    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(puts()).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("a double click on Save sends one request", async () => {
    let now = claims[0]!;
    serverAt(
      () => now,
      (saved) => (now = saved),
    );
    await editRationale("Second pass.");
    await userEvent.setup({ delay: null }).dblClick(screen.getByRole("button", { name: "Save verdict" }));
    await screen.findByText(/^Saved\./);
    expect(puts()).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("a save that lands after the reviewer moved to another claim leaves no stale draft behind", async () => {
    let answer!: () => void;
    api.on("PUT", /\/verdict$/, (req) => {
      const body = req.body as { rationale: string };
      const saved = { ...claims[0]!, rationale: body.rationale, verdictAt: LATER, version: 3 };
      return new Promise<Response>((resolve) => (answer = () => resolve(json(saved))));
    });
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    const list = screen.getByRole("listbox", { name: "Claims" });
    await user.click(within(list).getAllByRole("option")[2]!);
    await screen.findByRole("heading", { name: /Claim #3/ });
    claims[0] = { ...claims[0]!, rationale: "Second pass.", verdictAt: LATER, version: 3 };
    answer();
    await vi.waitFor(() => expect(sessionStorage.getItem(`claimdesk.draft.verdict:${claims[0]!.id}`)).toBeNull());

    await user.click(within(list).getAllByRole("option")[0]!);
    await screen.findByRole("heading", { name: /Claim #1/ });
    expect(screen.queryByText("Unsaved changes")).toBeNull();
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Second pass.");
  });

  it("what is typed while a save is on its way is kept, based on the version just saved", async () => {
    let answer!: () => void;
    let now = claims[0]!;
    api.on("PUT", /\/verdict$/, (req) => {
      const body = req.body as { version: number; rationale: string };
      if (body.version !== now.version) return conflict(now, reviewer);
      now = { ...now, rationale: body.rationale, verdictAt: LATER, version: now.version + 1 };
      const saved = now;
      return new Promise<Response>((resolve) => (answer = () => resolve(json(saved))));
    });
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await user.type(screen.getByLabelText("Rationale"), " And more.");
    answer();
    await screen.findByRole("button", { name: "Save verdict" });
    expect(screen.getByText("Unsaved changes")).toBeTruthy();
    expect((screen.getByLabelText("Rationale") as HTMLTextAreaElement).value).toBe("Second pass. And more.");

    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await vi.waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1]!.body).toEqual({ version: 3, verdict: "unverified", rationale: "Second pass. And more." });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("what is typed while a save is repeated over a colleague's change is kept, and not sent with it", async () => {
    // Each answer waits for the test, as a real network would: the form renders in between.
    let answer!: () => void;
    let now: Claim = claims[0]!;
    api.on("PUT", /\/verdict$/, (req) => {
      const body = req.body as { version: number; rationale: string };
      let reply: Response;
      if (body.version === 2) {
        // Ed added a note meanwhile: the first save is refused over it.
        now = { ...now, noteCount: 1, version: 3 };
        reply = conflict(now);
      } else if (body.version !== now.version) reply = conflict(now);
      else {
        now = { ...now, rationale: body.rationale, verdictBy: me, verdictAt: LATER, version: now.version + 1 };
        reply = json(now);
      }
      return new Promise<Response>((resolve) => (answer = () => resolve(reply)));
    });
    const rationale = () => (screen.getByLabelText("Rationale") as HTMLTextAreaElement).value;
    const user = await editRationale("Second pass.");
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await user.type(screen.getByLabelText("Rationale"), " And more.");
    answer();

    await vi.waitFor(() => expect(puts()).toHaveLength(2));
    // The repeat sends what was there at the click; what came after stays in the form.
    expect(puts()[1]!.body).toEqual({ version: 3, verdict: "unverified", rationale: "Second pass." });
    expect(rationale()).toBe("Second pass. And more.");
    answer();
    await screen.findByRole("button", { name: "Save verdict" });
    expect(rationale()).toBe("Second pass. And more.");
    expect(screen.getByText("Unsaved changes")).toBeTruthy();

    // Based on the version the repeat saved: saving it again is not a conflict with myself.
    await user.click(screen.getByRole("button", { name: "Save verdict" }));
    await vi.waitFor(() => expect(puts()).toHaveLength(3));
    expect(puts()[2]!.body).toEqual({ version: 4, verdict: "unverified", rationale: "Second pass. And more." });
    answer();
    await screen.findByText(/^Saved\./);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
