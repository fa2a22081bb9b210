import type { Article, Claim } from "@claimdesk/shared";
import type { TestClient } from "./test-server.ts";

/** Imports an article as `editor` and returns its extracted claims, failing unless there are at least `atLeast`. */
export async function importedClaims(
  editor: TestClient,
  title: string,
  body: string,
  atLeast: number,
): Promise<Claim[]> {
  const imported = await editor.json<Article>("POST", "/api/articles", { title, body });
  if (imported.status !== 201) throw new Error(`import answered ${imported.status}: ${JSON.stringify(imported.body)}`);
  const claims = (await editor.json<{ items: Claim[] }>("GET", `/api/articles/${imported.body.id}/claims`)).body.items;
  if (claims.length < atLeast) throw new Error(`expected at least ${atLeast} claims, got ${claims.length}`);
  return claims;
}
