// The ceiling for our writes: the same verdict change done directly with pg, no HTTP, no ORM, no
// validation: one transaction with a version-checked UPDATE of the claim and one audit insert
// (whose trigger takes the chain lock and hashes, as for the app). Same database server, same
// number of concurrent writers, through a pool of the size the server gets.
import type pg from "pg";
import { LatencyStats } from "./latency-stats.ts";

export interface CeilingResult {
  seconds: number;
  writes: number;
  conflicts: number;
  latency: LatencyStats;
}

const VERDICTS = ["true", "false", "misleading", "unverified"] as const;

export async function runPgCeiling(pool: pg.Pool, writers: number, seconds: number): Promise<CeilingResult> {
  const claims = (
    await pool.query<{ id: string; article_id: string; version: number }>(
      "SELECT id, article_id, version FROM claims ORDER BY id",
    )
  ).rows;
  const actor = (await pool.query<{ id: string }>("SELECT id FROM users ORDER BY created_at LIMIT 1")).rows[0]!.id;
  const result: CeilingResult = { seconds: 0, writes: 0, conflicts: 0, latency: new LatencyStats() };
  const started = performance.now();
  const deadline = started + seconds * 1000;

  const writer = async (w: number) => {
    const claim = claims[w % claims.length]!;
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const verdict = VERDICTS[(claim.version + w) % VERDICTS.length];
        const updated = await client.query<{ version: number }>(
          `UPDATE claims SET verdict = $3, rationale = $4, verdict_by_id = $5, verdict_at = now(), version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 RETURNING version`,
          [claim.id, claim.version, verdict, `Checked by writer ${w}.`, actor],
        );
        if (!updated.rows[0]) {
          await client.query("ROLLBACK");
          result.conflicts++;
          claim.version = (
            await client.query<{ version: number }>("SELECT version FROM claims WHERE id = $1", [claim.id])
          ).rows[0]!.version;
          continue;
        }
        await client.query(
          `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, article_id, claim_id, before, after, request_id, prev_hash, hash)
           VALUES ($1, 'claim.verdict', 'claim', $2, $3, $8, $4, $5, $6, '', $7)`,
          [
            actor,
            claim.id,
            claim.article_id,
            JSON.stringify({ version: claim.version }),
            JSON.stringify({ version: updated.rows[0].version, verdict }),
            `ceiling-${w}`,
            `pending:${crypto.randomUUID()}`,
            claim.id,
          ],
        );
        await client.query("COMMIT");
        claim.version = updated.rows[0].version;
        result.writes++;
        result.latency.add(performance.now() - t0);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
