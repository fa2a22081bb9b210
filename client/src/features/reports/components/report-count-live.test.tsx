// @vitest-environment jsdom
// The export control reads the review screen's claim list. After an editor ticked one of its
// options, a colleague's change (refetching the list) replaced the whole review screen with
// "Missing queryFn": the control had registered the list's query with no way to fetch it.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Claim } from "@claimdesk/shared";
import { FakeApi, json } from "../../../test/fake-api.ts";
import { ARTICLE_ID, article, claims as makeClaims, editor, session, withThread } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

let claims: Claim[];

beforeEach(() => {
  installDomStubs();
  claims = makeClaims();
  const api = new FakeApi()
    .on("GET", `/api/articles/${ARTICLE_ID}`, () => json(article()))
    .on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: claims }))
    .on("GET", "/api/users", () => json({ items: [editor] }))
    .on("GET", /^\/api\/claims\/[^/]+$/, (req) => json(withThread(claims.find((c) => req.path.endsWith(c.id))!)))
    .on("GET", /^\/api\/claims\/[^/]+\/(history|similar)$/, () => json({ items: [] }));
  vi.stubGlobal("fetch", api.fetch);
});

describe("the report's claim count on the review screen", () => {
  it("survives a colleague's change after an option was ticked, and follows it", async () => {
    const user = userEvent.setup();
    const app = renderApp(`/articles/${ARTICLE_ID}`, session(editor));
    await screen.findByRole("heading", { level: 1 });
    await user.click(screen.getByText("Export report"));
    await user.click(screen.getByLabelText("Include claims not yet reviewed"));
    expect(screen.getByText("This report lists 3 of 3 claims.")).toBeTruthy();

    // A colleague dismisses claim #3; the live event refetches the article and its claims.
    claims[2] = { ...claims[2]!, dismissed: true, version: 2 };
    await act(() => app.client.invalidateQueries({ queryKey: queryKeys.article(ARTICLE_ID) }));

    expect(await screen.findByText("This report lists 2 of 2 claims.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Deportations rise" })).toBeTruthy();
  });
});
