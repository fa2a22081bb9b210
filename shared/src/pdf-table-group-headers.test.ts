import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfTextRun } from "./pdf-text-layout.ts";

// Decision 375: a PDF table with a group header over its header ("2024" over "Q1" "Q2").

/** Runs placed at [x, text] on lines 14 units apart from y, 11-point, as a layout program sets cells. */
function placed(y: number, ...lines: [number, string][][]): PdfTextRun[] {
  return lines.flatMap((cells, i) =>
    cells.map(([x, text]) => ({ text, x, y: y - 14 * i, width: text.length * 5.5, fontSize: 11 })),
  );
}

/** A header and three rows in five columns, the group header's line (if any) right above. */
function quarters(groups: [number, string][]): PdfTextRun[] {
  return [
    ...(groups.length > 0 ? placed(814, groups) : []),
    ...placed(
      800,
      [
        [50, "Region"],
        [150, "Q1"],
        [210, "Q2"],
        [270, "Q1"],
        [330, "Q2"],
      ],
      [
        [50, "North"],
        [150, "4.1%"],
        [210, "4.3%"],
        [270, "4.0%"],
        [330, "3.9%"],
      ],
      [
        [50, "South"],
        [150, "3.2%"],
        [210, "3.4%"],
        [270, "3.1%"],
        [330, "3.0%"],
      ],
      [
        [50, "East"],
        [150, "5.0%"],
        [210, "5.2%"],
        [270, "4.9%"],
        [330, "4.7%"],
      ],
    ),
  ];
}
const ROWS = "North\t4.1%\t4.3%\t4.0%\t3.9%\nSouth\t3.2%\t3.4%\t3.1%\t3.0%\nEast\t5.0%\t5.2%\t4.9%\t4.7%";

describe("layoutPdfText: a group header over the header", () => {
  it("opens each header cell with the label centred over its group of columns", () => {
    // "2024" centred over the first two quarters (150 to 232), "2025" over the next two.
    const runs = quarters([
      [180, "2024"],
      [300, "2025"],
    ]);
    expect(layoutPdfText([{ runs }])).toBe(`Region\t2024 Q1\t2024 Q2\t2025 Q1\t2025 Q2\n${ROWS}`);
  });
});

describe("layoutPdfText: counter-examples, group headers left as text", () => {
  it("leaves as text labels set over a group's first column, not centred over it", () => {
    // Set left, as a spreadsheet does: which columns "2024" covers is not shown.
    const runs = quarters([
      [150, "2024"],
      [270, "2025"],
    ]);
    expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  it("leaves as text groups of unequal size and a header's wrapped words over single columns", () => {
    // Three labels over four columns: which label covers two is a guess.
    const uneven = quarters([
      [150, "2023"],
      [225, "2024"],
      [300, "2025"],
    ]);
    // "Average" over the first "Q1" only, "Median" over the third column: wrapped cells, not groups.
    const wrapped = quarters([
      [150, "Average"],
      [270, "Median"],
    ]);
    for (const runs of [uneven, wrapped]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  it("reads the table under a lead-in as before, the lead-in left out of it", () => {
    const runs = [
      { text: "Unemployment by region and quarter:", x: 50, y: 814, width: 190, fontSize: 11 },
      ...quarters([]),
    ];
    expect(layoutPdfText([{ runs }]).split("\n\n")).toEqual([
      "Unemployment by region and quarter:",
      `Region\tQ1\tQ2\tQ1\tQ2\n${ROWS}`,
    ]);
  });
});
