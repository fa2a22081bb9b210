// The fallback for what the direct path (open-streams.ts) cannot see: a session deleted or an
// account disabled outside this server's routes (by SQL, by a tool), or an end-of-session notice
// lost while the LISTEN connection was reconnecting. One query for all of this process's open
// streams, once a minute, instead of one per stream before every event.
import type { Logger } from "pino";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import type { OpenStreams } from "./open-streams.ts";

const LIVE_SESSION_SWEEP_MS = 60_000;

const LIVE_SESSIONS = `
  SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = ANY($1::text[]) AND s.expires_at > now() AND u.disabled_at IS NULL`;

export function sweepStreamSessions(
  pool: SqlTarget,
  streams: OpenStreams,
  logger: Logger,
  intervalMs = LIVE_SESSION_SWEEP_MS,
): { stop(): void } {
  let running = false;
  const sweep = async () => {
    const sessionIds = streams.sessionIds();
    if (running || sessionIds.length === 0) return;
    running = true;
    try {
      const rows = await sqlRows<{ id: string }>(pool, LIVE_SESSIONS, [sessionIds]);
      // A stream opened during the query is under a session just checked by its own request.
      const live = new Set(rows.map((r) => r.id));
      const asked = new Set(sessionIds);
      for (const id of streams.sessionIds()) if (!asked.has(id)) live.add(id);
      streams.endUnless(live);
    } catch (error) {
      // The database may be down for a moment; the next sweep tries again.
      logger.warn({ err: error }, "live updates: cannot check the sessions of open streams");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
