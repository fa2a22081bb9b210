/**
 * Load: many reviewers at once against the real server over loopback HTTP, with sessions and CSRF
 * as a browser sends them, on PostgreSQL and on the embedded database. Prints, per concurrency
 * level, requests/s, p50/p95/p99 latency, errors and expected 409s for a realistic mix; then the
 * write path alone next to the same writes done directly with pg (the ceiling). Figures only: the
 * goals (p99 < 100 ms at 50 reviewers, zero errors, writes ≥ half the ceiling) are checked and
 * printed, not asserted, except that --ci exits 1 on any error.
 * Run: npm run bench:load [-- --seconds 10 --levels 10,50,200 --databases postgres,embedded --cpu-profile]
 *      npm run bench:load:ci    (a few seconds, small numbers)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeConnections } from "./support/browser-session.ts";
import { summariseCpuProfile } from "./support/cpu-profile-summary.ts";
import { loadOptions } from "./support/load-options.ts";
import { seed } from "./support/load-seed.ts";
import { mixTable, routeTable, table, writeRatio, writeTable, type LevelFigures } from "./support/load-tables.ts";
import { LOAD_ADMIN, startTarget } from "./support/load-target.ts";
import { runPgCeiling } from "./support/pg-write-ceiling.ts";
import { alternateWriteRounds, WRITE_ROUNDS } from "./support/write-rounds.ts";
import { processCpuMs } from "./support/process-cpu.ts";
import { runPhase, type PhaseResult } from "./support/reviewer-traffic.ts";

const options = loadOptions(process.argv.slice(2), process.env);
const all: LevelFigures[] = [];
const profiles: Array<{ database: string; rows: Array<{ where: string; percent: number }> }> = [];
const log = (line: string) => console.error(line); // progress on stderr, tables on stdout

console.log(
  `# Load: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, ${options.seconds} s per level, pool ${options.poolSize}\n`,
);

for (const database of options.databases) {
  const profileDir = options.cpuProfile ? fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-prof-")) : undefined;
  log(`${database}: starting the server`);
  const target = await startTarget(database, {
    adminUrl: options.adminUrl,
    poolSize: options.poolSize,
    ...(profileDir ? { cpuProfileDir: profileDir } : {}),
  }).catch((error: unknown) => {
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const maxLevel = Math.max(...options.levels);
    log(`${database}: seeding articles and ${maxLevel} reviewer accounts`);
    const seeded = await seed(target.server.url, LOAD_ADMIN, maxLevel);
    log(`${database}: ${seeded.claims.length} claims; warming up`);
    await runPhase("mix", seeded.reviewers.slice(0, Math.min(...options.levels)), seeded.claims, 1);
    const levels: LevelFigures[] = [];
    // Server CPU per phase: wall-clock figures move with the machine's other load, this barely does.
    const measured = async (phase: () => Promise<PhaseResult>) => {
      const before = processCpuMs(target.server.child.pid);
      const result = await phase();
      result.serverCpuMs = processCpuMs(target.server.child.pid) - before;
      return result;
    };
    // PostgreSQL serves the raw pg ceiling while the server idles, so the two alternate in rounds.
    const ceilingPool = target.ceilingWhileServing ? await target.openPool(options.poolSize) : undefined;
    for (const reviewers of options.levels) {
      const sessions = seeded.reviewers.slice(0, reviewers);
      log(`${database}: ${reviewers} reviewers, mixed traffic for ${options.seconds} s`);
      const mix = await measured(() => runPhase("mix", sessions, seeded.claims, options.seconds));
      log(
        `${database}: ${reviewers} reviewers at a reviewer's pace (~${options.thinkMs} ms between actions) for ${options.seconds} s`,
      );
      const paced = await measured(() => runPhase("mix", sessions, seeded.claims, options.seconds, options.thinkMs));
      const httpVerdicts = () => measured(() => runPhase("verdicts", sessions, seeded.claims, options.writeSeconds));
      let level: LevelFigures;
      if (ceilingPool) {
        log(`${database}: ${reviewers} writers, HTTP verdicts and raw pg writes in ${WRITE_ROUNDS} alternating rounds`);
        const rounds = await alternateWriteRounds(httpVerdicts, () =>
          runPgCeiling(ceilingPool.pool, reviewers, options.writeSeconds),
        );
        level = { database, reviewers, mix, paced, ...rounds };
      } else {
        log(`${database}: ${reviewers} reviewers, verdicts only for ${options.writeSeconds} s`);
        level = { database, reviewers, mix, paced, verdicts: await httpVerdicts() };
      }
      levels.push(level);
      const verdicts = level.verdicts;
      const phases = [mix, paced, verdicts];
      for (const sample of phases.flatMap((p) => p.errorSamples)) log(`  error: ${sample}`);
      if (phases.some((p) => p.errors > 0)) {
        // The client sees a generic 500; the server's log says what it was.
        const failures = target.server
          .output()
          .split("\n")
          .filter((line) => line.includes("request failed"));
        for (const line of failures.slice(0, 2)) log(`  server: ${line.replace(/"stack":"[^"]*"/, "").slice(0, 600)}`);
      }
    }
    await ceilingPool?.close();
    closeConnections();
    const exit = await target.stopServer();
    if (exit !== 0) log(`${database}: the server exited with ${exit}`);
    if (profileDir) profiles.push({ database, rows: summariseCpuProfile(profileDir) });

    // The embedded database's ceiling runs once the server has stopped and let go of its one session.
    if (!ceilingPool) {
      const { pool, close } = await target.openPool(options.poolSize);
      try {
        for (const level of levels) {
          log(`${database}: raw pg ceiling, ${level.reviewers} writers for ${options.writeSeconds} s`);
          level.ceiling = await runPgCeiling(pool, level.reviewers, options.writeSeconds);
        }
      } finally {
        await close();
      }
    }
    all.push(...levels);
  } finally {
    await target.dispose();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

console.log("## Mixed traffic at a reviewer's pace (open article + claims, verdicts, sources, notes, history)\n");
console.log(
  `Each reviewer pauses ${options.thinkMs / 2}–${(options.thinkMs * 3) / 2} ms between actions (a person reads a claim and its sources for minutes).\n`,
);
console.log(mixTable(all, "paced") + "\n");
console.log(
  "## Mixed traffic, closed loop: capacity (each reviewer sends its next request as soon as it has an answer)\n",
);
console.log(mixTable(all) + "\n");
console.log("## Write path: verdicts over HTTP vs the same writes directly with pg\n");
console.log(
  `On PostgreSQL the two alternate in ${WRITE_ROUNDS} rounds of ${options.writeSeconds} s each; the ratio is the median of the rounds' ratios.\n`,
);
console.log(writeTable(all) + "\n");
for (const database of options.databases) {
  const level =
    all.find((l) => l.database === database && l.reviewers === 50) ?? all.filter((l) => l.database === database).at(-1);
  if (!level) continue;
  console.log(`## Per route, ${database}, ${level.reviewers} reviewers at a reviewer's pace (client-side latency)\n`);
  console.log(routeTable(level, "paced") + "\n");
  console.log(`## Per route, ${database}, ${level.reviewers} reviewers, closed loop (client-side latency)\n`);
  console.log(routeTable(level) + "\n");
}
for (const { database, rows } of profiles) {
  console.log(`## Server CPU, ${database} (self time by package or file, whole run)\n`);
  console.log(
    table(
      ["where", "% of samples"],
      rows.map((r) => [r.where, r.percent.toFixed(1)]),
    ) + "\n",
  );
}

const errors = all.reduce((n, l) => n + l.mix.errors + l.paced.errors + l.verdicts.errors, 0);
const goals = all
  .filter((l) => l.reviewers === 50)
  .map((l) => {
    const paced = l.paced.latency.percentile(99);
    const closed = l.mix.latency.percentile(99);
    const rawP99 = l.ceiling?.latency.percentile(99) ?? NaN;
    const ratio = writeRatio(l);
    return (
      `${l.database}: p99 at 50 reviewers at a reviewer's pace ${paced.toFixed(0)} ms (goal < 100: ${paced < 100 ? "met" : "NOT met"}); ` +
      `closed loop ${closed.toFixed(0)} ms (the raw pg writes alone, 50 at once: p99 ${rawP99.toFixed(0)} ms); ` +
      `write throughput ${ratio.toFixed(2)} of raw pg (goal ≥ 0.5: ${ratio >= 0.5 ? "met" : "NOT met"})`
    );
  });
console.log(
  `Goals: errors ${errors} (goal 0: ${errors === 0 ? "met" : "NOT met"})${goals.map((g) => `\n- ${g}`).join("")}`,
);
if (options.ci && errors > 0) process.exit(1);
