/**
 * Revising a long article's body: how long the PATCH takes when every claim moves (a line added at
 * the top) and when none does (a line added at the end), against the import of the same article,
 * on the database TEST_DATABASE_URL names (the embedded one when unset). Figures only.
 * Run: npm run bench:revision [-- 100]   (copies of the sample article; 100 is about 400 KB, 3,400 claims)
 */
import { longArticle } from "../support/long-article.ts";
import { startTestServer } from "../support/test-server.ts";

const copies = Number(process.argv[2] ?? 100);
const body = longArticle(copies);

const server = await startTestServer({ MAX_IMPORT_BYTES: String(8 * 1024 * 1024), REQUEST_TIMEOUT_MS: "600000" });
try {
  const editor = await server.login("editor");
  const timed = async <T>(work: () => Promise<{ status: number; body: T }>, status: number) => {
    const t0 = performance.now();
    const answer = await work();
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return { ms: performance.now() - t0, body: answer.body };
  };
  type Article = { id: string; version: number };
  const created = await timed(() => editor.json<Article>("POST", "/api/articles", { title: "Long", body }), 201);
  const claims = await server.db.prisma.claim.count({ where: { articleId: created.body.id } });
  const path = `/api/articles/${created.body.id}`;
  const top = `Editor's note: updated.\n\n${body}`;
  const allMove = await timed(() => editor.json<Article>("PATCH", path, { version: 1, body: top }), 200);
  const noneMove = await timed(
    () => editor.json<Article>("PATCH", path, { version: 2, body: `${top}\n\nA line added at the end.` }),
    200,
  );
  console.log(
    `${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded"}: ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB, ${claims} claims`,
  );
  console.log(`  import:                         ${created.ms.toFixed(0)} ms`);
  console.log(`  revision, every claim moves:    ${allMove.ms.toFixed(0)} ms`);
  console.log(`  revision, no claim moves:       ${noneMove.ms.toFixed(0)} ms`);
} finally {
  await server.close();
}
