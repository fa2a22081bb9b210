// "Checked before": a claim lists other articles' claims that already have a verdict and say much
// the same, and leaves out its own article, unreviewed and dismissed claims and mere shared words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Claim, SimilarClaim } from "@claimdesk/shared";
import { startTestServer, type TestClient, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  editor = await server.login("editor");
  reviewer = await server.login("reviewer");
});
afterAll(() => server?.close());

async function importArticle(title: string, body: string): Promise<Claim[]> {
  const created = await editor.json<Article>("POST", "/api/articles", { title, body });
  expect(created.status).toBe(201);
  return (await reviewer.json<{ items: Claim[] }>("GET", `/api/articles/${created.body.id}/claims`)).body.items;
}
const about = (claims: Claim[], word: string): Claim => claims.find((c) => c.text.includes(word))!;
async function review(claim: Claim): Promise<void> {
  const answer = await reviewer.json("PUT", `/api/claims/${claim.id}/verdict`, {
    version: claim.version,
    verdict: "unverified",
  });
  expect(answer.status).toBe(200);
}
const similarTo = async (claim: Claim) =>
  (await reviewer.json<{ items: SimilarClaim[] }>("GET", `/api/claims/${claim.id}/similar`)).body.items;

describe("claims checked before", () => {
  it("lists reviewed claims from other articles that say much the same, most similar first", async () => {
    const earlier = await importArticle(
      "Jobs report",
      "Unemployment fell to 3.5 percent in 2024, the lowest rate in fifty years. The city opened two new public libraries in 2023.",
    );
    const older = await importArticle(
      "Older jobs report",
      "Unemployment fell to 3.9 percent in 2019, the lowest rate in decades.",
    );
    const unreviewed = await importArticle("Draft", "Unemployment fell to 3.5 percent in 2024, the lowest rate ever.");
    const dismissed = await importArticle("Dismissed", "Unemployment fell to 3.5 percent in 2024, a record low rate.");
    const current = await importArticle(
      "New jobs report",
      "Unemployment fell to 3.5 percent last year, the lowest rate in half a century. Crime rose in the northern district.",
    );
    for (const claim of [...earlier, ...older]) await review(claim);
    const toDismiss = about(dismissed, "Unemployment");
    await review(toDismiss);
    const dismissedNow = await reviewer.json<Claim>("POST", `/api/claims/${toDismiss.id}/dismiss`, {
      version: toDismiss.version + 1,
    });
    expect(dismissedNow.status).toBe(200);

    const found = await similarTo(about(current, "Unemployment"));
    expect(found.map((s) => s.id)).toEqual([about(earlier, "Unemployment").id, about(older, "Unemployment").id]);
    expect(found[0]).toMatchObject({ articleTitle: "Jobs report", verdict: "unverified" });
    expect(found[0]!.similarity).toBeGreaterThan(found[1]!.similarity);
    expect(found[1]!.similarity).toBeGreaterThanOrEqual(1 / 3);
    expect(found[0]!.sharedWords).toBeGreaterThanOrEqual(4);
    expect(found.map((s) => s.id)).not.toContain(about(unreviewed, "Unemployment").id);

    // A claim about something else shares no key words with any checked one.
    expect(await similarTo(about(current, "Crime"))).toEqual([]);
    // Its own article's checked claims are not "checked before".
    expect((await similarTo(about(earlier, "Unemployment"))).map((s) => s.articleTitle)).toEqual(["Older jobs report"]);
  });

  it("answers 404 for a claim that does not exist", async () => {
    const answer = await reviewer.request("GET", "/api/claims/00000000-0000-4000-8000-000000000000/similar");
    expect(answer.status).toBe(404);
  });
});
