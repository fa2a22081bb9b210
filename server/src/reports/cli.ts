// npm run report -- --article ID --format markdown|html|pdf|json|csv|claimreview [--out FILE]
//   [--approved-only true|false] [--include-unreviewed true|false] [--include-notes true|false]
//   [--dismissed separate|omit] [--verdicts true,false,...] [--generated-at ISO-TIME]
// Writes the report to FILE, or to standard output. The export is audited like one from the web
// (no user; the request id is "cli").
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { idSchema } from "@claimdesk/shared";
import { reportFormats, reportQuerySchema } from "@claimdesk/shared/schemas/report";
import { loadConfig } from "../config.ts";
import { openDatabase, type Database } from "../db/database.ts";
import { exportReport } from "./export-report.ts";
import { reportSite } from "./load-report-data.ts";

const USAGE = `Usage: npm run report -- --article ID --format ${reportFormats.join("|")} [--out FILE]
  [--approved-only true|false] [--include-unreviewed true|false] [--include-notes true|false]
  [--dismissed separate|omit] [--verdicts true,false,misleading,unverified] [--generated-at 2025-01-31T12:00:00Z]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        article: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        "approved-only": { type: "string" },
        "include-unreviewed": { type: "string" },
        "include-notes": { type: "string" },
        dismissed: { type: "string" },
        verdicts: { type: "string" },
        "generated-at": { type: "string" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const articleId = idSchema.safeParse(args.article);
  if (!articleId.success) fail(`--article must be an article id (a UUID).\n${USAGE}`);
  const query = reportQuerySchema.safeParse({
    format: args.format,
    approvedOnly: args["approved-only"],
    includeUnreviewed: args["include-unreviewed"],
    includeNotes: args["include-notes"],
    dismissed: args.dismissed,
    verdicts: args.verdicts,
  });
  if (!query.success)
    fail(`${query.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`);
  const generatedAt = args["generated-at"] ? new Date(args["generated-at"]) : new Date();
  if (Number.isNaN(generatedAt.getTime())) fail("--generated-at must be a date and time such as 2025-01-31T12:00:00Z.");

  const config = loadConfig();
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? "./data" });
  } catch (error) {
    fail(
      `Could not open the database: ${(error as Error).message}\n` +
        "Without DATABASE_URL the embedded database in DATA_DIR (./data) is used, and only one process can open it at a time: " +
        "stop the running server first, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  try {
    const { format, ...options } = query.data;
    const report = await exportReport(
      db.prisma,
      reportSite(config),
      { userId: null, requestId: "cli" },
      { articleId: articleId.data, format, options, generatedAt },
    );
    if (args.out) {
      writeFileSync(args.out, report.body);
      process.stderr.write(
        `Wrote ${args.out} (${Buffer.byteLength(report.body)} bytes; suggested name ${report.fileName}).\n`,
      );
    } else {
      process.stdout.write(report.body);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
