// The server the review screen's tests talk to: the article, its claims, the people who can be
// assigned and each claim's thread, as FakeApi routes. Getters, so that a test can change what the
// server holds between requests; a test adds or overrides routes on the FakeApi it gets back
// (later routes win).
import { vi } from "vitest";
import type { Article, Claim, ClaimWithThread, User } from "@claimdesk/shared";
import { FakeApi, json, problem } from "../../../test/fake-api.ts";
import { ARTICLE_ID, article as sampleArticle, withThread } from "../../../test/fixtures.ts";
import { installDomStubs } from "../../../test/setup-dom.ts";

export interface ReviewServer {
  /** The article's claims as the server holds them now. */
  claims: () => Claim[];
  /** GET /api/users. */
  users: User[];
  /** A claim's thread; by default the claim as `claims` holds it, with no notes or sources. */
  thread?: (claimId: string) => ClaimWithThread | undefined;
  article?: () => Article;
}

/** Installs the DOM stubs and the fake server as `fetch`, for a test's beforeEach. */
export function reviewServer({ claims, users, thread, article = () => sampleArticle() }: ReviewServer): FakeApi {
  installDomStubs();
  const threadOf =
    thread ??
    ((id: string) => {
      const found = claims().find((c) => c.id === id);
      return found && withThread(found);
    });
  const api = new FakeApi()
    .on("GET", `/api/articles/${ARTICLE_ID}`, () => json(article()))
    .on("GET", `/api/articles/${ARTICLE_ID}/claims`, () => json({ items: claims() }))
    .on("GET", "/api/users", () => json({ items: users }))
    .on("GET", /^\/api\/claims\/[^/]+$/, (req) => {
      const found = threadOf(req.path.split("/").pop()!);
      return found ? json(found) : problem(404, "not_found", "No such claim.");
    })
    .on("GET", /^\/api\/claims\/[^/]+\/(history|similar)$/, () => json({ items: [] }));
  vi.stubGlobal("fetch", api.fetch);
  return api;
}
