// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim, ClaimWithThread } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, claims as makeClaims, reviewer, session, uuid, withThread } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

let api: FakeApi;
let claims: Claim[];
let thread: ClaimWithThread;

beforeEach(() => {
  claims = makeClaims();
  thread = withThread(claims[0]!, {
    notes: [
      {
        id: uuid(5001),
        claimId: claims[0]!.id,
        parentId: null,
        author: { id: reviewer.id, name: reviewer.name, email: reviewer.email },
        body: "<img src=x onerror=alert(1)> **not bold**",
        version: 1,
        createdAt: "2026-03-28T10:00:00.000Z",
        updatedAt: "2026-03-28T10:00:00.000Z",
      },
    ],
  });
  api = reviewServer({ claims: () => claims, users: [reviewer], thread: () => thread });
});

async function openFirstClaim() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
  await screen.findByRole("heading", { level: 1 });
  await user.keyboard("j");
  await user.click(await screen.findByRole("button", { name: /Add source/ }));
  return user;
}

describe("sources", () => {
  it("explains a bad address next to the field and sends nothing", async () => {
    const user = await openFirstClaim();
    await user.type(screen.getByLabelText("Web address"), "javascript:alert(1)");
    await user.click(screen.getByRole("button", { name: "Add source" }));
    const input = screen.getByLabelText("Web address");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = document.getElementById(input.getAttribute("aria-describedby")!.split(" ").pop()!)!;
    expect(described.textContent).toMatch(/http|web address/i);
    expect(api.sent("POST", /\/sources$/)).toHaveLength(0);
  });

  it("adds a valid source with its stance, and keeps the form when the server refuses", async () => {
    let calls = 0;
    api.on("POST", `/api/claims/${claims[0]!.id}/sources`, (req) => {
      calls++;
      if (calls === 1)
        return problem(422, "validation_failed", "Check the fields.", {
          errors: [{ path: "title", message: "too vague" }],
        });
      const body = req.body as { url: string; stance: "refutes" };
      return json(
        {
          id: uuid(6001),
          claimId: claims[0]!.id,
          url: body.url,
          title: "Stats",
          publisher: null,
          excerpt: null,
          stance: body.stance,
          accessedOn: null,
          addedBy: null,
          version: 1,
          createdAt: "2026-03-28T10:00:00.000Z",
        },
        201,
      );
    });
    const user = await openFirstClaim();
    await user.type(screen.getByLabelText("Web address"), "https://stats.example.org/table");
    await user.selectOptions(screen.getByLabelText("Stance"), "refutes");
    await user.type(screen.getByLabelText("Title"), "Stats");
    await user.click(screen.getByRole("button", { name: "Add source" }));

    // The server's field error sits beside the field; what was typed is still there.
    expect(await screen.findByText("too vague")).toBeTruthy();
    expect((screen.getByLabelText("Web address") as HTMLInputElement).value).toBe("https://stats.example.org/table");

    await user.click(screen.getByRole("button", { name: "Add source" }));
    const posts = api.sent("POST", /\/sources$/);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body).toMatchObject({ url: "https://stats.example.org/table", stance: "refutes", title: "Stats" });
  });

  it("renders notes as plain text, never as markup", async () => {
    await openFirstClaim();
    const notes = screen.getByRole("region", { name: /Notes/ });
    expect(within(notes).getByText("<img src=x onerror=alert(1)> **not bold**")).toBeTruthy();
    expect(notes.querySelector("img")).toBeNull();
  });
});
