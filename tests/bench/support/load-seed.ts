// Seeds a freshly started server over its API, as an editor and an admin would: the sample article
// imported (as a raw text/plain file, like the import page) until there is a claim per reviewer,
// each claim given a first source, then one reviewer account per simulated reviewer, each signed in with its own session.
import fs from "node:fs";
import path from "node:path";
import { signInAs, type BrowserSession } from "./browser-session.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../../../samples/colombia-dhs-2025-03-28.txt");
const MAX_IMPORTS = 40;
const PARALLEL_SIGN_UPS = 4; // argon2 hashing is CPU-bound: more in parallel only queues
export const REVIEWER_PASSWORD = "load-test reviewer password";

export interface SeedClaim {
  id: string;
  articleId: string;
  version: number;
}

export interface Seeded {
  claims: SeedClaim[];
  reviewers: BrowserSession[];
}

export async function seed(
  baseUrl: string,
  admin: { email: string; password: string },
  reviewers: number,
): Promise<Seeded> {
  const session = await signInAs(baseUrl, admin.email, admin.password);
  const text = fs.readFileSync(SAMPLE, "utf8");
  const claims: SeedClaim[] = [];
  for (let i = 0; claims.length < reviewers && i < MAX_IMPORTS; i++) {
    const title = encodeURIComponent(`Load sample ${i + 1}`);
    const imported = await session.request("POST", `/api/articles?title=${title}&outlet=Load`, text);
    if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${imported.body}`);
    const { id } = JSON.parse(imported.body) as { id: string };
    const list = await session.request("GET", `/api/articles/${id}/claims`);
    for (const c of (JSON.parse(list.body) as { items: Array<{ id: string; version: number }> }).items)
      claims.push({ id: c.id, articleId: id, version: c.version });
  }
  // Any verdict but "unverified" needs a source first: every claim gets one, as a reviewer would add.
  for (const claim of claims) {
    const added = await session.request("POST", `/api/claims/${claim.id}/sources`, {
      url: "https://example.org/official-statistics",
      stance: "context",
    });
    if (added.status !== 201) throw new Error(`adding a source failed: ${added.status} ${added.body}`);
  }

  const sessions: BrowserSession[] = new Array(reviewers);
  let next = 0;
  const stamp = Date.now().toString(36);
  await Promise.all(
    Array.from({ length: PARALLEL_SIGN_UPS }, async () => {
      for (let i = next++; i < reviewers; i = next++) {
        const email = `reviewer-${i}-${stamp}@load.example.org`;
        const created = await session.request("POST", "/api/users", {
          email,
          name: `Load reviewer ${i}`,
          role: "reviewer",
          password: REVIEWER_PASSWORD,
        });
        if (created.status !== 201) throw new Error(`creating a reviewer failed: ${created.status} ${created.body}`);
        sessions[i] = await signInAs(baseUrl, email, REVIEWER_PASSWORD);
      }
    }),
  );
  return { claims, reviewers: sessions };
}
