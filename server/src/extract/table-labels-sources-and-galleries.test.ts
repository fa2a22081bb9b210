import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { layoutPdfText, type PdfTextRun } from "@claimdesk/shared/pdf-text-layout";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import type { ArticleFormat } from "./input/detect-format.ts";
import { readPdfFile } from "./input/read-pdf-file.ts";

// Decision 420: a PDF row label on two lines, a table's source alone in its caption or in
// brackets, and a gallery's controls laid out as a table.

const PUBLISHED = "2026-05-10";

function read(raw: string, format: ArticleFormat): { body: string; claims: ExtractedClaim[] } {
  const { body } = parseArticleInput(raw, format);
  return { body, claims: extractClaims(body, { publishedOn: PUBLISHED }) };
}

const wordings = (claims: ExtractedClaim[]): string[] => claims.map((c) => c.text);

/** Runs at [x, y, text], 11-point, as a layout program sets a table's cells. */
function runs(...cells: [number, number, string][]): PdfTextRun[] {
  return cells.map(([x, y, text]) => ({ text, x, y, width: text.length * 5.5, fontSize: 11 }));
}

/** A header and rows 16 units apart; `wrapped` sets a label's second line 12 units under its first. */
const HEADER = runs([50, 800, "Region"], [200, 800, "Rate"], [300, 800, "Change"]);

/** A PDF set with pdfkit: a table whose "Greater London" label wraps onto "and South East", 11 points lower. */
function pdfWithWrappedLabel(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A5", margin: 50 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.fontSize(10).text("Unemployment rose in the south last year, the figures show.", { align: "justify" });
  doc.moveDown();
  let y = doc.y;
  const row = (cells: string[], bold = false, drop = 14): void => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    cells.forEach((cell, k) => cell && doc.text(cell, [50, 170, 250][k]!, y, { lineBreak: false }));
    y += drop;
  };
  row(["Region", "Rate", "Change"], true);
  row(["North East", "6.1%", "+0.2"]);
  row(["Greater London", "4.8%", "-0.1"], false, 11);
  row(["and South East"]);
  row(["Wales", "4.4%", "+0.3"]);
  row(["Scotland", "5.0%", "+0.1"]);
  doc.text("The minister welcomed the figures.", 50, y + 20);
  doc.end();
  return done;
}

describe("item 1: a PDF row label that wraps onto a second line", () => {
  it("reads a PDF set with pdfkit whose label wraps, through the import's own path", async () => {
    const text = await readPdfFile(await pdfWithWrappedLabel(), "unemployment.pdf");
    expect(text).toContain("Region\tRate\tChange\nNorth East\t6.1%\t+0.2\nGreater London and South East\t4.8%\t-0.1\n");
  });

  it("joins the label's second line to its row when the figures stand on its first line", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Greater London"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
      ...runs([50, 756, "and South East"]),
      ...runs([50, 740, "Wales"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    expect(layoutPdfText([{ runs: page }])).toBe(
      "Region\tRate\tChange\nNorth East\t6.1%\t+0.2\nGreater London and South East\t4.8%\t-0.1\nWales\t4.4%\t+0.3",
    );
  });

  it("joins the label's first line to its row when the figures stand on its second line", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Greater London"]),
      ...runs([50, 756, "and South East"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
      ...runs([50, 740, "Wales"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    expect(layoutPdfText([{ runs: page }])).toBe(
      "Region\tRate\tChange\nNorth East\t6.1%\t+0.2\nGreater London and South East\t4.8%\t-0.1\nWales\t4.4%\t+0.3",
    );
  });

  it("joins a first line that cannot end a label (“Royal Borough of”) to its row, the last row too", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "Camden"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Hackney"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
      ...runs([50, 752, "Royal Borough of"], [200, 752, "4.4%"], [300, 752, "+0.3"]),
      ...runs([50, 740, "Kensington and Chelsea"]),
    ];
    expect(
      layoutPdfText([{ runs: page }])
        .split("\n")
        .at(-1),
    ).toBe("Royal Borough of Kensington and Chelsea\t4.4%\t+0.3");
  });

  it("reads the joined row as one claim with the whole label", () => {
    const page = [
      ...runs([50, 830, "Unemployment rose in the south last year, the figures show."]),
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Greater London"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
      ...runs([50, 756, "and South East"]),
      ...runs([50, 740, "Wales"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    const { claims } = read(layoutPdfText([{ runs: page }]), "text");
    expect(wordings(claims)).toContain("Greater London and South East: Rate 4.8%; Change -0.1");
  });

  it("joins a label broken at a hyphen with no space", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Stoke-on-"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
      ...runs([50, 756, "Trent"]),
      ...runs([50, 740, "Wales"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    expect(layoutPdfText([{ runs: page }])).toContain("\nStoke-on-Trent\t4.8%\t-0.1\n");
  });

  it("joins a label a browser writes as two lines before the row's figures", () => {
    const page = [
      ...HEADER,
      ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
      ...runs([50, 768, "Greater London"], [50, 756, "and South East"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
      ...runs([50, 740, "Wales"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
    ];
    expect(layoutPdfText([{ runs: page }])).toContain("\nGreater London and South East\t4.8%\t-0.1\n");
  });

  describe("kept as it was", () => {
    // Decision 455 reads a section row among the rows: its name stands on a line of its own over its row.
    it("a section row a browser writes before a row's label is set over its row, not joined to it", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, "Inner London"], [50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
        ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
      ];
      expect(layoutPdfText([{ runs: page }])).toContain("\nInner London\nCamden\t4.8%\t-0.1\n");
    });

    it("a section row over the rows (“Inner London”) is set over its row, not joined to it", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "Outer London"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, "Inner London"]),
        ...runs([50, 756, "Camden"], [200, 756, "4.8%"], [300, 756, "-0.1"]),
        ...runs([50, 740, "Hackney"], [200, 740, "4.4%"], [300, 740, "+0.3"]),
      ];
      expect(layoutPdfText([{ runs: page }])).toContain("\nInner London\nCamden\t4.8%\t-0.1\n");
    });

    it("a note under the rows that ends a sentence is no part of the last label", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, "Wales"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
        ...runs([50, 752, "Scotland"], [200, 752, "4.4%"], [300, 752, "+0.3"]),
        ...runs([50, 740, "provisional."]),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain("Scotland provisional");
    });

    it("a lowercase line of a paragraph beside a sidebar of figures is no label", () => {
      const page = [
        ...runs([50, 800, "The council met on"], [300, 800, "Turnout"]),
        ...runs([50, 786, "Tuesday to agree"], [300, 786, "41%"]),
        ...runs([50, 772, "a budget that"]),
        ...runs([50, 758, "cut spending on"], [300, 758, "12%"]),
        ...runs([50, 744, "libraries and parks"], [300, 744, "8%"]),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain("\t");
    });

    it("a long line under a label is a paragraph's, not the label's", () => {
      const page = [
        ...HEADER,
        ...runs([50, 784, "North East"], [200, 784, "6.1%"], [300, 784, "+0.2"]),
        ...runs([50, 768, "Wales"], [200, 768, "4.8%"], [300, 768, "-0.1"]),
        ...runs([50, 752, "Scotland"], [200, 752, "4.4%"], [300, 752, "+0.3"]),
        ...runs([50, 740, "and the rest of the country where rates fell"]),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain("Scotland and");
    });
  });
});

const rowsOf = (claims: ExtractedClaim[]): ExtractedClaim[] =>
  claims.filter((c) => c.quote.includes(" | ") || c.quote.includes("\t"));
const claimants = (claims: ExtractedClaim[]): string[] => rowsOf(claims).map((c) => c.claimant.name);

/** An HTML article with a table of two rows; `open` and `close` wrap the rows, `after` follows. */
function withTable(open: string, close: string, after = ""): string {
  return [
    "<article><p>Unemployment fell in most regions last year.</p>",
    open,
    "<tr><th>Region</th><th>Rate (%)</th></tr>",
    "<tr><td>North East</td><td>6.1</td></tr>",
    "<tr><td>Wales</td><td>4.4</td></tr>",
    close,
    after,
    "<p>The minister welcomed the figures.</p></article>",
  ].join("\n");
}

describe("item 2: a table's source alone in its caption, or in brackets", () => {
  it("takes the source from a caption that is only a source line, which is no claim", () => {
    const { claims } = read(withTable("<table><caption>Source: ONS</caption>", "</table>"), "html");
    expect(claimants(claims)).toEqual(["ONS", "ONS"]);
    expect(wordings(claims)).not.toContain("Source: ONS");
  });

  it("takes the source from a caption that is a bracketed source", () => {
    const { claims } = read(withTable("<table><caption>(Source: ONS, 2025)</caption>", "</table>"), "html");
    expect(claimants(claims)).toEqual(["ONS", "ONS"]);
    expect(claims.some((c) => c.quote.includes("Source"))).toBe(false);
  });

  it("takes a bracketed source that ends a caption's title, and keeps the title", () => {
    const { claims } = read(
      withTable("<table><caption>Unemployment by region (Source: ONS, 2025)</caption>", "</table>"),
      "html",
    );
    expect(claimants(claims)).toEqual(["ONS", "ONS"]);
    expect(wordings(claims)).toContain("Unemployment by region");
    expect(claims.some((c) => c.quote.includes("Source"))).toBe(false);
  });

  it("takes a bracketed source from a figcaption under the table, alone or after a title", () => {
    for (const caption of ["(Source: ONS, 2025)", "Unemployment by region (Source: ONS, 2025)"]) {
      const { claims } = read(
        withTable("<figure><table>", `</table><figcaption>${caption}</figcaption></figure>`),
        "html",
      );
      expect(claimants(claims)).toEqual(["ONS", "ONS"]);
      expect(claims.some((c) => c.quote.includes("Source"))).toBe(false);
    }
  });

  it("takes a bracketed source from the line under the table", () => {
    const { claims } = read(
      withTable("<table>", "</table>", "<p>(Source: Office for National Statistics)</p>"),
      "html",
    );
    expect(claimants(claims)).toEqual(["Office for National Statistics", "Office for National Statistics"]);
    expect(claims.some((c) => c.quote.includes("Source"))).toBe(false);
  });

  it("reads a bracketed source line under a Markdown table", () => {
    const md = [
      "Unemployment fell in most regions last year.",
      "",
      "| Region | Rate (%) |",
      "|---|---|",
      "| North East | 6.1 |",
      "| Wales | 4.4 |",
      "",
      "(Source: ONS)",
    ].join("\n");
    const { claims } = read(md, "markdown");
    expect(claimants(claims)).toEqual(["ONS", "ONS"]);
    expect(claims.some((c) => c.quote.includes("Source"))).toBe(false);
  });

  describe("kept as it was", () => {
    it("a caption that names no body as its source leaves the rows the article's", () => {
      for (const caption of ["Source: Guardian analysis", "(Source: Guardian analysis)", "Rents by borough (2025)"]) {
        const { claims } = read(withTable(`<table><caption>${caption}</caption>`, "</table>"), "html");
        expect(claimants(claims)).toEqual(["the article", "the article"]);
      }
    });

    it("a source line alone between two tables is the upper table's only", () => {
      const md = [
        "| Region | Rate (%) |",
        "|---|---|",
        "| North East | 6.1 |",
        "| Wales | 4.4 |",
        "",
        "Source: ONS",
        "",
        "| Country | Rate (%) |",
        "|---|---|",
        "| Spain | 11.4 |",
        "| Greece | 9.8 |",
      ].join("\n");
      const { claims } = read(md, "markdown");
      expect(claimants(claims)).toEqual(["ONS", "ONS", "the article", "the article"]);
    });

    it("a source line that ends a paragraph of prose over a table is the prose's", () => {
      const text = "Unemployment fell to 4.1% in March.\nSource: ONS\nRegion\tRate (%)\nNorth East\t6.1\nWales\t4.4\n";
      const { claims } = read(text, "text");
      expect(claimants(claims)).toEqual(["the article", "the article"]);
    });

    it("a bracketed source after two sentences over a table, or in prose with no table, is no caption's", () => {
      const over = read(
        withTable("<p>Unemployment fell in most regions. It rose in two (Source: ONS).</p><table>", "</table>"),
        "html",
      );
      expect(claimants(over.claims)).toEqual(["the article", "the article"]);
      const prose = read("<p>Unemployment fell to 4.1% in March (Source: ONS).</p>", "html");
      expect(prose.claims.map((c) => c.quote)).toEqual(["Unemployment fell to 4.1% in March (Source: ONS)"]);
    });
  });
});

/** An HTML article with `middle` between two paragraphs of news. */
function around(middle: string): string {
  return `<article><p>The storm hit the coast on Tuesday.</p>${middle}<p>The council said repairs would cost £4m.</p></article>`;
}

describe("item 3: a gallery's controls laid out as a table or a list", () => {
  const news = ["The storm hit the coast on Tuesday", "According to the council, repairs would cost £4m"];

  it("reads no table in a gallery's controls set in a table", () => {
    const tables = [
      "<table><tr><td>Previous</td><td>Next</td></tr><tr><td>1 of 12</td><td>Expand</td></tr></table>",
      "<table><tr><td><a href='#'>‹ Prev</a></td><td>1 of 12</td><td><a href='#'>Next ›</a></td></tr>" +
        "<tr><td><a href='#'>Expand</a></td><td>2 of 12</td><td><a href='#'>Close ✕</a></td></tr></table>",
      "<figure><table><tr><td>Photo 1 of 12</td><td>Next</td></tr><tr><td>Photo 2 of 12</td><td>Previous</td></tr></table></figure>",
    ];
    for (const table of tables) expect(wordings(read(around(table), "html").claims)).toEqual(news);
  });

  it("reads no table in a grid of links named after the pictures", () => {
    const grid =
      "<table><tr><td><a href='/a'>Photo 1</a></td><td><a href='/b'>Photo 2</a></td><td><a href='/c'>Photo 3</a></td></tr>" +
      "<tr><td><a href='/d'>Photo 4</a></td><td><a href='/e'>Photo 5</a></td><td><a href='/f'>Photo 6</a></td></tr></table>";
    expect(wordings(read(around(grid), "html").claims)).toEqual(news);
  });

  it("makes no claim of a gallery's counter in a list or a row of buttons", () => {
    for (const controls of [
      "<ul><li>Previous</li><li>1 of 12</li><li>Next</li></ul>",
      "<div class='gallery'><span>Previous</span> <span>1 of 12</span> <span>Next</span> <span>Expand</span></div>",
      "<p>Image 3 of 9</p>",
    ])
      expect(wordings(read(around(controls), "html").claims)).toEqual(news);
  });

  it("reads no table in a gallery's controls pasted as Markdown pipes", () => {
    const md = [
      "The storm hit the coast on Tuesday.",
      "",
      "‹ Prev | 1 of 12 | Next ›",
      "Expand | 2 of 12 | Close",
    ].join("\n");
    expect(wordings(read(md, "markdown").claims)).toEqual([news[0]]);
  });

  describe("kept as it was", () => {
    it("a box score's “7 of 12” beside a player's name is a row of figures", () => {
      const table =
        "<table><tr><th>Player</th><th>FG</th><th>3PT</th></tr>" +
        "<tr><td>Smith</td><td>7 of 12</td><td>3 of 5</td></tr><tr><td>Jones</td><td>5 of 9</td><td>1 of 4</td></tr></table>";
      const { claims } = read(around(table), "html");
      expect(wordings(claims)).toContain("Smith: 7 of 12; 3 of 5");
    });

    it("a table whose text cells sit beside figures stays a table", () => {
      const table =
        "<table><tr><th>Show</th><th>Viewers (m)</th></tr>" +
        "<tr><td>Next of Kin</td><td>4.1</td></tr><tr><td>The Expanse</td><td>2.3</td></tr></table>";
      const { claims } = read(around(table), "html");
      expect(wordings(claims)).toContain("Next of Kin: Viewers (m) 4.1");
    });

    it("a table of text cells underlined in Markdown is read as before, a row a claim", () => {
      const md = ["| Name | Role |", "|---|---|", "| Ana Ruiz | Next mayor |", "| Tom Lee | Photo editor |"].join("\n");
      // Decision 675: "Name | Role" is a row of column headings and heads the table, no claim of
      // its own; each row is still a claim, read as a table's row with its header.
      const { claims } = read(md, "markdown");
      expect(claims.map((c) => c.quote)).toEqual(["Ana Ruiz | Next mayor", "Tom Lee | Photo editor"]);
      // Decision 715: a cell of words under a name of words reads after a colon.
      expect(wordings(claims)).toEqual(["Ana Ruiz: Role: Next mayor", "Tom Lee: Role: Photo editor"]);
    });

    it("a sentence that opens with a counter or a control word is a claim", () => {
      const { claims } = read(around("<p>1 of 12 schools failed the inspection, the report said.</p>"), "html");
      expect(wordings(claims).length).toBe(3);
      const next = read(around("<p>Next year, 1 of 12 homes will be rebuilt.</p>"), "html");
      expect(wordings(next.claims).length).toBe(3);
    });
  });
});

describe("counter-examples from a review", () => {
  it("a bracketed source that ends a sentence stating a figure is that sentence's, not the table's", () => {
    for (const para of [
      "<p>Unemployment fell to 4.1% in March (Source: ONS).</p>",
      "<p>The chancellor, Rachel Reeves, said growth was 0.3% (Source: Treasury).</p>",
    ]) {
      const { claims } = read(withTable(`${para}<table>`, "</table>"), "html");
      expect(claimants(claims)).toEqual(["the article", "the article"]);
      expect(claims.some((c) => c.quote.includes("(Source:"))).toBe(true);
    }
    const under = read(
      withTable("<table>", "</table>", "<p>Wales had the lowest rate, 4.4% (Source: ONS).</p>"),
      "html",
    );
    expect(claimants(under.claims)).toEqual(["the article", "the article"]);
    expect(under.claims.map((c) => c.quote)).toContain("Wales had the lowest rate, 4.4% (Source: ONS)");
  });

  it("a photo's caption by a table that credits its picture gives the rows no source", () => {
    for (const caption of [
      "Photo: the flooded high street (Source: PA)",
      "Pictured: the chancellor in Downing Street (Source: PA)",
    ]) {
      const { claims } = read(
        withTable("<figure><table>", `</table><figcaption>${caption}</figcaption></figure>`),
        "html",
      );
      expect(claimants(claims)).toEqual(["the article", "the article"]);
      const over = read(withTable(`<p>${caption}</p><table>`, "</table>"), "html");
      expect(claimants(over.claims)).toEqual(["the article", "the article"]);
    }
  });

  it("a bracketed source after a sentence that reports speech is that sentence's", () => {
    const para = "<p>The Treasury told MPs the figures were provisional (Source: Treasury).</p>";
    expect(claimants(read(withTable(`${para}<table>`, "</table>"), "html").claims)).toEqual([
      "the article",
      "the article",
    ]);
    expect(claimants(read(withTable("<table>", "</table>", para), "html").claims)).toEqual([
      "the article",
      "the article",
    ]);
  });

  const rowsAt = (y: number, label: string, a = "", b = ""): PdfTextRun[] =>
    runs(...([[50, y, label], ...(a ? [[200, y, a]] : []), ...(b ? [[300, y, b]] : [])] as [number, number, string][]));

  it("a note under the last row (“p provisional”, “e = estimate”, “source: ONS”) is no part of its label", () => {
    for (const note of ["p provisional", "e = estimate", "source: ONS", "bn = billion", "n/a"]) {
      const page = [
        ...HEADER,
        ...rowsAt(784, "North East", "6.1%", "+0.2"),
        ...rowsAt(768, "Wales", "4.8%", "-0.1"),
        ...rowsAt(752, "Scotland", "4.4%", "+0.3"),
        ...rowsAt(740, note),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain(`Scotland ${note}`);
    }
  });

  it("an “of which:” line under a row is no part of that row's label", () => {
    const page = [
      ...HEADER,
      ...rowsAt(784, "North East", "6.1%", "+0.2"),
      ...rowsAt(768, "England", "4.8%", "-0.1"),
      ...rowsAt(756, "of which:"),
      ...rowsAt(740, "London", "4.4%", "+0.3"),
      ...rowsAt(724, "Wales", "4.0%", "+0.1"),
    ];
    expect(layoutPdfText([{ runs: page }])).not.toContain("England of which");
  });

  it("a name opening with a particle (“de Bruyne”) on its own line is not the row above's label going on", () => {
    const page = [
      ...runs([50, 800, "Player"], [200, 800, "Goals"], [300, 800, "Apps"]),
      ...rowsAt(784, "Haaland", "27", "31"),
      ...rowsAt(772, "Salah", "22", "38"),
      ...rowsAt(760, "de Bruyne"),
      ...rowsAt(748, "van Dijk", "3", "38"),
    ];
    expect(layoutPdfText([{ runs: page }])).not.toContain("Salah de Bruyne");
  });

  it("a name that opens in lowercase (“easyJet”, “iPhone users”) on its own line is not the row above's label going on", () => {
    for (const name of ["easyJet", "iPhone users"]) {
      const page = [
        ...runs([50, 800, "Company"], [200, 800, "Sales"], [300, 800, "Change"]),
        ...rowsAt(784, "Apple", "6.1", "+0.2"),
        ...rowsAt(772, "Samsung", "4.8", "-0.1"),
        ...rowsAt(760, "eBay", "4.4", "+0.3"),
        ...rowsAt(748, name),
      ];
      expect(layoutPdfText([{ runs: page }])).not.toContain(`eBay ${name}`);
    }
  });
});
