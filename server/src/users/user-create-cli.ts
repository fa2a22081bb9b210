// `npm run user:create -- --email ana@example.org --role editor [--name "Ana Gómez"] [--password P]`
// Creates an account from the command line, e.g. to recover when no admin can sign in.
// Without --password one is generated and printed once: it is not stored in clear anywhere.
// Exit codes: 0 created, 1 refused or failed (email taken, database not ready), 2 wrong usage.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { createUserInputSchema, roles } from "@claimdesk/shared";
import { openDatabase } from "../db/database.ts";
import { pendingMigrations } from "../db/migrate.ts";
import { AppError } from "../http/app-error.ts";
import { createUser } from "./create-user.ts";

const USAGE = `Usage: npm run user:create -- --email <email> --role <${roles.join("|")}> [--name <name>] [--password <password>]
  --name      defaults to the part of the email before "@"
  --password  at least 12 characters; when left out, a random one is generated and printed once
Uses DATABASE_URL, or the embedded database in DATA_DIR (default ./data).`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }).values;
} catch (error) {
  usageError((error as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.email) usageError("Missing --email.");
if (!args.role) usageError("Missing --role.");

const generated = args.password === undefined;
const password = args.password ?? crypto.randomBytes(18).toString("base64url");
const parsed = createUserInputSchema.safeParse({
  email: args.email,
  role: args.role,
  name: args.name ?? args.email.split("@")[0],
  password,
});
if (!parsed.success) {
  usageError(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
}

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR || "./data",
});
try {
  const pending = await pendingMigrations(db.pool);
  if (pending.length > 0) {
    console.error(
      `The database is not ready: migrations ${pending.join(", ")} are not applied. Run npm run db:migrate first.`,
    );
    process.exitCode = 1;
  } else {
    const user = await db.prisma.$transaction((tx) =>
      createUser(tx, { userId: null, requestId: "cli:user:create" }, parsed.data),
    );
    console.log(
      `Created ${user.role} ${user.name} <${user.email}> (id ${user.id}) in the ${db.kind} database (${db.location}).`,
    );
    // The only time the generated password is shown: it cannot be recovered later, only reset.
    if (generated) console.log(`Password (shown once, pass it on securely): ${password}`);
  }
} catch (error) {
  console.error(error instanceof AppError ? error.message : `Could not create the user: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
