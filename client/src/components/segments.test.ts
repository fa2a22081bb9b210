import { describe, expect, it } from "vitest";
import { buildSegments } from "./segments.ts";

describe("buildSegments", () => {
  it("covers the whole body exactly once", () => {
    const segs = buildSegments(20, [{ id: "a", start: 2, end: 8 }]);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 8],
      [8, 20],
    ]);
    expect(segs[1]!.spanIds).toEqual(["a"]);
    expect(segs[1]!.startingIds).toEqual(["a"]);
  });

  it("keeps overlapping and nested spans", () => {
    const segs = buildSegments(10, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 3, end: 9 },
      { id: "c", start: 4, end: 5 },
    ]);
    const at = (n: number) => segs.find((s) => s.start <= n && n < s.end)!.spanIds;
    expect(at(1)).toEqual(["a"]);
    expect(at(3)).toEqual(["a", "b"]);
    expect(at(4)).toEqual(["a", "b", "c"]);
    expect(at(7)).toEqual(["b"]);
    expect(at(9)).toEqual([]);
  });

  it("ignores empty and out-of-range spans", () => {
    const segs = buildSegments(5, [
      { id: "x", start: 3, end: 3 },
      { id: "y", start: 4, end: 50 },
    ]);
    expect(segs.at(-1)).toEqual({ start: 4, end: 5, spanIds: ["y"], startingIds: ["y"] });
    expect(segs.some((s) => s.spanIds.includes("x"))).toBe(false);
  });
});
