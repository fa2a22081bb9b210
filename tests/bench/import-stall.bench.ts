/**
 * What a large import does to everyone else: reviewers keep reading an article's claims while an
 * editor imports a ~2 MB article, on the real server process with the embedded database (what
 * `npm start` runs). Two servers run side by side, one extracting on the request thread
 * (EXTRACT_INLINE_MAX_BYTES set past the upload) and one as shipped (off the request thread), in
 * alternating rounds. Prints the readers' latency while each import runs against the same readers
 * with no import, for previews (extraction only) and for imports (extraction and the database
 * writes). Figures only, no assertions.
 * Run: npm run bench:import-stall [-- --rounds 3 --readers 8 --copies 500]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { longArticle } from "../support/long-article.ts";
import type { ServerProcess } from "../support/spawn-server.ts";
import { closeConnections, signInAs, type BrowserSession } from "./support/browser-session.ts";
import { LatencyStats } from "./support/latency-stats.ts";
import { spawnLoadServer } from "./support/spawn-load-server.ts";
import { median } from "./support/write-rounds.ts";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    readers: { type: "string", default: "8" },
    copies: { type: "string", default: "500" },
  },
});
const ROUNDS = Number(values.rounds);
const READERS = Number(values.readers);
const ADMIN = { email: "admin@claimdesk.local", password: "import-stall-admin-password" };
const upload = longArticle(Number(values.copies));
const uploadMB = Buffer.byteLength(upload) / 1024 / 1024;

/** Reads during one kind of phase: latencies of the answered ones, and the failed ones. */
class Reads {
  readonly latency = new LatencyStats();
  readonly failures: string[] = [];
}

interface Mode {
  name: string;
  server: ServerProcess;
  dataDir: string;
  editor: BrowserSession;
  readers: BrowserSession[];
  claimsPath: string;
  quiet: Reads;
  duringPreview: Reads;
  duringImport: Reads;
  previewMs: number[];
  importMs: number[];
}

async function startMode(name: string, env: Record<string, string>): Promise<Mode> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-stall-"));
  const server = await spawnLoadServer(
    {
      ...env,
      DATA_DIR: dataDir,
      LOAD_SAMPLE: "true",
      ADMIN_PASSWORD: ADMIN.password,
      MAX_IMPORT_BYTES: String(8 * 1024 * 1024),
    },
    [],
  );
  const editor = await signInAs(server.url, ADMIN.email, ADMIN.password);
  const articles = JSON.parse((await editor.request("GET", "/api/articles")).body) as { items: Array<{ id: string }> };
  const readers = await Promise.all(
    Array.from({ length: READERS }, () => signInAs(server.url, ADMIN.email, ADMIN.password)),
  );
  const none = () => new Reads();
  return {
    name,
    server,
    dataDir,
    editor,
    readers,
    claimsPath: `/api/articles/${articles.items[0]!.id}/claims`,
    quiet: none(),
    duringPreview: none(),
    duringImport: none(),
    previewMs: [],
    importMs: [],
  };
}

/** Readers in a closed loop until `work` settles; returns their latencies and the work's duration. */
async function readWhile(mode: Mode, work: () => Promise<unknown>, into: Reads): Promise<number> {
  let running = true;
  const loops = mode.readers.map(async (reader) => {
    while (running) {
      const t0 = performance.now();
      const answer = await reader
        .request("GET", mode.claimsPath)
        .catch((error: Error) => ({ status: 0, body: String(error) }));
      if (answer.status === 200) into.latency.add(performance.now() - t0);
      else into.failures.push(`${answer.status} ${answer.body.slice(0, 160)}`);
    }
  });
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  running = false;
  await Promise.all(loops);
  return ms;
}

async function expectStatus(answer: Promise<{ status: number; body: string }>, status: number): Promise<void> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`expected ${status}, got ${got}: ${body.slice(0, 300)}`);
}

async function round(mode: Mode): Promise<void> {
  await readWhile(mode, () => new Promise((r) => setTimeout(r, 1_000)), mode.quiet);
  const previewBody = { title: "Large upload", body: upload };
  mode.previewMs.push(
    await readWhile(
      mode,
      () => expectStatus(mode.editor.request("POST", "/api/articles/preview", previewBody), 200),
      mode.duringPreview,
    ),
  );
  mode.importMs.push(
    await readWhile(
      mode,
      () => expectStatus(mode.editor.request("POST", "/api/articles", previewBody), 201),
      mode.duringImport,
    ),
  );
}

const figures = ({ latency: s, failures }: Reads): string =>
  `p50 ${s.percentile(50).toFixed(0)} ms, p99 ${s.percentile(99).toFixed(0)} ms, max ${s.percentile(100).toFixed(0)} ms (${s.count} reads, ${failures.length} failed${failures.length ? `: ${failures[0]}` : ""})`;

console.error(`starting two servers; upload ${uploadMB.toFixed(1)} MB, ${READERS} readers, ${ROUNDS} rounds`);
const inline = await startMode("on the request thread", { EXTRACT_INLINE_MAX_BYTES: String(1024 ** 3) });
const offThread = await startMode("off the request thread (shipped)", {});
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const mode of r % 2 === 0 ? [inline, offThread] : [offThread, inline]) {
      console.error(`round ${r + 1}: ${mode.name}`);
      await round(mode).catch((error: unknown) => {
        throw new Error(`${mode.name}: ${String(error)}\nserver output:\n${mode.server.output().slice(-3000)}`);
      });
    }
  }
  console.log(
    `# Reads of a 34-claim article while a ${uploadMB.toFixed(1)} MB article is imported (embedded database, ${READERS} readers, ${ROUNDS} rounds)\n`,
  );
  for (const mode of [inline, offThread]) {
    console.log(`extraction ${mode.name}:`);
    console.log(`  no import:      ${figures(mode.quiet)}`);
    console.log(
      `  during preview: ${figures(mode.duringPreview)}; preview took ${median(mode.previewMs).toFixed(0)} ms (median)`,
    );
    console.log(
      `  during import:  ${figures(mode.duringImport)}; import took ${median(mode.importMs).toFixed(0)} ms (median)`,
    );
  }
  const ratio = (pick: (m: Mode) => Reads, p: number): string =>
    (pick(inline).latency.percentile(p) / pick(offThread).latency.percentile(p)).toFixed(1);
  console.log(
    `\nread latency, request thread ÷ off thread: during preview p99 ${ratio((m) => m.duringPreview, 99)}×, max ${ratio((m) => m.duringPreview, 100)}×; during import p99 ${ratio((m) => m.duringImport, 99)}×, max ${ratio((m) => m.duringImport, 100)}×`,
  );
} finally {
  closeConnections();
  for (const mode of [inline, offThread]) {
    mode.server.child.kill("SIGTERM");
    await mode.server.exited;
    fs.rmSync(mode.dataDir, { recursive: true, force: true });
  }
}
