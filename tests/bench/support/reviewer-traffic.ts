// What many reviewers do at once. Each reviewer runs a loop of actions, either
//   closed (next request as soon as the last one is answered, no think time: the server's capacity), or
//   paced (a pause of thinkMs × 0.5–1.5 between actions, like a person reading between clicks;
//   a real reviewer reads a claim and its sources for minutes, so a second is a busy desk).
// The actions:
//   "mix":      open an article with its claims (20 %), set a verdict (40 %), add a source (10 %),
//               add a note (10 %), read a claim's history (20 %). Each reviewer works on its own
//               claim; one verdict in ten goes to a random claim, where a 409 is possible.
//   "verdicts": only verdicts, each reviewer on its own claim: the write path alone.
// A 409 on a verdict is expected: the reviewer refetches the claim and goes on; it is counted
// apart from errors. Errors are any other non-2xx answer and every network error.
import type { BrowserSession } from "./browser-session.ts";
import { LatencyStats } from "./latency-stats.ts";
import type { SeedClaim } from "./load-seed.ts";

// Every source address and note text is new across all phases of a run: the API refuses a source
// the claim already cites (409) and takes the same note twice within 10 s as one submission.
let writeSerial = 0;

const VERDICTS = ["true", "false", "misleading", "unverified"] as const;

export interface PhaseResult {
  seconds: number;
  requests: number;
  latency: LatencyStats;
  byRoute: Map<string, LatencyStats>;
  errors: number;
  conflicts: number;
  writes: number;
  errorSamples: string[];
  /** CPU the server process spent in this phase, when the caller measured it. */
  serverCpuMs?: number;
}

/** A phase with nothing counted yet. */
export function emptyPhaseResult(): PhaseResult {
  return {
    seconds: 0,
    requests: 0,
    latency: new LatencyStats(),
    byRoute: new Map(),
    errors: 0,
    conflicts: 0,
    writes: 0,
    errorSamples: [],
  };
}

export async function runPhase(
  mode: "mix" | "verdicts",
  reviewers: BrowserSession[],
  claims: SeedClaim[],
  seconds: number,
  thinkMs = 0,
): Promise<PhaseResult> {
  const result = emptyPhaseResult();
  // Each reviewer's own view of claim versions, as a browser tab would hold them.
  const known = reviewers.map(() => new Map(claims.map((c) => [c.id, c.version])));
  const started = performance.now();
  const deadline = started + seconds * 1000;

  const timed = async (
    route: string,
    session: BrowserSession,
    method: string,
    path: string,
    body?: unknown,
    expected = [200, 201],
  ) => {
    const t0 = performance.now();
    try {
      const answer = await session.request(method, path, body);
      const ms = performance.now() - t0;
      result.requests++;
      result.latency.add(ms);
      let stats = result.byRoute.get(route);
      if (!stats) result.byRoute.set(route, (stats = new LatencyStats()));
      stats.add(ms);
      if (answer.status === 409 && expected.includes(409)) result.conflicts++;
      else if (!expected.includes(answer.status)) note(`${route}: ${answer.status} ${answer.body.slice(0, 200)}`);
      return answer;
    } catch (error) {
      result.requests++;
      note(`${route}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const note = (sample: string) => {
    result.errors++;
    if (result.errorSamples.length < 5) result.errorSamples.push(sample);
  };

  const setVerdict = async (r: number, session: BrowserSession, claim: SeedClaim) => {
    const versions = known[r]!;
    const verdict = VERDICTS[(versions.get(claim.id)! + r) % VERDICTS.length];
    const answer = await timed(
      "PUT /claims/:id/verdict",
      session,
      "PUT",
      `/api/claims/${claim.id}/verdict`,
      { version: versions.get(claim.id), verdict, rationale: `Checked by reviewer ${r}.` },
      [200, 409],
    );
    if (answer?.status === 200) {
      result.writes++;
      versions.set(claim.id, (JSON.parse(answer.body) as { version: number }).version);
    } else if (answer?.status === 409) {
      const fresh = await timed("GET /claims/:id", session, "GET", `/api/claims/${claim.id}`);
      if (fresh?.status === 200) versions.set(claim.id, (JSON.parse(fresh.body) as { version: number }).version);
    }
  };

  const reviewer = async (r: number) => {
    const session = reviewers[r]!;
    const own = claims[r % claims.length]!;
    // Paced reviewers start spread over one pause, not all in the same millisecond.
    if (thinkMs > 0) await pause(thinkMs * Math.random());
    for (let step = 0; performance.now() < deadline; step++) {
      if (thinkMs > 0 && step > 0) await pause(thinkMs * (0.5 + Math.random()));
      if (performance.now() >= deadline) break;
      const dice = mode === "verdicts" ? 0.3 : Math.random();
      if (dice < 0.2) {
        await timed("GET /articles/:id", session, "GET", `/api/articles/${own.articleId}`);
        const list = await timed("GET /articles/:id/claims", session, "GET", `/api/articles/${own.articleId}/claims`);
        if (list?.status === 200)
          for (const c of (JSON.parse(list.body) as { items: SeedClaim[] }).items) known[r]!.set(c.id, c.version);
      } else if (dice < 0.6) {
        const target = mode === "mix" && step % 10 === 9 ? claims[Math.floor(Math.random() * claims.length)]! : own;
        await setVerdict(r, session, target);
      } else if (dice < 0.7) {
        const added = await timed("POST /claims/:id/sources", session, "POST", `/api/claims/${own.id}/sources`, {
          url: `https://example.org/evidence/${r}/${++writeSerial}`,
          title: "Official statistics",
          stance: "context",
        });
        if (added?.status === 201) result.writes++;
      } else if (dice < 0.8) {
        const added = await timed("POST /claims/:id/notes", session, "POST", `/api/claims/${own.id}/notes`, {
          body: `Reviewer ${r}: checked the figure against the ministry release (${++writeSerial}).`,
        });
        if (added?.status === 201) result.writes++;
      } else {
        await timed("GET /claims/:id/history", session, "GET", `/api/claims/${own.id}/history`);
      }
    }
  };

  await Promise.all(reviewers.map((_, r) => reviewer(r)));
  result.seconds = (performance.now() - started) / 1000;
  // Versions moved on: the next phase starts from what the reviewers last saw.
  for (const claim of claims) claim.version = Math.max(...known.map((m) => m.get(claim.id) ?? claim.version));
  return result;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
