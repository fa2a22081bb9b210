// The fallback for what the direct path (open-streams.ts) cannot see: a session deleted, an
// account disabled or given another role outside this server's routes (by SQL, by a tool), or a
// notice of any of these lost while the LISTEN connection was reconnecting. A role change leaves
// the session valid, so the role each stream was opened under is compared with the account's role
// now: a demoted reviewer's stream must not keep the old role's view. One query for all of this
// process's open streams, once a minute, instead of one per stream before every event.
import type { Logger } from "pino";
import type { Role } from "@claimdesk/shared";
import { sqlRows, type SqlTarget } from "../db/sql.ts";
import type { OpenStreams } from "./open-streams.ts";

const LIVE_SESSION_SWEEP_MS = 60_000;

const LIVE_SESSIONS = `
  SELECT s.id, u.role::text AS role FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = ANY($1::text[]) AND s.expires_at > now() AND u.disabled_at IS NULL`;

export function sweepStreamSessions(
  pool: SqlTarget,
  streams: OpenStreams,
  logger: Logger,
  intervalMs = LIVE_SESSION_SWEEP_MS,
): { stop(): void } {
  let running = false;
  const sweep = async () => {
    const checked = streams.snapshot();
    if (running || checked.length === 0) return;
    running = true;
    try {
      const sessionIds = [...new Set(checked.map((s) => s.sessionId))];
      const rows = await sqlRows<{ id: string; role: Role }>(pool, LIVE_SESSIONS, [sessionIds]);
      streams.endStale(checked, new Map(rows.map((r) => [r.id, r.role])));
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
