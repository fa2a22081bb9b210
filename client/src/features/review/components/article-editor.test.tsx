// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Article, Claim } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, BODY, article, claims as makeClaims, editor, reviewer, session } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { reviewServer } from "./review-test-api.ts";

let api: FakeApi;
let claims: Claim[];
let saved: Article;

beforeEach(() => {
  claims = makeClaims();
  saved = article();
  api = reviewServer({ claims: () => claims, users: [reviewer, editor], article: () => saved });
});

async function openEditor() {
  const user = userEvent.setup();
  renderApp(`/articles/${ARTICLE_ID}`, session(editor));
  await user.click(await screen.findByRole("button", { name: "Edit article" }));
  return { user, form: screen.getByRole("form", { name: "Edit article" }) };
}

const claimList = () => screen.getByRole("listbox", { name: "Claims" });

describe("article editing", () => {
  it("is not offered to reviewers", async () => {
    renderApp(`/articles/${ARTICLE_ID}`, session(reviewer));
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("button", { name: "Edit article" })).toBeNull();
  });

  it("saves details, status and a revised text, then shows where the claims went", async () => {
    const revised = BODY.replace("40%", "45%");
    api.on("PATCH", `/api/articles/${ARTICLE_ID}`, (req) => {
      const body = req.body as { title: string; body: string };
      saved = { ...saved, title: body.title, body: body.body, status: "published", version: 2 };
      // The server re-anchors: claim 1 contained "40%", so its text changed after a verdict.
      // It also extracts claims from text the revision added: one here.
      claims = [
        { ...claims[0]!, anchorStatus: "changed", needsReReview: true, version: 2 },
        { ...claims[1]!, anchorStatus: "changed", version: 2 },
        claims[2]!,
        { ...claims[2]!, id: "00000000-0000-4000-8000-0000000000ad", verdict: null },
      ];
      return json(saved);
    });
    const { user, form } = await openEditor();
    const title = within(form).getByLabelText("Title");
    await user.clear(title);
    await user.type(title, "Deportations rise, revised");
    await user.selectOptions(within(form).getByLabelText("Status"), "Published");
    const text = within(form).getByLabelText("Body text");
    await user.clear(text);
    await user.click(text);
    await user.paste(revised);
    await user.click(within(form).getByRole("button", { name: "Save article" }));

    const summary = await screen.findByText(/Text revised\. Of 3 claims: 1 in place, 0 moved, 2 with text changed/);
    expect(summary.textContent).toContain("1 new claim from the added text; 1 claim needs re-review");
    expect(screen.queryByRole("form", { name: "Edit article" })).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Deportations rise, revised");
    const [patch] = api.sent("PATCH", `/api/articles/${ARTICLE_ID}`);
    expect(patch!.body).toEqual({
      version: 1,
      title: "Deportations rise, revised",
      outlet: "The Daily",
      author: null,
      url: null,
      publishedOn: "2025-03-28",
      status: "published",
      body: revised,
      format: "text",
    });
    const first = within(claimList()).getAllByRole("option")[0]!;
    expect(within(first).getByText("text changed")).toBeTruthy();
    expect(within(first).getByText("needs re-review")).toBeTruthy();
  });

  it("sends no text when only the details changed, and explains a bad address beside the field", async () => {
    api.on("PATCH", `/api/articles/${ARTICLE_ID}`, () => json({ ...saved, outlet: "The Weekly", version: 2 }));
    const { user, form } = await openEditor();
    await user.type(within(form).getByLabelText("Web address"), "ftp://example.org");
    await user.click(within(form).getByRole("button", { name: "Save article" }));
    const url = within(form).getByLabelText("Web address");
    expect(url.getAttribute("aria-invalid")).toBe("true");
    expect(api.sent("PATCH", `/api/articles/${ARTICLE_ID}`)).toHaveLength(0);

    await user.clear(url);
    await user.clear(within(form).getByLabelText("Outlet"));
    await user.type(within(form).getByLabelText("Outlet"), "The Weekly");
    await user.click(within(form).getByRole("button", { name: "Save article" }));
    expect(await screen.findByText("Article details saved.")).toBeTruthy();
    const [patch] = api.sent("PATCH", `/api/articles/${ARTICLE_ID}`);
    expect(patch!.body).not.toHaveProperty("body");
    expect(patch!.body).toMatchObject({ outlet: "The Weekly", url: null });
  });

  it("on a version conflict shows both versions, keeps the typed text, and keep mine resends", async () => {
    const theirs = { ...saved, title: "Their title", version: 4 };
    api.on("PATCH", `/api/articles/${ARTICLE_ID}`, (req) => {
      const body = req.body as { version: number; title: string };
      if (body.version !== 4) return problem(409, "version_conflict", "The article changed.", { current: theirs });
      saved = { ...theirs, title: body.title, version: 5 };
      return json(saved);
    });
    const { user, form } = await openEditor();
    const title = within(form).getByLabelText("Title");
    await user.clear(title);
    await user.type(title, "My title");
    await user.click(within(form).getByRole("button", { name: "Save article" }));

    const conflict = await within(form).findByRole("alert", { name: /changed this while you were editing/ });
    const row = within(conflict).getByRole("row", { name: /^Title/ });
    expect(row.textContent).toContain("My title");
    expect(row.textContent).toContain("Their title");
    expect((within(form).getByLabelText("Title") as HTMLInputElement).value).toBe("My title");

    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    expect(await screen.findByText("Article details saved.")).toBeTruthy();
    expect(
      api.sent("PATCH", `/api/articles/${ARTICLE_ID}`).map((r) => (r.body as { version: number }).version),
    ).toEqual([1, 4]);
  });
});
