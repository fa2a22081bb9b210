// Settings of one load run, from flags or environment: every run is bounded in time and size.
//   --seconds N / LOAD_SECONDS          seconds of mixed traffic per concurrency level (default 10)
//   --levels a,b,c / LOAD_LEVELS        concurrent reviewers per level (default 10,50,200)
//   --databases x,y / LOAD_DATABASES    postgres and/or embedded (default both)
//   --think-ms N / LOAD_THINK_MS        mean pause of a paced reviewer between actions (default 1000)
//   --ci                                a few seconds at small numbers; exits 1 on any error
//   --cpu-profile / LOAD_CPU_PROFILE=1  profile the server and print where its CPU time went
//   LOAD_DATABASE_URL                   a PostgreSQL server (a database is created there and dropped)
export interface LoadOptions {
  seconds: number;
  /** Mean pause between a paced reviewer's actions. */
  thinkMs: number;
  /** Seconds of the verdict-only phase and of the raw pg ceiling at each level. */
  writeSeconds: number;
  levels: number[];
  databases: Array<"postgres" | "embedded">;
  adminUrl: string;
  poolSize: number;
  ci: boolean;
  cpuProfile: boolean;
}

export function loadOptions(argv: string[], env: NodeJS.ProcessEnv): LoadOptions {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? "") : undefined;
  };
  const ci = argv.includes("--ci");
  const seconds = Number(flag("seconds") ?? env.LOAD_SECONDS ?? (ci ? 2 : 10));
  const levels = (flag("levels") ?? env.LOAD_LEVELS ?? (ci ? "4,16" : "10,50,200")).split(",").map(Number);
  const databases = (flag("databases") ?? env.LOAD_DATABASES ?? "postgres,embedded").split(
    ",",
  ) as LoadOptions["databases"];
  if (!(seconds > 0 && seconds <= 600)) throw new Error("--seconds must be between 1 and 600");
  if (!levels.every((n) => Number.isInteger(n) && n >= 1 && n <= 1000))
    throw new Error("--levels takes whole numbers from 1 to 1000");
  if (!databases.every((d) => d === "postgres" || d === "embedded"))
    throw new Error("--databases takes postgres and/or embedded");
  const adminUrl = env.LOAD_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const host = new URL(adminUrl).hostname;
  // Load goes to loopback only: this must never hammer a shared or remote server by mistake.
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
    throw new Error(`LOAD_DATABASE_URL must point at 127.0.0.1, not ${host}`);
  const thinkMs = Number(flag("think-ms") ?? env.LOAD_THINK_MS ?? 1000);
  if (!(thinkMs >= 0 && thinkMs <= 60_000)) throw new Error("--think-ms must be between 0 and 60000");
  return {
    seconds,
    thinkMs,
    writeSeconds: Math.max(1, Math.min(5, seconds / 2)),
    levels,
    databases,
    adminUrl,
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
    ci,
    cpuProfile: argv.includes("--cpu-profile") || env.LOAD_CPU_PROFILE === "1",
  };
}
