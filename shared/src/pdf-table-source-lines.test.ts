import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfTextRun } from "./pdf-text-layout.ts";

// Decision 375: a line under a PDF table set in two runs (its label in bold) no longer keeps the table text.

/** Runs placed at [x, text] on lines 14 units apart from y, 11-point, as a layout program sets cells. */
function placed(y: number, ...lines: [number, string][][]): PdfTextRun[] {
  return lines.flatMap((cells, i) =>
    cells.map(([x, text]) => ({ text, x, y: y - 14 * i, width: text.length * 5.5, fontSize: 11 })),
  );
}

const TABLE = placed(
  800,
  [
    [50, "Borough"],
    [200, "Rent"],
    [300, "Change"],
  ],
  [
    [50, "Camden"],
    [200, "£2,450"],
    [300, "+7.1%"],
  ],
  [
    [50, "Hackney"],
    [200, "£2,100"],
    [300, "+5.4%"],
  ],
  [
    [50, "Newham"],
    [200, "£1,650"],
    [300, "+8.9%"],
  ],
);
const GRID = "Borough\tRent\tChange\nCamden\t£2,450\t+7.1%\nHackney\t£2,100\t+5.4%\nNewham\t£1,650\t+8.9%";

/** A line right under the table's last row: a bold label, then the rest, a word space apart. */
function underTable(label: string, rest: string): PdfTextRun[] {
  const width = label.length * 5.5;
  return [
    { text: label, x: 50, y: 744, width, fontSize: 11 },
    { text: rest, x: 50 + width + 3, y: 744, width: rest.length * 5.5, fontSize: 11 },
  ];
}

describe("layoutPdfText: a line under a table set in two runs", () => {
  it("reads the table and sets a source line with its label in bold apart under it", () => {
    const runs = [...TABLE, ...underTable("Source:", "Office for National Statistics")];
    expect(layoutPdfText([{ runs }]).split("\n\n")).toEqual([GRID, "Source: Office for National Statistics"]);
  });

  it("reads the table under which a note or a sentence opens in bold", () => {
    const note = [...TABLE, ...underTable("Note:", "figures for 2025 are provisional.")];
    expect(layoutPdfText([{ runs: note }]).split("\n\n")[0]).toBe(GRID);
    const sentence = [...TABLE, ...underTable("Newham", "saw the steepest rise.")];
    expect(layoutPdfText([{ runs: sentence }]).split("\n\n")).toEqual([GRID, "Newham saw the steepest rise."]);
  });
});

describe("layoutPdfText: counter-examples, lines under a table that stay as they were", () => {
  it("keeps a total row under the table a row of it", () => {
    const tight = [
      ...TABLE,
      ...placed(744, [
        [50, "Total"],
        [200, "£6,200"],
        [300, "+7.0%"],
      ]),
    ];
    expect(layoutPdfText([{ runs: tight }])).toBe(`${GRID}\nTotal\t£6,200\t+7.0%`);
  });

  it("leaves as text a fact box or a two-column paragraph with a source line under it", () => {
    const factBox = [
      ...placed(
        800,
        [
          [50, "Population:"],
          [112, "1.2m"],
        ],
        [
          [50, "Area:"],
          [80, "240 sq km"],
        ],
        [
          [50, "Mayor:"],
          [87, "Dana Kim"],
        ],
      ),
      ...underTable("Source:", "Office for National Statistics").map((r) => ({ ...r, y: 758 })),
    ];
    const sidebar = [
      ...placed(
        800,
        [
          [50, "The council approved its budget"],
          [300, "By the numbers"],
        ],
        [
          [50, "after a debate that lasted four"],
          [300, "31"],
        ],
        [
          [50, "hours, with councillors voting 31"],
          [300, "12"],
        ],
      ),
      ...underTable("Source:", "the council").map((r) => ({ ...r, y: 758 })),
    ];
    for (const runs of [factBox, sidebar]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });
});
