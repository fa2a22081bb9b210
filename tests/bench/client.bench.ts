/**
 * Client figures, measured in one run (no assertions):
 *  - production bundle size (raw and gzip via node:zlib) of client/dist/assets;
 *  - time to first render of a 500-claim article in headless Chromium (all highlights and the
 *    claim list on screen), and the time for "j" to select the next claim.
 * The page is served by a tiny static server with canned API answers (see client/static-server.ts):
 * this is a client rendering benchmark, not an API one.
 * Run: npm run bench:client
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { ARTICLE_ID } from "./client/canned-article.ts";
import { startCannedServer } from "./client/static-server.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "client/dist");
const RUNS = 5;

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KiB`;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log("Building the client (vite build)…");
execFileSync("npm", ["run", "-s", "build", "-w", "client"], { cwd: root, stdio: "ignore" });

let rawTotal = 0;
let gzipTotal = 0;
console.log("\nProduction bundle (client/dist/assets):");
for (const name of readdirSync(join(dist, "assets")).sort()) {
  const data = readFileSync(join(dist, "assets", name));
  const gz = gzipSync(data, { level: 9 }).length;
  rawTotal += data.length;
  gzipTotal += gz;
  console.log(`  ${name.padEnd(32)} ${kb(data.length).padStart(11)}  gzip ${kb(gz).padStart(10)}`);
}
console.log(`  ${"total".padEnd(32)} ${kb(rawTotal).padStart(11)}  gzip ${kb(gzipTotal).padStart(10)}`);

const server = await startCannedServer(dist);
const profile = mkdtempSync(join(tmpdir(), "claimdesk-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1400, height: 900 },
});

try {
  const firstRender: number[] = [];
  const nextClaim: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/${ARTICLE_ID}`);
    await page.waitForSelector('.article-body[data-claim-count="500"] mark', { timeout: 30_000 });
    await page.waitForSelector('[role="listbox"] [role="option"]');
    // performance.now() counts from navigation start; read it on the next frame after render.
    firstRender.push(
      await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))),
    );
    for (let i = 0; i < 10; i++) {
      const before = await page.evaluate(() => performance.now());
      await page.keyboard.press("j");
      await page.waitForFunction(
        (n) => document.querySelector('[role="listbox"] [aria-selected="true"]')?.textContent?.includes(`#${n}`),
        i + 1,
      );
      nextClaim.push((await page.evaluate(() => performance.now())) - before);
    }
    await page.close();
  }
  console.log(`\nReview screen, 500-claim article (${RUNS} cold page loads, canned API, headless Chromium):`);
  console.log(
    `  time to first render: median ${median(firstRender).toFixed(0)} ms (runs: ${firstRender.map((t) => t.toFixed(0)).join(", ")})`,
  );
  console.log(
    `  "j" to next claim selected: median ${median(nextClaim).toFixed(1)} ms over ${nextClaim.length} presses (includes the Playwright round trip)`,
  );
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
