// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import "../test/setup-dom.ts";
import { HighlightedText } from "./highlighted-text.tsx";
import { selectionOffsets } from "./selection-offsets.ts";

describe("selectionOffsets", () => {
  it("maps a selection across highlight boundaries back to body offsets", () => {
    const body = "Alpha beta gamma delta epsilon";
    const { container } = render(
      <HighlightedText
        body={body}
        spans={[
          { id: "a", start: 6, end: 16, number: 1, verdict: "true" },
          { id: "b", start: 11, end: 22, number: 2, verdict: null },
        ]}
      />,
    );
    const root = container.querySelector<HTMLElement>(".article-body")!;
    const marks = root.querySelectorAll("mark");
    // From inside "beta" (first mark) to inside "delta" (last mark).
    const range = document.createRange();
    range.setStart(marks[0]!.firstChild!, 2);
    range.setEnd(marks[marks.length - 1]!.firstChild!, 3);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const offsets = selectionOffsets(root, selection)!;
    expect(body.slice(offsets.start, offsets.end)).toBe(selection.toString());
    expect(offsets).toEqual({ start: 8, end: 19 });
  });
});
