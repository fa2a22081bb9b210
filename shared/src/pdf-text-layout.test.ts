import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfPageRuns, type PdfTextRun } from "./pdf-text-layout.ts";

/** A page of lines, one run each, 14 units apart from y = 800 down, unless a line says otherwise. */
function page(
  ...lines: (string | { text: string; y?: number; x?: number; size?: number; gap?: number })[]
): PdfPageRuns {
  let y = 800;
  const runs: PdfTextRun[] = [];
  lines.forEach((line, i) => {
    const l = typeof line === "string" ? { text: line } : line;
    if (i > 0) y -= l.gap ?? 14;
    const size = l.size ?? 11;
    runs.push({ text: l.text, x: l.x ?? 50, y: l.y ?? y, width: l.text.length * size * 0.5, fontSize: size });
  });
  return { runs };
}

describe("layoutPdfText", () => {
  it("joins a paragraph's lines and starts a paragraph at a wider gap or another type size", () => {
    const text = layoutPdfText([
      page(
        { text: "Floods displace thousands", size: 18 },
        { text: "Heavy rain forced 12,000 people from their homes on", gap: 30 },
        "Sunday, officials said.",
        { text: "The river rose 4 metres in a day.", gap: 28 },
      ),
    ]);
    expect(text).toBe(
      "Floods displace thousands\n\nHeavy rain forced 12,000 people from their homes on Sunday, officials said.\n\nThe river rose 4 metres in a day.",
    );
  });

  it("joins words hyphenated at a line's end, and keeps other hyphens", () => {
    const text = layoutPdfText([
      page("The govern-", "ment voted 7-", "2 to approve the re\u00ad", "zoning of the far-left bank."),
    ]);
    expect(text).toBe("The government voted 7- 2 to approve the rezoning of the far-left bank.");
  });

  it("puts runs on one baseline together, with a space only where the PDF leaves a gap", () => {
    const runs: PdfTextRun[] = [
      { text: "Prices rose", x: 50, y: 700, width: 55, fontSize: 11 },
      { text: "3.2%", x: 108, y: 700, width: 22, fontSize: 11 },
      { text: " in May.", x: 130, y: 700.4, width: 40, fontSize: 11 },
    ];
    expect(layoutPdfText([{ runs }])).toBe("Prices rose 3.2% in May.");
  });

  it("starts a paragraph after a short line that ends a sentence, or at an indented line", () => {
    const long = "The council approved the budget for the coming year after a long debate";
    const text = layoutPdfText([
      page(long, "on Tuesday.", { text: "Critics said the plan was too costly for the city", x: 62 }, "to afford."),
    ]);
    expect(text).toBe(`${long} on Tuesday.\n\nCritics said the plan was too costly for the city to afford.`);
  });

  it("goes on with a sentence cut by a page break, without the running header and page numbers", () => {
    const header = { text: "THE SPRINGFIELD GAZETTE · Tuesday", size: 8 };
    const text = layoutPdfText([
      page(header, { text: "The mayor said the city would hire", gap: 30 }, "200 officers by", { text: "1", gap: 40 }),
      page(header, { text: "June. The union disputed the figure.", gap: 30 }, { text: "- 2 -", gap: 40 }),
      page(header, { text: "Hiring will start next month.", gap: 30 }, { text: "Page 3 of 3", gap: 40 }),
    ]);
    expect(text).toBe(
      "The mayor said the city would hire 200 officers by June. The union disputed the figure.\n\nHiring will start next month.",
    );
  });

  it("drops a running head only a point larger than the text, and tells paragraphs apart by a word processor's spacing", () => {
    // As LibreOffice Writer exports: a 12-point head at the usual spacing above 11-point text,
    // paragraphs 7 points apart on 12.6-point lines.
    const head = { text: "Ministry of Ports — Press release", size: 12 };
    const body = (first: string, second: string, next: string) => [
      head,
      { text: first, gap: 13 },
      { text: second, gap: 12.6 },
      { text: next, gap: 19.6 },
    ];
    const text = layoutPdfText([
      page(...body("The board voted 5-2 on", "Monday.", "It meets again in July.")),
      page(...body("Imports rose 3% in", "May.", "Fuel led the rise.")),
      page(...body("Exports fell 2% in", "June.", "Grain fell most.")),
    ]);
    expect(text.split("\n\n")).toEqual([
      "The board voted 5-2 on Monday.",
      "It meets again in July.",
      "Imports rose 3% in May.",
      "Fuel led the rise.",
      "Exports fell 2% in June.",
      "Grain fell most.",
    ]);
  });

  it("drops a one-page document's running head set smaller than its text, wherever the PDF writes it", () => {
    const head = { text: "Ministry of Ports — Press release", size: 8, y: 820 };
    const text = layoutPdfText([page("Harbor board approves limits", { text: "The board voted 5-2.", gap: 30 }, head)]);
    expect(text).toBe("Harbor board approves limits\n\nThe board voted 5-2.");
  });

  it("keeps a body line that repeats at the same place on every page", () => {
    const text = layoutPdfText([
      page("Yes.", "The vote passed."),
      page("Yes.", "The motion failed."),
      page("Yes.", "The session ended."),
    ]);
    expect(text.split("\n\n")).toEqual([
      "Yes.",
      "The vote passed.",
      "Yes.",
      "The motion failed.",
      "Yes.",
      "The session ended.",
    ]);
  });

  it("starts a paragraph where the text moves up the page, as at a second column", () => {
    const text = layoutPdfText([
      page(
        "The left column",
        "ends here.",
        { text: "The right column", y: 800, x: 300 },
        { text: "starts here.", y: 786, x: 300 },
      ),
    ]);
    expect(text).toBe("The left column ends here.\n\nThe right column starts here.");
  });

  it("keeps a headline set on two lines together", () => {
    const text = layoutPdfText([
      page(
        { text: "Harbor board approves", size: 22 },
        { text: "night shipping limits", size: 22, gap: 28 },
        { text: "The board voted 5-2 on Monday.", gap: 34 },
      ),
    ]);
    expect(text).toBe("Harbor board approves night shipping limits\n\nThe board voted 5-2 on Monday.");
  });

  // Four full lines of a justified column, the last ending a sentence that the paragraph goes on after.
  const full = (x: number, y?: number) =>
    [
      "The port said volumes fell in the",
      "first quarter by six per cent from",
      "a year earlier as exports slowed",
      "down across the whole region now.",
    ].map((text, i) => ({ text, x, y: y === undefined ? undefined : y - 14 * i }));

  it("goes on with a paragraph into the next column when its last line there runs to the margin", () => {
    const text = layoutPdfText([page(...full(50), { text: "Imports rose.", x: 300, y: 800 })]);
    expect(text).toBe(
      "The port said volumes fell in the first quarter by six per cent from a year earlier as exports slowed down across the whole region now. Imports rose.",
    );
  });

  it("goes on with a sentence cut at the foot of a column", () => {
    const text = layoutPdfText([
      page("Complaints rose to 1,240 last", "year, more than", { text: "double the 2022 figure.", x: 300, y: 800 }),
    ]);
    expect(text).toBe("Complaints rose to 1,240 last year, more than double the 2022 figure.");
  });

  it("goes on with a paragraph across a page break when its last line runs to the margin", () => {
    const text = layoutPdfText([page(...full(50)), page("Imports rose."), page({ text: "A new paragraph.", x: 62 })]);
    expect(text).toBe(
      "The port said volumes fell in the first quarter by six per cent from a year earlier as exports slowed down across the whole region now. Imports rose.\n\nA new paragraph.",
    );
  });

  it("ends a justified paragraph at a page break when its last line stops short of the margin", () => {
    // Justified: the full lines all end at x = 250; the last ends at 232 (90%) with a sentence.
    const words = [
      "The council voted to widen",
      "ten miles of road and to add",
      "bus lanes across the centre,",
      "the department said in a",
      "statement on Tuesday.",
    ];
    const runs: PdfTextRun[] = words.map((text, i) => ({
      text,
      x: 50,
      y: 800 - 14 * i,
      width: i < 4 ? 200 : 182,
      fontSize: 11,
    }));
    const text = layoutPdfText([{ runs }, page("Critics said the plan was too costly.")]);
    expect(text.split("\n\n")).toEqual([words.join(" "), "Critics said the plan was too costly."]);
  });

  it("gives nothing for pages without text", () => {
    expect(layoutPdfText([{ runs: [] }, { runs: [{ text: " ", x: 0, y: 0, width: 0, fontSize: 10 }] }])).toBe("");
  });
});

/** Runs placed at [x, text] on lines 14 units apart from y, 11-point, as a layout program sets cells. */
function placed(y: number, ...lines: [number, string][][]): PdfTextRun[] {
  return lines.flatMap((cells, i) =>
    cells.map(([x, text]) => ({ text, x, y: y - 14 * i, width: text.length * 5.5, fontSize: 11 })),
  );
}

describe("layoutPdfText: tables", () => {
  it("writes a grid of figures a row a line, its cells set apart by tabs, as a paragraph of its own", () => {
    const runs = [
      { text: "Figures from the Office for National Statistics show:", x: 50, y: 800, width: 290, fontSize: 11 },
      // The header's words in runs of their own; the figures right-aligned, so "Change" stands left of them.
      ...placed(770, [
        [50, "Borough"],
        [170, "Average"],
        [215, "rent"],
        [290, "Change"],
      ]),
      ...placed(
        756,
        [
          [50, "Camden"],
          [200, "£2,450"],
          [330, "+7.1%"],
        ],
        [
          [50, "Hackney"],
          [200, "£2,100"],
          [330, "+5.4%"],
        ],
        [
          [50, "Newham"],
          [200, "£1,650"],
          [330, "+8.9%"],
        ],
      ),
      { text: "Newham saw the steepest rise.", x: 50, y: 700, width: 160, fontSize: 11 },
    ];
    expect(layoutPdfText([{ runs }]).split("\n\n")).toEqual([
      "Figures from the Office for National Statistics show:",
      "Borough\tAverage rent\tChange\nCamden\t£2,450\t+7.1%\nHackney\t£2,100\t+5.4%\nNewham\t£1,650\t+8.9%",
      "Newham saw the steepest rise.",
    ]);
  });

  it("goes on with no paragraph into a table or out of one at a page break", () => {
    const first = placed(
      114,
      [
        [50, "Region"],
        [200, "Votes"],
      ],
      [
        [50, "North"],
        [200, "12,400"],
      ],
      [
        [50, "South"],
        [200, "9,800"],
      ],
      [
        [50, "East"],
        [200, "7,100"],
      ],
    );
    const second = [{ text: "turnout fell in every region", x: 50, y: 800, width: 150, fontSize: 11 }];
    expect(layoutPdfText([{ runs: first }, { runs: second }]).split("\n\n")).toEqual([
      "Region\tVotes\nNorth\t12,400\nSouth\t9,800\nEast\t7,100",
      "turnout fell in every region",
    ]);
  });

  it("leaves as text two columns of prose written line by line, a fact box of labels, and two rows", () => {
    const interleaved = placed(
      800,
      [
        [50, "The council approved the budget"],
        [300, "Critics said the plan was too"],
      ],
      [
        [50, "on Tuesday after a debate of 4"],
        [300, "costly for a city of 80,000"],
      ],
      [
        [50, "hours, the mayor said."],
        [300, "people to afford."],
      ],
    );
    const factBox = placed(
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
    );
    const twoRows = placed(
      800,
      [
        [50, "North"],
        [200, "12,400"],
      ],
      [
        [50, "South"],
        [200, "9,800"],
      ],
    );
    for (const runs of [interleaved, factBox, twoRows]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  it("leaves as text lines of prose whose words are runs of their own", () => {
    const words = (y: number, text: string, x = 50): PdfTextRun[] =>
      text.split(" ").map((w, i, all) => {
        const at = x + all.slice(0, i).join(" ").length * 5.5 + (i > 0 ? 5.5 : 0);
        return { text: w, x: at, y, width: w.length * 5.5, fontSize: 11 };
      });
    const runs = [
      ...words(800, "Turnout was 61% in 2024, the commission said on"),
      ...words(786, "Tuesday, up from 58% in 2019 and 52% in 2014 when"),
      ...words(772, "the count took 3 days in 12 regions of the 14."),
    ];
    expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });
});

describe("layoutPdfText: counter-examples from a review of tables", () => {
  const rows = (...cells: [number, string][][]): [number, string][][] => cells;
  const rents = rows(
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
  const header = rows([
    [50, "Borough"],
    [200, "Rent"],
    [300, "Change"],
  ]);

  it("goes on with a table's rows at the top of the next page under the header of its first part", () => {
    const first = placed(114, ...header, ...rents);
    const second = [
      ...placed(800, [
        [50, "Lambeth"],
        [200, "£2,000"],
        [300, "+4.0%"],
      ]),
      ...placed(786, [
        [50, "Merton"],
        [200, "£1,800"],
        [300, "+3.2%"],
      ]),
      ...placed(772, [
        [50, "Sutton"],
        [200, "£1,500"],
        [300, "+2.9%"],
      ]),
      { text: "Rents rose everywhere.", x: 50, y: 740, width: 120, fontSize: 11 },
    ];
    expect(layoutPdfText([{ runs: first }, { runs: second }]).split("\n\n")).toEqual([
      "Borough\tRent\tChange\nCamden\t£2,450\t+7.1%\nHackney\t£2,100\t+5.4%\nNewham\t£1,650\t+8.9%\nLambeth\t£2,000\t+4.0%\nMerton\t£1,800\t+3.2%\nSutton\t£1,500\t+2.9%",
      "Rents rose everywhere.",
    ]);
  });

  it("leaves as text a contents page, a CV's dates and a list of references: page numbers and years are no figures", () => {
    const contents = placed(
      800,
      [
        [50, "Chair's statement"],
        [300, "3"],
      ],
      [
        [50, "Chief executive's review"],
        [300, "5"],
      ],
      [
        [50, "Financial review"],
        [300, "14"],
      ],
      [
        [50, "Governance"],
        [300, "21"],
      ],
    );
    const cv = placed(
      800,
      [
        [50, "Senior Data Reporter, The Herald"],
        [300, "2021"],
      ],
      [
        [50, "Data Reporter, Evening Post"],
        [300, "2017"],
      ],
      [
        [50, "Trainee Reporter, Gazette"],
        [300, "2015"],
      ],
    );
    const references = placed(
      800,
      [
        [50, "Smith, J. Housing costs"],
        [300, "2020"],
        [350, "12"],
      ],
      [
        [50, "Jones, K. Rents and wages"],
        [300, "2021"],
        [350, "40"],
      ],
      [
        [50, "Brown, L. The cost of renting"],
        [300, "2022"],
        [350, "77"],
      ],
    );
    for (const runs of [contents, cv, references]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  it("leaves as text two columns with no header, and a paragraph's lines beside a column of figures", () => {
    const prices = placed(
      800,
      [
        [50, "Flat white"],
        [200, "£3.60"],
      ],
      [
        [50, "Latte"],
        [200, "£3.80"],
      ],
      [
        [50, "Croissant"],
        [200, "£2.90"],
      ],
    );
    const sidebar = placed(
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
      [
        [50, "against. The leader said the plan"],
        [300, "£48m"],
      ],
    );
    for (const runs of [prices, sidebar]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  it("leaves as text a table whose header stands on two lines, rather than read its rows without it", () => {
    // A group header over the columns: "2024" over the first rent, "2025" over the second.
    const grouped = placed(
      800,
      [
        [200, "2024"],
        [300, "2025"],
      ],
      ...header,
      ...rents,
    );
    // Header cells that wrap: one line each above the rows, none in the first column.
    const wrapped = [
      ...placed(800, [
        [200, "Average"],
        [300, "Change on"],
      ]),
      { text: "Borough", x: 50, y: 793, width: 40, fontSize: 11 },
      ...placed(786, [
        [200, "monthly rent"],
        [300, "the year"],
      ]),
      ...placed(772, ...rents),
    ];
    for (const runs of [grouped, wrapped]) expect(layoutPdfText([{ runs }])).not.toContain("\t");
  });

  // Decision 420: a label whose lines run on ("Royal Borough of" / "Kensington and Chelsea") is one row's.
  it("joins a label that wraps onto a line of its own to its row, under the last row or in the middle", () => {
    const wrapping = [50, "Royal Borough of"] as [number, string];
    const last = placed(
      800,
      ...header,
      ...rents,
      [wrapping, [200, "£3,950"], [300, "+2.1%"]],
      [[50, "Kensington and Chelsea"]],
    );
    const middle = placed(
      800,
      ...header,
      rents[0]!,
      [wrapping, [200, "£3,950"], [300, "+2.1%"]],
      [[50, "Kensington and Chelsea"]],
      ...rents.slice(1),
      [
        [50, "Lambeth"],
        [200, "£2,000"],
        [300, "+4.0%"],
      ],
    );
    // A browser sets the figures of a wrapped row level with its first line, after the label's two lines.
    const centred = [
      ...placed(800, ...header, rents[0]!),
      { text: "Kensington and", x: 50, y: 772, width: 80, fontSize: 11 },
      { text: "Chelsea", x: 50, y: 760, width: 40, fontSize: 11 },
      ...placed(772, [
        [200, "£3,950"],
        [300, "+2.1%"],
      ]),
      ...placed(744, ...rents.slice(1)),
      ...placed(716, [
        [50, "Lambeth"],
        [200, "£2,000"],
        [300, "+4.0%"],
      ]),
    ];
    const kensington = "Royal Borough of Kensington and Chelsea\t£3,950\t+2.1%";
    expect(
      layoutPdfText([{ runs: last }])
        .split("\n")
        .at(-1),
    ).toBe(kensington);
    expect(layoutPdfText([{ runs: middle }]).split("\n")[2]).toBe(kensington);
    expect(layoutPdfText([{ runs: centred }]).split("\n")[2]).toBe("Kensington and Chelsea\t£3,950\t+2.1%");
    // A source line right under the table is no label's line: the table stays one.
    const sourced = placed(800, ...header, ...rents, [[50, "Source: ONS"]]);
    expect(layoutPdfText([{ runs: sourced }])).toContain("Newham\t£1,650\t+8.9%");
  });
});
