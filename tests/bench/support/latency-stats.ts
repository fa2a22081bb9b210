// Latency samples of one phase, and the percentiles the tables print.
export class LatencyStats {
  private readonly samples: number[] = [];

  add(ms: number): void {
    this.samples.push(ms);
  }

  /** Takes in every sample of another phase (rounds of one measurement add up). */
  addAll(other: LatencyStats): void {
    for (const ms of other.samples) this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  /** Nearest-rank percentile in milliseconds; NaN when there are no samples. */
  percentile(p: number): number {
    if (!this.samples.length) return NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  }
}
