// Builds the client and starts the real server on a free port with an empty data directory.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const ADMIN = { email: "admin@example.org", password: "e2e-admin-password-2025" };

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => res(port));
    });
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startRealServer(): Promise<RunningServer> {
  // The client as users get it: vitest sets NODE_ENV=test, which made Vite build React's
  // development bundle (StrictMode double effects and all) instead of the production one.
  execFileSync("npm", ["run", "-s", "build", "-w", "client"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "claimdesk-e2e-"));
  let log = "";
  const child: ChildProcess = spawn("npx", ["tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOAD_SAMPLE: "false",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      CLIENT_DIST: join(ROOT, "client/dist"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: npx starts tsx, which starts node, and stopping npx alone left the
    // server running (and its port taken) after the test.
    detached: true,
  });
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The server did not become healthy in time:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }

  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        signalGroup(child, "SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) signalGroup(child, "SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signals npx and everything it started (the negative pid is the process group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal); // The group is gone already, or groups are not supported here.
  }
}
