// Configures the Prisma CLI. engine "js" + a driver adapter keeps every CLI command from
// downloading a native schema engine (none can be downloaded on our machines; docs/decisions/002).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { createPgPool } from "./server/src/db/pg-pool";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaPg(createPgPool({ connectionString: process.env.DATABASE_URL ?? "" }));
  },
});
