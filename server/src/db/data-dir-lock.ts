// PGlite does not stop a second process from opening the same data folder, and two writers would
// corrupt it. A lock file holding the owner's pid does: a live owner means "in use"; a dead one
// (the server was killed) leaves a stale lock that the next start takes over.
import fs from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {}

export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "claimdesk.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner}. Stop that ClaimDesk server first, ` +
            `or use PostgreSQL (DATABASE_URL) to run several processes on one database.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}: another process keeps taking the lock.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
