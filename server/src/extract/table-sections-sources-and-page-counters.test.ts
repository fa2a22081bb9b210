import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { layoutPdfText, type PdfTextRun } from "@claimdesk/shared/pdf-text-layout";
import { extractClaims } from "./extract-claims.ts";

// Decision 455: a section row among a table's rows, a lone source line between prose and a table,
// and a page's counter in text pasted from a PDF. The texts are written for these tests; the PDF
// cases are runs placed as a layout program places a table's cells, read through `layoutPdfText`.

function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const wordings = (body: string): string[] => claims(body).map((c) => c.text);
/** The claim that quotes `fragment`. */
function quoting(body: string, fragment: string): ExtractedClaim {
  const found = claims(body).find((c) => c.quote.includes(fragment));
  if (!found) throw new Error(`no claim quotes ${fragment}`);
  return found;
}

/** Runs at [x, y, text], 11-point, as a layout program sets a table's cells. */
function runs(...cells: [number, number, string][]): PdfTextRun[] {
  return cells.map(([x, y, text]) => ({ text, x, y, width: text.length * 5.5, fontSize: 11 }));
}
const HEADER = runs([50, 800, "Region"], [200, 800, "Rate"], [300, 800, "Change"]);

const LEAD = "Unemployment rose in most regions last year.";
const tabbed = (...lines: string[]): string => [LEAD, "", "City\tRate\tChange", ...lines].join("\n");

describe("a section row among a table's rows", () => {
  const ROWS = ["Leeds\t4.1%\t+0.2", "Hull\t5.3%\t+0.4"];
  const SOUTH = ["Bristol\t3.2%\t-0.1", "Exeter\t2.9%\t-0.3"];

  it("reads a pasted table with a label alone on its line as one table, the section's name first", () => {
    const got = wordings(tabbed("North", ...ROWS, "South", ...SOUTH));
    expect(got).toContain("North: Leeds: Rate 4.1%; Change +0.2");
    expect(got).toContain("South: Exeter: Rate 2.9%; Change -0.3");
    expect(got).not.toContain("City Rate Change");
  });

  it("reads “Region: North” as the section North", () => {
    const got = wordings(tabbed("Region: North", ...ROWS, "Region: South", ...SOUTH));
    expect(got).toContain("North: Hull: Rate 5.3%; Change +0.4");
    expect(got).toContain("South: Bristol: Rate 3.2%; Change -0.1");
    expect(got).not.toContain("Region: North");
  });

  it("reads a Markdown section row of one cell, or bold over empty cells", () => {
    const md = [
      LEAD,
      "",
      "| City | Rate | Change |",
      "|---|---|---|",
      "| North |",
      "| Leeds | 4.1% | +0.2 |",
      "| Hull | 5.3% | +0.4 |",
      "| **South** | | |",
      "| Bristol | 3.2% | -0.1 |",
    ].join("\n");
    const got = wordings(md);
    expect(got).toContain("North: Leeds: Rate 4.1%; Change +0.2");
    expect(got).toContain("South: Bristol: Rate 3.2%; Change -0.1");
  });

  it("reads a PDF table with a section row as rows, through the layout", () => {
    const page = [
      ...runs([50, 830, "Unemployment rose in most regions last year, the figures show."]),
      ...HEADER,
      ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Inner London"]),
      ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
      ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    const text = layoutPdfText([{ runs: page }]);
    expect(text).toContain("Outer London\t6.1%\t+0.2\nInner London\nCamden\t4.8%\t-0.1\n");
    expect(wordings(text)).toContain("Inner London: Camden: Rate 4.8%; Change -0.1");
    expect(wordings(text)).toContain("Outer London: Rate 6.1%; Change +0.2");
  });

  describe("kept as it was", () => {
    it("a full Markdown row with no figures and no bold is a row, no section", () => {
      const md = [
        "| Party | Seats | Change |",
        "|---|---|---|",
        "| Reform | | |",
        "| Labour | 412 | +211 |",
        "| Green | 4 | +3 |",
      ].join("\n");
      expect(wordings(md)).toContain("Labour: Seats 412; Change +211");
    });

    it("a sentence between rows ends the table", () => {
      const got = wordings(tabbed(...ROWS, "The figures are provisional.", ...SOUTH));
      expect(got.some((w) => w.startsWith("The figures are provisional"))).toBe(true);
      expect(got.some((w) => w.includes(": Bristol"))).toBe(false);
    });

    it("a lowercase line, a note or a figure between rows is no section", () => {
      for (const line of ["of which", "Note: provisional", "Source: ONS", "Total", "2025", "the rest of England"]) {
        const got = wordings(tabbed(...ROWS, line, ...SOUTH));
        expect(got.some((w) => w.includes(`${line}: Bristol`))).toBe(false);
      }
    });

    it("a label alone over a table with no header or rows above it stays out of the rows", () => {
      const got = wordings([LEAD, "", "North", "Leeds\t4.1%\t+0.2", "Hull\t5.3%\t+0.4"].join("\n"));
      expect(got.some((w) => w.startsWith("North: Leeds"))).toBe(false);
    });

    it("a PDF line that ends a sentence between rows keeps the lines text", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, "Figures are provisional."]),
        ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
        ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain("Figures are provisional.\nCamden");
    });

    it("a PDF lone line set right of the first column is no section", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([200, 768, "Inner London"]),
        ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
        ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain("Inner London\nCamden");
    });
  });
});

describe("a lone source line between prose and a table", () => {
  const TABLE = ["Region\tRate\tChange", "North East\t6.1%\t+0.2", "Wales\t4.8%\t-0.1"];
  const PROSE = "Unemployment fell to 4.1% in March, the lowest in a year.";

  it("a source line set apart over the table's header is the table's", () => {
    const body = [PROSE, "", "Source: ONS", "", ...TABLE].join("\n");
    expect(quoting(body, "North East").claimant.name).toBe("ONS");
    expect(quoting(body, "Unemployment fell").claimant.type).toBe("article");
  });

  it("a source line glued to the end of the prose is the prose's, not the table's", () => {
    const body = [PROSE, "Source: ONS", "", ...TABLE].join("\n");
    expect(quoting(body, "North East").claimant.type).toBe("article");
  });
});

describe("a page's counter in text from a PDF", () => {
  it("is no claim, in any of its forms", () => {
    for (const counter of ["Page 2 of 5", "Page 2/5", "p. 2 of 5", "- 2 -", "Page 2", "pg 2 of 5"]) {
      const body = ["The council cut its budget by £4m.", "", counter, "", "She said 40 jobs were lost."].join("\n");
      expect(wordings(body)).toEqual(["The council cut its budget by £4m", "She said 40 jobs were lost"]);
    }
  });

  it("does not break a table that runs on past it", () => {
    const body = [
      LEAD,
      "",
      "Region\tRate\tChange",
      "North East\t6.1%\t+0.2",
      "Wales\t4.8%\t-0.1",
      "Page 2 of 5",
      "Scotland\t4.4%\t+0.3",
      "London\t5.0%\t+0.1",
    ].join("\n");
    const got = wordings(body);
    expect(got).toContain("Scotland: Rate 4.4%; Change +0.3");
    expect(got).not.toContain("Page 2 of 5");
  });

  it("is dropped from between a PDF table's rows", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Page 2 of 5"]),
      ...runs([50, 752, "Wales"], [200, 752, "4.8%"], [300, 752, "-0.1"]),
      ...runs([50, 736, "Scotland"], [200, 736, "4.4%"], [300, 736, "+0.3"]),
    ];
    expect(layoutPdfText([{ runs: page }])).toBe(
      "Region\tRate\tChange\nNorth East\t6.1%\t+0.2\nWales\t4.8%\t-0.1\nScotland\t4.4%\t+0.3",
    );
  });

  describe("kept as it was", () => {
    it("a sentence that names a page or counts out of a number is a claim", () => {
      expect(wordings("Page 3 of the report says 40 jobs were lost.")).toHaveLength(1);
      expect(wordings("2 of 5 schools failed the inspection.")).toHaveLength(1);
      expect(wordings("The bill passed 12 of 15 votes.")).toHaveLength(1);
    });
  });
});

describe("counter-examples from a review", () => {
  const ROWS = ["Leeds\t4.1%\t+0.2", "Hull\t5.3%\t+0.4"];
  const SOUTH = ["Bristol\t3.2%\t-0.1", "Exeter\t2.9%\t-0.3"];
  const named = (got: string[], line: string): boolean => got.some((w) => w.startsWith(`${line}: Bristol`));

  it("a web page's advert or teaser among the rows names no section, and the rows go on past it", () => {
    for (const line of ["Advertisement", "ADVERTISEMENT", "Story continues below", "Scroll to Continue", "Continued"]) {
      const got = wordings(tabbed(...ROWS, line, ...SOUTH));
      expect(named(got, line)).toBe(false);
      expect(got).toContain("Bristol: Rate 3.2%; Change -0.1");
    }
  });

  it("a Markdown advert row among the rows names no section, and the rows go on past it", () => {
    const md = [LEAD, "", "| City | Rate | Change |", "|---|---|---|", "| Leeds | 4.1% | +0.2 |", "| Advertisement |"];
    const got = wordings([...md, "| Bristol | 3.2% | -0.1 |"].join("\n"));
    expect(got).toContain("Bristol: Rate 3.2%; Change -0.1");
  });

  it("a total, a data note or a link list's heading between rows is no section", () => {
    for (const line of ["Totals", "Grand Total", "Subtotal", "England Average", "Provisional", "Not Available"]) {
      expect(named(wordings(tabbed(...ROWS, line, ...SOUTH)), line)).toBe(false);
    }
    for (const line of ["Related Articles", "Most Read", "Listen To This Article", "Editor's Note", "Correction"]) {
      expect(named(wordings(tabbed(...ROWS, line, ...SOUTH)), line)).toBe(false);
    }
  });

  it("a credit, a caption's key or a teaser's key between rows names no section after its colon", () => {
    for (const [line, name] of [
      ["Photo: Getty Images", "Getty Images"],
      ["Graphic: PA Graphics", "PA Graphics"],
      ["Credit: Reuters", "Reuters"],
      ["Table: ONS", "ONS"],
      ["Read More: Police Chief Quits", "Police Chief Quits"],
      ["Updated: Tuesday", "Tuesday"],
    ] as const) {
      expect(named(wordings(tabbed(...ROWS, line, ...SOUTH)), name)).toBe(false);
    }
    const md = ["| City | Rate | Change |", "|---|---|---|", "| Leeds | 4.1% | +0.2 |", "| Photo: Reuters | | |"];
    expect(named(wordings([...md, "| Bristol | 3.2% | -0.1 |"].join("\n")), "Reuters")).toBe(false);
  });

  it("a web page's control or a ballot's summary with its figure lost between rows is no section", () => {
    for (const line of ["Click To Enlarge", "Swipe For More", "Full Table", "Live", "Majority", "Turnout"]) {
      expect(named(wordings(tabbed(...ROWS, line, ...SOUTH)), line)).toBe(false);
    }
  });

  it("a table's own note that it goes on ('Continued on next page', 'Table continues') is passed over", () => {
    for (const line of ["Continued on next page", "Table continues", "(Continued)"]) {
      const got = wordings(tabbed(...ROWS, line, ...SOUTH));
      expect(got).toContain("Bristol: Rate 3.2%; Change -0.1");
    }
  });

  it("a row of tab-parted cells that reads like a counter ('-\\t2\\t-') stays a row", () => {
    const body = [
      "Results.",
      "",
      "Party\tSeats\tChange",
      "Labour\t30\t+4",
      "Green\t12\t-6",
      "-\t2\t-",
      "Reform\t6\t+2",
    ];
    expect(wordings(body.join("\n"))).toContain("-: Seats 2");
  });

  it("a label cut off after a linking word ('Yorkshire and') is a wrap, no section", () => {
    const got = wordings(tabbed(...ROWS, "Yorkshire and", ...SOUTH));
    expect(named(got, "Yorkshire and")).toBe(false);
  });

  it("a PDF's advert between two rows is set aside, a caption's key keeps the lines text", () => {
    const rowsWith = (line: string): PdfTextRun[] => [
      ...HEADER,
      ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, line]),
      ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
      ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    const advert = layoutPdfText([{ runs: rowsWith("Advertisement") }]);
    expect(advert).toContain("Outer London\t6.1%\t+0.2\nCamden\t4.8%\t-0.1");
    expect(layoutPdfText([{ runs: rowsWith("Photo: Getty Images") }])).not.toContain("Getty Images\nCamden");
  });
});
