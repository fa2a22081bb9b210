// The write path against its ceiling, measured fairly on a noisy machine: short rounds of HTTP
// verdicts and raw pg writes, alternating which goes first, so both sides see the same moments of
// the machine's other load; the ratio is the median of the per-round ratios.
import type { CeilingResult } from "./pg-write-ceiling.ts";
import { emptyPhaseResult, type PhaseResult } from "./reviewer-traffic.ts";
import { LatencyStats } from "./latency-stats.ts";

export const WRITE_ROUNDS = 3;

export interface WriteRounds {
  verdicts: PhaseResult;
  ceiling: CeilingResult;
  /** HTTP verdicts/s over raw pg writes/s, one per round. */
  ratios: number[];
}

export async function alternateWriteRounds(
  http: () => Promise<PhaseResult>,
  raw: () => Promise<CeilingResult>,
): Promise<WriteRounds> {
  const verdictRounds: PhaseResult[] = [];
  const ceilingRounds: CeilingResult[] = [];
  for (let round = 0; round < WRITE_ROUNDS; round++) {
    if (round % 2 === 0) {
      verdictRounds.push(await http());
      ceilingRounds.push(await raw());
    } else {
      ceilingRounds.push(await raw());
      verdictRounds.push(await http());
    }
  }
  const ratios = verdictRounds.map(
    (v, i) => v.writes / v.seconds / (ceilingRounds[i]!.writes / ceilingRounds[i]!.seconds),
  );
  return { verdicts: mergePhases(verdictRounds), ceiling: mergeCeilings(ceilingRounds), ratios };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
}

function mergePhases(rounds: PhaseResult[]): PhaseResult {
  const merged: PhaseResult = { ...emptyPhaseResult(), serverCpuMs: 0 };
  for (const r of rounds) {
    merged.seconds += r.seconds;
    merged.requests += r.requests;
    merged.latency.addAll(r.latency);
    for (const [route, stats] of r.byRoute) {
      let into = merged.byRoute.get(route);
      if (!into) merged.byRoute.set(route, (into = new LatencyStats()));
      into.addAll(stats);
    }
    merged.errors += r.errors;
    merged.conflicts += r.conflicts;
    merged.writes += r.writes;
    merged.errorSamples.push(...r.errorSamples);
    merged.serverCpuMs = (merged.serverCpuMs ?? 0) + (r.serverCpuMs ?? NaN);
  }
  return merged;
}

function mergeCeilings(rounds: CeilingResult[]): CeilingResult {
  const merged: CeilingResult = { seconds: 0, writes: 0, conflicts: 0, latency: new LatencyStats() };
  for (const r of rounds) {
    merged.seconds += r.seconds;
    merged.writes += r.writes;
    merged.conflicts += r.conflicts;
    merged.latency.addAll(r.latency);
  }
  return merged;
}
