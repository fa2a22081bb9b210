// @vitest-environment jsdom
// A session that ends while a report is being downloaded is handled as everywhere else in the
// client: straight to sign in, saying it expired, and back to the same claim afterwards. The
// download once kept its own message for it instead.
import { beforeEach, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, article, claims as makeClaims, editor, session, withThread } from "../../../test/fixtures.ts";
import { renderApp } from "../../../test/render-app.tsx";
import { installDomStubs } from "../../../test/setup-dom.ts";

const REPORT = `/api/articles/${ARTICLE_ID}/report`;
let api: FakeApi;

beforeEach(() => {
  installDomStubs();
  const claims = makeClaims();
  api = new FakeApi()
    .on("GET", `/api/articles/${ARTICLE_ID}`, () => json(article()))
    .on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: claims }))
    .on("GET", "/api/users", () => json({ items: [editor] }))
    .on("GET", /^\/api\/claims\/[^/]+$/, (req) => json(withThread(claims.find((c) => req.path.endsWith(c.id))!)))
    .on("GET", /^\/api\/claims\/[^/]+\/(history|similar)$/, () => json({ items: [] }));
  vi.stubGlobal("fetch", api.fetch);
});

it("sends the editor to sign in, saying the session expired, with the way back to the claim", async () => {
  const claimId = makeClaims()[0]!.id;
  const { router } = renderApp(`/articles/${ARTICLE_ID}?claim=${claimId}`, session(editor));
  await screen.findByRole("heading", { level: 1, name: "Deportations rise" });
  const user = userEvent.setup();
  await user.click(screen.getByText("Export report"));
  // Once signed out, everything answers 401, the session probe too.
  api
    .on("GET", /^\/api\//, () => problem(401, "unauthenticated", "Sign in first."))
    .on("GET", "/api/auth/session", () => problem(401, "unauthenticated", "Sign in first."));
  await user.click(screen.getByRole("link", { name: "Download report" }));

  expect(await screen.findByRole("heading", { name: "Sign in to ClaimDesk" })).toBeTruthy();
  expect(await screen.findByText(/session has expired/)).toBeTruthy();
  expect(api.sent("GET", REPORT)).toHaveLength(1);
  const address = new URLSearchParams(router.state.location.search);
  expect(address.get("from")).toBe(`/articles/${ARTICLE_ID}?claim=${claimId}`);
  expect(address.get("reason")).toBe("expired");
});
