// Turns a body and possibly overlapping spans into non-overlapping segments in one sweep, so
// the text renders as a flat list of runs however the spans nest or cross.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Spans covering this run, outermost (earliest start, then longest) first. */
  spanIds: string[];
  /** Spans that begin at this run's start, so their label is drawn once, here. */
  startingIds: string[];
}

export function buildSegments(length: number, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({
      id: s.id,
      start: Math.max(0, Math.min(s.start, length)),
      end: Math.max(0, Math.min(s.end, length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let active: typeof valid = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    active = active.filter((s) => s.end > from);
    const startingIds: string[] = [];
    while (next < valid.length && valid[next]!.start === from) {
      active.push(valid[next]!);
      startingIds.push(valid[next]!.id);
      next++;
    }
    segments.push({ start: from, end: to, spanIds: active.map((s) => s.id), startingIds });
  }
  return segments;
}
