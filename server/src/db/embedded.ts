// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) in this process, served on a
// loopback socket so Prisma reaches it through the same pg driver adapter as a real server.
// PGlite is a single session, so our pool holds one client at a time. The socket accepts a few
// connections anyway: pg's pool discards a client after a failed query and connects anew at once,
// and with room for one connection that new one is refused ("Too many connections") while the
// old one is still closing, which failed the next, unrelated query.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock.ts";

export interface EmbeddedPostgres {
  url: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

/** dataDir null keeps everything in memory (tests). */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir ?? undefined);
  } catch (error) {
    unlock();
    throw error;
  }
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
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
      unlock();
    },
  };
}
