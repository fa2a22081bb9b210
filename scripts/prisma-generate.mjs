// Runs `prisma generate` after install. The CLI insists on DATABASE_URL being set (it falls back to
// downloading engines otherwise, which cannot work here); generating never connects, so any value does.
import { execFileSync } from "node:child_process";

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://localhost/unused" },
});
