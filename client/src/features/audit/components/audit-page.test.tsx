// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { User } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { editor, reviewer, session, uuid } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

const actor = { id: editor.id, name: editor.name, email: editor.email };
const claimId = "00000000-0000-4000-8000-0000000000c1";
const events = [
  {
    seq: "2",
    occurredAt: "2026-01-01T10:30:00.000Z",
    actor,
    action: "claim.verdict",
    entityType: "claim",
    entityId: claimId,
    articleId: null,
    claimId,
    before: { verdict: null, createdAt: "2026-01-01T10:00:00.000Z" },
    after: { verdict: "false" },
    requestId: null,
    hash: "b",
    articleTitle: null,
    claimExcerpt: null,
  },
  {
    seq: "1",
    occurredAt: "2026-01-01T10:10:00.000Z",
    actor,
    action: "report.export",
    entityType: "report",
    entityId: "r",
    articleId: null,
    claimId: null,
    before: null,
    after: { format: "pdf" },
    requestId: null,
    hash: "a",
    articleTitle: null,
    claimExcerpt: null,
  },
];

const admin: User = { ...editor, id: uuid(9003), email: "ada@example.org", name: "Ada Admin", role: "admin" };

let api: FakeApi;
beforeEach(() => {
  installDomStubs();
  api = new FakeApi()
    .on("GET", "/api/audit", () => json({ items: events, nextCursor: null }))
    .on("GET", "/api/users", () => json({ items: [editor, reviewer, admin] }));
  vi.stubGlobal("fetch", api.fetch);
});

describe("audit view", () => {
  it("lists events with what changed and summarises each reviewer", async () => {
    renderApp("/audit", session(editor));
    expect(await screen.findByText("claim.verdict")).toBeTruthy();
    expect(screen.getByText(/verdict: — → false/)).toBeTruthy();
    const row = within(screen.getByRole("table")).getByRole("row", { name: /Ed Editor/ });
    expect(row.textContent).toContain("30 min");
  });

  it("links each event to the article and claim it concerns, and names people instead of their ids", async () => {
    const articleId = "00000000-0000-4000-8000-0000000000a1";
    api.on("GET", "/api/audit", () =>
      json({
        items: [
          {
            ...events[0]!,
            seq: "4",
            action: "claim.assign",
            articleId,
            before: { assigneeId: null },
            after: { assigneeId: reviewer.id },
          },
          { ...events[1]!, seq: "3", articleId },
        ],
        nextCursor: null,
      }),
    );
    renderApp("/audit", session(editor));
    const assign = (await screen.findByText("claim.assign")).closest("li")!;
    expect(within(assign).getByRole("link", { name: /claim/ }).getAttribute("href")).toBe(
      `/articles/${articleId}?claim=${claimId}`,
    );
    expect(assign.textContent).toContain("assigneeId: — → Rita Reviewer");
    const exported = screen.getByText("report.export").closest("li")!;
    expect(
      within(exported)
        .getByRole("link", { name: /article/ })
        .getAttribute("href"),
    ).toBe(`/articles/${articleId}`);
  });

  it("quotes the claim and names the article an event concerns, linking to the claim in the review view", async () => {
    const articleId = "00000000-0000-4000-8000-0000000000a1";
    const keptId = "00000000-0000-4000-8000-0000000000c2";
    const excerpt = "The ministry said deportations rose by 40% in 2024, the largest rise since records began in…";
    api.on("GET", "/api/audit", () =>
      json({
        items: [
          { ...events[0]!, seq: "9", articleId, articleTitle: "Deportations rise", claimExcerpt: excerpt },
          {
            ...events[0]!,
            seq: "8",
            action: "claim.merge_away",
            articleId,
            after: { mergedInto: keptId },
            articleTitle: "Deportations rise",
            claimExcerpt: "Critics called the figures misleading.",
          },
          { ...events[1]!, seq: "7", articleId, articleTitle: "Deportations rise" },
        ],
        nextCursor: null,
      }),
    );
    renderApp("/audit", session(editor));
    const verdict = (await screen.findByText("claim.verdict")).closest("li")!;
    const claim = within(verdict).getByRole("link", { name: `“${excerpt}”` });
    expect(claim.getAttribute("href")).toBe(`/articles/${articleId}?claim=${claimId}`);
    // The id stays at hand for matching the feed against the CSV export.
    expect(claim.getAttribute("title")).toBe(`Claim ${claimId}`);
    const article = within(verdict).getByRole("link", { name: "Deportations rise" });
    expect(article.getAttribute("href")).toBe(`/articles/${articleId}`);
    expect(article.getAttribute("title")).toBe(`Article ${articleId}`);
    expect(verdict.textContent).not.toContain(claimId);

    // A claim merged away is quoted as it was; the link goes to the claim it became.
    const away = screen.getByText("claim.merge_away").closest("li")!;
    expect(within(away).getByText("“Critics called the figures misleading.”").getAttribute("title")).toBe(
      `Claim ${claimId}`,
    );
    expect(within(away).getByRole("link", { name: "Open the claim it became" }).getAttribute("href")).toBe(
      `/articles/${articleId}?claim=${keptId}`,
    );

    const exported = screen.getByText("report.export").closest("li")!;
    expect(within(exported).getByRole("link", { name: "Deportations rise" }).getAttribute("href")).toBe(
      `/articles/${articleId}`,
    );
  });

  it("offers the recorded actions by name in the Action filter, and puts the choice in the address", async () => {
    const user = userEvent.setup();
    const app = renderApp("/audit", session(editor));
    const action = await screen.findByLabelText("Action");
    // A list, not a text box: a typo could filter everything away without a word.
    expect(action.tagName).toBe("SELECT");
    const options = within(action).getAllByRole("option");
    expect(options[0]!.textContent).toBe("Any action");
    expect(options.map((o) => o.textContent)).toEqual(expect.arrayContaining(["Verdict changed", "Report exported"]));
    expect(within(action).getByRole("group", { name: "Claims" })).toBeTruthy();

    await user.selectOptions(action, "Report exported");
    await vi.waitFor(() => expect(api.requests.at(-1)!.query.get("action")).toBe("report.export"));
    expect(app.router.state.location.search).toBe("?action=report.export");

    // Back to the first query, which the test's cache still holds: nothing new is asked for.
    await user.selectOptions(action, "Any action");
    expect(app.router.state.location.search).toBe("");
    expect((action as HTMLSelectElement).value).toBe("");
  });

  it("takes the action from a shared link, showing one the list lacks instead of hiding it", async () => {
    const app = renderApp(`/audit?action=claim.verdict&claimId=${claimId}`, session(editor));
    const action = (await screen.findByLabelText("Action")) as HTMLSelectElement;
    await screen.findByText("claim.verdict");
    expect(action.selectedOptions[0]!.textContent).toBe("Verdict changed");
    expect(api.sent("GET", "/api/audit").at(-1)!.query.get("action")).toBe("claim.verdict");
    expect(api.sent("GET", "/api/audit").at(-1)!.query.get("claimId")).toBe(claimId);
    app.unmount();

    renderApp("/audit?action=claim.*", session(editor));
    const family = (await screen.findByLabelText("Action")) as HTMLSelectElement;
    expect(family.value).toBe("claim.*");
    expect(family.selectedOptions[0]!.textContent).toBe("claim.*");
    await vi.waitFor(() => expect(api.sent("GET", "/api/audit").at(-1)!.query.get("action")).toBe("claim.*"));
  });

  it("names each event's action in words, keeping the recorded action beside it", async () => {
    renderApp("/audit", session(editor));
    const verdict = (await screen.findByText("claim.verdict")).closest("li")!;
    expect(verdict.firstElementChild!.textContent).toMatch(/^Ed Editor Verdict changed claim\.verdict/);
  });

  it("keeps working when a date filter holds a year the browser accepts but Date cannot (20261)", async () => {
    renderApp("/audit", session(editor));
    const from = await screen.findByLabelText(/^From/);
    await screen.findByText("claim.verdict");
    // A date field takes up to six year digits as they are typed; fireEvent sets such a value at once.
    fireEvent.change(from, { target: { value: "20261-01-01" } });
    expect(screen.getByRole("heading", { name: "Audit" })).toBeTruthy();
    expect(screen.getByText("claim.verdict")).toBeTruthy();
    expect(api.requests.every((r) => !r.query.has("from"))).toBe(true);

    fireEvent.change(from, { target: { value: "2026-01-01" } });
    await vi.waitFor(() => expect(api.requests.at(-1)!.query.get("from")).toMatch(/^2025-12-31T|^2026-01-01T/));
  });

  it("offers every account in the Person filter, not only people in the loaded events", async () => {
    const user = userEvent.setup();
    renderApp("/audit", session(editor));
    const person = await screen.findByLabelText("Person");
    await screen.findByRole("option", { name: "Rita Reviewer" });
    await user.selectOptions(person, "Rita Reviewer");
    await vi.waitFor(() => expect(api.requests.at(-1)!.query.get("actorId")).toBe(reviewer.id));
  });

  it("hides chain verification from editors", async () => {
    renderApp("/audit", session(editor));
    await screen.findByText("claim.verdict");
    expect(screen.queryByRole("button", { name: "Verify audit chain" })).toBeNull();
  });

  it("lets an admin verify the chain and names the first broken link", async () => {
    let answer = { ok: true, checked: 42, firstBroken: null as null | { seq: string; reason: string } };
    api.on("GET", "/api/audit/verify", () => json(answer));
    const user = userEvent.setup();
    renderApp("/audit", session(admin));
    await user.click(await screen.findByRole("button", { name: "Verify audit chain" }));
    expect(await screen.findByText("Chain intact: 42 events checked.")).toBeTruthy();

    answer = { ok: false, checked: 17, firstBroken: { seq: "17", reason: "hash does not match the event" } };
    await user.click(screen.getByRole("button", { name: "Verify audit chain" }));
    expect(await screen.findByText(/first broken link is event #17 \(hash does not match the event\)/)).toBeTruthy();
    expect(api.sent("GET", "/api/audit/verify")).toHaveLength(2);
  });

  it("narrows to one claim from the address or from an event, and exports just that", async () => {
    const user = userEvent.setup();
    renderApp(`/audit?claimId=${claimId}`, session(editor));
    await screen.findByText("claim.verdict");
    expect(api.sent("GET", "/api/audit").at(-1)!.query.get("claimId")).toBe(claimId);
    expect(screen.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toContain(`claimId=${claimId}`);
    expect(screen.getByText(/Showing only the events of claim/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Show every claim" }));
    await vi.waitFor(() => expect(api.sent("GET", "/api/audit").at(-1)!.query.has("claimId")).toBe(false));
    await user.click((await screen.findAllByRole("button", { name: "Only this claim's events" }))[0]!);
    // Back to the first query, which the test's cache still holds: the address and export show it.
    expect(await screen.findByText(/Showing only the events of claim/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toContain(`claimId=${claimId}`);
  });

  it("names the reader's time zone on every time and on the date filters", async () => {
    renderApp("/audit", session(editor));
    const time = (await screen.findByText("claim.verdict")).closest("li")!.querySelector("time")!;
    const zoneName = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" })
      .formatToParts(new Date(events[0]!.occurredAt))
      .find((part) => part.type === "timeZoneName")!.value;
    expect(time.textContent).toContain(zoneName);
    expect(time.getAttribute("title")).toBe("2026-01-01T10:30:00.000Z");
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByLabelText(new RegExp(`^From \\(${zone.replace("+", "\\+")}\\)`))).toBeTruthy();
  });

  it("shows every field a merge changed, and links a merged-away claim to the one it became", async () => {
    const articleId = "00000000-0000-4000-8000-0000000000a1";
    const keptId = "00000000-0000-4000-8000-0000000000c2";
    const claim = { start: 0, end: 10, quote: "q", text: "q", verdict: null, rationale: null, approved: false };
    api.on("GET", "/api/audit", () =>
      json({
        items: [
          {
            ...events[0]!,
            seq: "6",
            action: "claim.merge",
            entityId: keptId,
            claimId: keptId,
            articleId,
            before: claim,
            after: {
              ...claim,
              start: 5,
              end: 40,
              quote: "q and r",
              text: "q and r",
              verdict: "false",
              rationale: "r",
              approved: true,
              needsReReview: true,
              mergedFrom: [claimId],
            },
          },
          {
            ...events[0]!,
            seq: "5",
            action: "claim.merge_away",
            articleId,
            before: claim,
            after: { mergedInto: keptId },
          },
        ],
        nextCursor: null,
      }),
    );
    renderApp("/audit", session(editor));
    const merge = (await screen.findByText("claim.merge")).closest("li")!;
    expect(within(merge).getAllByRole("listitem")).toHaveLength(9);
    expect(merge.textContent).toContain(`mergedFrom: — → ["${claimId}"]`);
    const away = screen.getByText("claim.merge_away").closest("li")!;
    expect(within(away).getByRole("link", { name: "Open the claim it became" }).getAttribute("href")).toBe(
      `/articles/${articleId}?claim=${keptId}`,
    );
  });

  it("names whose account an account change was", async () => {
    api.on("GET", "/api/audit", () =>
      json({
        items: [
          {
            ...events[1]!,
            seq: "7",
            actor: { id: admin.id, name: admin.name, email: admin.email },
            action: "user.update",
            entityType: "user",
            entityId: reviewer.id,
            before: { name: reviewer.name, role: "reviewer" },
            after: { name: reviewer.name, role: "editor" },
          },
        ],
        nextCursor: null,
      }),
    );
    renderApp("/audit", session(admin));
    const change = (await screen.findByText("user.update")).closest("li")!;
    await vi.waitFor(() => expect(change.firstElementChild!.textContent).toContain("Account changed: Rita Reviewer"));
    expect(change.textContent).toContain("role: reviewer → editor");
  });
});
