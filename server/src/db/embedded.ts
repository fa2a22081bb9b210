// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) in this process, served on a
// loopback socket so Prisma reaches it through the same pg driver adapter as a real server.
// PGlite is a single session, so the socket takes one connection and our pool has one client.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

/** dataDir null keeps everything in memory (tests). */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() checkpoints and flushes the files, so a stopped database always reopens cleanly.
      await db.close();
    },
  };
}
