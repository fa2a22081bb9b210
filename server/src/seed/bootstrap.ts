// First run on an empty database: create the first admin (printing the login once) and load the
// sample article so there is something to review straight away.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { importArticle, prepareImport } from "../articles/import-article.ts";
import type { ClaimExtractor } from "../articles/claim-extractor.ts";
import { createUser } from "../users/create-user.ts";

export const SAMPLE_ARTICLE_PATH = path.resolve(import.meta.dirname, "../../../samples/colombia-dhs-2025-03-28.txt");
const SYSTEM = { userId: null, requestId: "bootstrap" };

/** The sample article as an import: read, converted and extracted (a few KB: on this thread). */
async function prepareSampleImport(config: Config, extractor: Pick<ClaimExtractor, "prepare">) {
  const input = {
    title: "DHS Secretary Noem meets Colombia's President Petro in Bogotá",
    outlet: "Sample article",
    author: null,
    url: null,
    publishedOn: null,
    format: "text" as const,
    body: fs.readFileSync(SAMPLE_ARTICLE_PATH, "utf8"),
  };
  return { input, prepared: await prepareImport(extractor, input, config.MAX_IMPORT_BYTES) };
}

const BOOTSTRAP_LOCK_KEY = 7_215_004_235;

export async function bootstrapFreshDatabase(
  db: Database,
  config: Config,
  logger: Logger,
  extractor: Pick<ClaimExtractor, "prepare">,
): Promise<void> {
  if ((await db.prisma.user.count()) > 0) return;
  const password = config.ADMIN_PASSWORD ?? crypto.randomBytes(12).toString("base64url");
  // Extracted before the transaction opens, like every import.
  const sample = config.LOAD_SAMPLE ? await prepareSampleImport(config, extractor) : null;
  const created = await db.prisma.$transaction(
    async (tx) => {
      // Two instances starting together on an empty database: one bootstraps, the other waits here
      // and then finds the admin already there.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK_KEY})`;
      if ((await tx.user.count()) > 0) return false;
      const admin = await createUser(tx, SYSTEM, {
        email: config.ADMIN_EMAIL,
        name: "Administrator",
        role: "admin",
        password,
      });
      if (sample && (await tx.article.count()) === 0) {
        await importArticle(tx, { userId: admin.id, requestId: "bootstrap" }, sample.input, sample.prepared);
      }
      return true;
    },
    { timeout: 60_000 },
  );
  if (!created) return;
  const shown = config.ADMIN_PASSWORD ? "(the ADMIN_PASSWORD you set)" : password;
  // Printed once, on the console only: this is the one time the generated password exists in clear.
  console.log(
    `\n  First admin account created.\n    email:    ${config.ADMIN_EMAIL}\n    password: ${shown}\n  Sign in and change it (Users page).\n`,
  );
  logger.info({ email: config.ADMIN_EMAIL, sample: config.LOAD_SAMPLE }, "Fresh database: created the first admin");
}
