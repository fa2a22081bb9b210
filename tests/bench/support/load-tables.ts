// The tables a load run prints (Markdown, so they can be pasted into docs/reliability.md).
import type { CeilingResult } from "./pg-write-ceiling.ts";
import type { PhaseResult } from "./reviewer-traffic.ts";
import { median } from "./write-rounds.ts";

export interface LevelFigures {
  database: string;
  reviewers: number;
  mix: PhaseResult;
  paced: PhaseResult;
  verdicts: PhaseResult;
  ceiling?: CeilingResult;
  /** Per-round ratios when HTTP and raw pg writes ran in alternating rounds. */
  ratios?: number[];
}

/** HTTP verdicts/s over raw pg writes/s: the median of the rounds' ratios, else the one ratio. */
export function writeRatio({ verdicts, ceiling, ratios }: LevelFigures): number {
  if (ratios?.length) return median(ratios);
  return ceiling ? verdicts.writes / verdicts.seconds / (ceiling.writes / ceiling.seconds) : NaN;
}

const ms = (n: number) => (Number.isNaN(n) ? "–" : n < 10 ? n.toFixed(1) : n.toFixed(0));
const rate = (n: number, s: number) => (n / s).toFixed(0);

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** One row per database and level for the closed-loop ("mix") or the paced phase. */
export function mixTable(levels: LevelFigures[], phase: "mix" | "paced" = "mix"): string {
  return table(
    ["database", "reviewers", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "409s", "writes/s", "server CPU ms/req"],
    levels.map(({ database, reviewers, [phase]: mix }) => [
      database,
      String(reviewers),
      rate(mix.requests, mix.seconds),
      ms(mix.latency.percentile(50)),
      ms(mix.latency.percentile(95)),
      ms(mix.latency.percentile(99)),
      String(mix.errors),
      String(mix.conflicts),
      rate(mix.writes, mix.seconds),
      ms((mix.serverCpuMs ?? NaN) / mix.requests),
    ]),
  );
}

export function writeTable(levels: LevelFigures[]): string {
  return table(
    [
      "database",
      "writers",
      "HTTP verdicts/s",
      "HTTP p99 ms",
      "errors",
      "server CPU ms/verdict",
      "raw pg verdicts/s",
      "raw pg p99 ms",
      "HTTP / raw pg",
      "per round",
    ],
    levels.map((level) => {
      const { database, reviewers, verdicts, ceiling, ratios } = level;
      const ours = verdicts.writes / verdicts.seconds;
      const raw = ceiling ? ceiling.writes / ceiling.seconds : NaN;
      const ratio = writeRatio(level);
      return [
        database,
        String(reviewers),
        ours.toFixed(0),
        ms(verdicts.latency.percentile(99)),
        String(verdicts.errors),
        ms((verdicts.serverCpuMs ?? NaN) / verdicts.writes),
        Number.isNaN(raw) ? "–" : raw.toFixed(0),
        ceiling ? ms(ceiling.latency.percentile(99)) : "–",
        Number.isNaN(ratio) ? "–" : ratio.toFixed(2),
        ratios?.length ? ratios.map((r) => r.toFixed(2)).join(", ") : "–",
      ];
    }),
  );
}

export function routeTable(level: LevelFigures, phase: "mix" | "paced" = "mix"): string {
  return table(
    ["route", "requests", "p50 ms", "p95 ms", "p99 ms"],
    [...level[phase].byRoute.entries()]
      .sort((a, b) => b[1].percentile(95) - a[1].percentile(95))
      .map(([route, stats]) => [
        route,
        String(stats.count),
        ms(stats.percentile(50)),
        ms(stats.percentile(95)),
        ms(stats.percentile(99)),
      ]),
  );
}
