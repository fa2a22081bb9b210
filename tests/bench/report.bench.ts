/**
 * Report export cost, measured in one run (figures only, no assertions): an article with 2,000
 * claims and 3 sources each, exported in every format, next to a plain JSON.stringify of the same
 * data. Each measurement runs in its own child process, so its peak memory (max RSS) is its own.
 * Run: npm run bench:report
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { reportFormats, reportOptionsSchema, type ReportFormat } from "@claimdesk/shared/schemas/report";
import type { ReportData, ReportDataClaim } from "../../server/src/reports/report-data.ts";
import { renderReport } from "../../server/src/reports/render-report.ts";

const CLAIMS = 2000;
const SOURCES = 3;
const RUNS = 3;
const GENERATED_AT = new Date("2025-04-02T09:30:00.000Z");
const VERDICTS = ["true", "false", "misleading", "unverified", null] as const;
const STANCES = ["supports", "refutes", "context"] as const;

function benchData(): ReportData {
  const claims: ReportDataClaim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const verdict = VERDICTS[i % VERDICTS.length]!;
    claims.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      startOffset: i * 300,
      endOffset: i * 300 + 120,
      text: `Claim ${i}: the minister said unemployment fell by ${i % 40}.${i % 10}% in ${2000 + (i % 25)}, the largest drop on record — “Ünïcode” Σύνταγμα.`,
      quote: `unemployment fell by ${i % 40}.${i % 10}%`,
      kind: "statistic",
      claimant: { name: `Minister ${i % 17}`, type: "person", via: null },
      verdict,
      rationale: verdict
        ? `Official statistics for ${2000 + (i % 25)} show a different figure.\n\nThe ministry's own release contradicts the claim in paragraph ${i % 9}.`
        : null,
      verdictBy: verdict ? `Reviewer ${i % 7}` : null,
      verdictAt: verdict ? "2025-03-30T10:00:00.000Z" : null,
      approvedBy: verdict && i % 3 ? `Editor ${i % 3}` : null,
      approvedAt: verdict && i % 3 ? "2025-03-31T11:00:00.000Z" : null,
      needsReReview: i % 50 === 0,
      dismissed: i % 40 === 39,
      sources: Array.from({ length: SOURCES }, (_, s) => ({
        url: `https://stats.example.org/series/${i}/${s}?year=${2000 + (i % 25)}`,
        title: `Labour force survey, table ${i}.${s}`,
        publisher: "National Statistics Office",
        excerpt: `Unemployment rate, seasonally adjusted: ${(i % 13) + 3}.${s}%`,
        stance: STANCES[(i + s) % 3]!,
        accessedOn: "2025-03-30",
      })),
      // A statistic claim carries the figure and year it states (decision 875 prints them).
      quantities: [
        {
          text: `${i % 40}.${i % 10}%`,
          start: 21,
          end: 26,
          value: (i % 40) + (i % 10) / 10,
          unit: "%",
          qualifier: null,
        },
      ],
      dates: [
        {
          text: `in ${2000 + (i % 25)}`,
          start: 27,
          end: 34,
          value: `${2000 + (i % 25)}`,
          granularity: "year",
          relative: false,
        },
      ],
      notes: [],
    });
  }
  return {
    publisher: { name: "Desk Checks", url: "https://checks.example.org" },
    siteUrl: "https://desk.example.org",
    article: {
      id: "00000000-0000-4000-8000-000000000001",
      title: "Unemployment at a record low",
      outlet: "The Daily Example",
      author: "Jane Writer",
      url: "https://news.example.com/a",
      publishedOn: "2025-03-28",
      status: "published",
    },
    claims,
  };
}

type Target = ReportFormat | "JSON.stringify";
interface Measured {
  target: Target;
  ms: number;
  bytes: number;
  peakMB: number;
}

const options = reportOptionsSchema.parse({ approvedOnly: "false", includeUnreviewed: "true", dismissed: "separate" });

async function once(target: Target, data: ReportData): Promise<number> {
  if (target === "JSON.stringify") return Buffer.byteLength(JSON.stringify(data));
  const { body } = await renderReport(target, data, options, GENERATED_AT);
  return Buffer.byteLength(body);
}

/** In a child: build the data, then time RUNS exports (median) after one warm-up. */
async function child(target: Target): Promise<void> {
  const data = benchData();
  const rssBefore = process.memoryUsage().rss;
  let bytes = await once(target, data);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = await once(target, data);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const peakMB = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
  process.stdout.write(JSON.stringify({ target, ms: times[Math.floor(RUNS / 2)]!, bytes, peakMB } satisfies Measured));
}

function parent(): void {
  const script = fileURLToPath(import.meta.url);
  const targets: Target[] = ["JSON.stringify", ...reportFormats];
  const results: Measured[] = targets.map((target) => {
    const run = spawnSync(process.execPath, [...process.execArgv, script, "--child", target], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`${target} failed:\n${run.stderr}`);
    return JSON.parse(run.stdout) as Measured;
  });
  const base = results[0]!;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  console.log(
    `Report export: ${CLAIMS} claims × ${SOURCES} sources, median of ${RUNS} runs after a warm-up; peak = max RSS above the loaded data.\n`,
  );
  console.log(row(["target", "time ms", "× JSON.stringify", "output MB", "peak MB", "× JSON.stringify"]));
  console.log(row(["---", "---:", "---:", "---:", "---:", "---:"]));
  for (const r of results) {
    console.log(
      row([
        r.target,
        r.ms.toFixed(1),
        (r.ms / base.ms).toFixed(1),
        (r.bytes / 2 ** 20).toFixed(2),
        r.peakMB.toFixed(1),
        base.peakMB > 0 ? (r.peakMB / base.peakMB).toFixed(1) : "-",
      ]),
    );
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) await child(process.argv[childAt + 1] as Target);
else parent();
