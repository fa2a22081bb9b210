import { describe, expect, it } from "vitest";
import { claimsOn, htmlClaimTexts } from "./claim-lookup.test-helper.ts";

// Decision 785: site furniture under two headings over people's names, a header of two rows of
// <td> cells, a footnote mark in a joined heading and pairs of names under headings of roles, left
// by decision 745.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const readHtml = (html: string): string[] => htmlClaimTexts(html, "2026-05-10");
const LEAD = "The figures were published on Friday.";
const afterLead = (...rows: string[]): string[] => texts([LEAD, "", ...rows].join("\n"));
const page = (table: string) => `<article><p>${LEAD}</p>${table}<p>The mayor welcomed the figures.</p></article>`;
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;

describe("site furniture whose rows open with a person's name", () => {
  it("reads no staff listing, related topics, podcast strip or bylines as a table", () => {
    const strips = [
      ["Analysis | Opinion", "Jo Smith | Political editor", "Ana Ruiz | Economics editor"],
      ["Topics | Related", "Rachel Reeves | Budget", "Keir Starmer | Labour"],
      ["Listen | Watch", "Nick Robinson | Today", "Amol Rajan | Today"],
      ["Police | Crime", "Jo Smith | Leeds man jailed for fraud", "Ana Ruiz | Woman charged over crash"],
    ];
    for (const strip of strips) {
      const [, second] = strip[0]!.split(" | ");
      expect(afterLead(...strip).some((t) => t.includes(`: ${second}: `))).toBe(false);
    }
  });

  it("keeps a table of people under headings that name them (near-miss)", () => {
    expect(afterLead("Member | Committee", "Jo Smith | Treasury", "Ana Ruiz | Health")).toContain(
      "Jo Smith: Committee: Treasury",
    );
    expect(afterLead("Name | Sport | Team", "Jo Smith | Rugby | Bath", "Ana Ruiz | Hockey | Leeds")).toContain(
      "Jo Smith: Sport: Rugby; Team: Bath",
    );
    expect(
      afterLead("Players | Apps | Position", "Jo Smith | Forty | Striker", "Ana Ruiz | Twelve | Defender"),
    ).toContain("Jo Smith: Apps: Forty; Position: Striker");
  });
});

describe("a header of two rows of <td> cells", () => {
  const YEARS_OVER_SEXES =
    '<tr><td rowspan="2">City</td><td colspan="2">2024</td><td colspan="2">2025</td></tr>' +
    "<tr><td>Men</td><td>Women</td><td>Men</td><td>Women</td></tr>";

  it("heads its rows of figures as a header of <th> cells does", () => {
    const got = readHtml(
      page(
        `<table>${YEARS_OVER_SEXES}${row("Leeds", "40", "38", "44", "41")}${row("Hull", "31", "29", "35", "30")}</table>`,
      ),
    );
    expect(got).toContain("Leeds: 2024 Men: 40; 2024 Women: 38; 2025 Men: 44; 2025 Women: 41");
    expect(got.some((t) => t.includes("<") || t.includes("|"))).toBe(false);
  });

  it("keeps <td> headers over rows of words, or with a long cell, a layout (near-miss)", () => {
    const words = readHtml(
      page(
        `<table>${YEARS_OVER_SEXES}${row("Leeds", "Up", "Down", "Up", "Down")}${row("Hull", "Up", "Up", "Down", "Up")}</table>`,
      ),
    );
    expect(words.some((t) => t.startsWith("Leeds: 2024 Men"))).toBe(false);
    const teaser =
      '<tr><td rowspan="2">City</td><td colspan="2">Residents gather outside the town hall</td></tr>' +
      "<tr><td>Men</td><td>Women</td></tr>";
    const got = readHtml(page(`<table>${teaser}${row("Leeds", "40", "38")}${row("Hull", "31", "29")}</table>`));
    expect(got.some((t) => t.includes("town hall Men"))).toBe(false);
    const profile =
      '<tr><td rowspan="2">Jo Smith MP</td><td>Born</td></tr><tr><td>12 May 1970</td></tr>' +
      row("Majority", "12,402") +
      row("Votes", "24,310");
    expect(readHtml(page(`<table>${profile}</table>`)).some((t) => t.includes("Born 12 May 1970:"))).toBe(false);
  });
});

describe("a footnote mark in a joined heading", () => {
  const table = (group: string) =>
    `<table><tr><th rowspan="2">Stadium</th><th colspan="2">${group}</th></tr>` +
    "<tr><th>Capacity</th><th>Opened</th></tr>" +
    row("Elland Road", "37,645", "1897") +
    row("Anfield", "61,276", "1884") +
    "</table>";

  it("leaves a <sup> mark or a superscript figure out of the heading", () => {
    const marked = readHtml(page(table("Ground<sup>1</sup>")));
    expect(marked).toContain("Elland Road: Ground Capacity: 37,645; Ground Opened: 1897");
    const superscript = readHtml(page(table("Ground¹")));
    expect(superscript).toContain("Elland Road: Ground Capacity: 37,645; Ground Opened: 1897");
  });

  it("keeps a number that is part of the heading (near-miss)", () => {
    const got = readHtml(page(table("Phase 2")));
    expect(got).toContain("Elland Road: Phase 2 Capacity: 37,645; Phase 2 Opened: 1897");
    const power = readHtml(page(table("Pitch m²")));
    expect(power).toContain("Elland Road: Pitch m² Capacity: 37,645; Pitch m² Opened: 1897");
  });
});

describe("pairs of names under headings of roles", () => {
  it("reads 'Winner | Runner-up', 'Minister | Replaced by' and 'Apprentice | Mentor' as tables", () => {
    expect(afterLead("Winner | Runner-up", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Jo Smith: Runner-up: Ana Ruiz",
    );
    expect(afterLead("Minister | Replaced by", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Jo Smith: Replaced by Ana Ruiz",
    );
    expect(afterLead("Apprentice | Mentor", "Jo Smith | Ana Ruiz", "Tom Brown | Sam Green")).toContain(
      "Tom Brown: Mentor: Sam Green",
    );
  });

  it("keeps a columnists' menu and a desk's names under a section as before (near-miss)", () => {
    // Decision 745's file keeps team sheets, credits and rotas; these open with a heading of people.
    const columnists = afterLead("Columnists | Opinion", "Jane Doe | John Smith", "Ana Ruiz | Sam Green");
    expect(columnists.some((t) => t.includes(": Opinion:"))).toBe(false);
    const desk = afterLead("Editors | Sport", "Jane Doe | John Smith", "Ana Ruiz | Sam Green");
    expect(desk.some((t) => t.includes(": Sport:"))).toBe(false);
  });
});

describe("a note beside a Markdown or HTML table's source line, in paragraphs of their own", () => {
  const MARKDOWN = [
    "| Region | Rate | Change |",
    "|---|---|---|",
    "| North East | 6.1% | +0.3 |",
    "| London | 5.2% | -0.1 |",
  ];
  const HTML =
    "<table><tr><th>Region</th><th>Rate</th><th>Change</th></tr>" +
    row("North East", "6.1%", "+0.3") +
    row("London", "5.2%", "-0.1") +
    "</table>";
  const NOTE = "Figures are provisional and may change";
  const CREDITED = [
    "According to the ONS, North East: Rate 6.1%; Change +0.3",
    "According to the ONS, London: Rate 5.2%; Change -0.1",
  ];
  const markdown = (...after: string[]) => texts([LEAD, "", ...MARKDOWN, "", ...after].join("\n"));
  const credited = (got: string[]) => CREDITED.every((c) => got.includes(c)) && !got.includes(NOTE);

  it("leaves a note under the source line out of the claims", () => {
    expect(markdown("Source: ONS", "", NOTE)).toEqual([LEAD.slice(0, -1), ...CREDITED]);
    expect(credited(readHtml(page(`${HTML}<p>Source: ONS</p><p>${NOTE}</p>`)))).toBe(true);
  });

  it("credits the rows with a note over the source line", () => {
    expect(markdown(NOTE, "", "Source: ONS")).toEqual([LEAD.slice(0, -1), ...CREDITED]);
    expect(credited(readHtml(page(`${HTML}<p>${NOTE}</p><p>Source: ONS</p>`)))).toBe(true);
  });

  it("keeps a line of the story between the table and the source line, and one under it, claims (near-miss)", () => {
    const story = "Figures are due out on Thursday, when the rate is expected to rise to 6%";
    expect(markdown(story, "", "Source: ONS")).toContain(story);
    expect(markdown("Source: ONS", "", story)).toContain(story);
    const later = markdown("Source: ONS", "", "The mayor welcomed the figures.", "", NOTE);
    expect(later).toContain(NOTE);
  });
});

describe("near-misses of decision 785's rules", () => {
  it("reads a table of people headed by who they are outside the role words as decision 745 did", () => {
    const tables: [string, string, string][] = [
      ["Driver | Team", "McLaren", "Jo Smith: Team: McLaren"],
      ["Defendant | Charge", "Fraud", "Jo Smith: Charge: Fraud"],
      ["Pupil | School", "Oakfield Academy", "Jo Smith: School: Oakfield Academy"],
      ["Cast | Role", "Lady Macbeth", "Jo Smith: Role: Lady Macbeth"],
      ["Staff | Job", "Nurse", "Jo Smith: Job: Nurse"],
      ["Jockey | Horse", "Shishkin", "Jo Smith: Horse: Shishkin"],
    ];
    for (const [header, cell, reading] of tables)
      expect(afterLead(header, `Jo Smith | ${cell}`, "Ana Ruiz | Hull", "Tom Brown | York")).toContain(reading);
  });

  const grounds = (first: string, group: string, subs: string[], rows: string[][]) =>
    page(
      `<table><tr><th rowspan="2">${first}</th><th colspan="${subs.length}">${group}</th></tr>` +
        `<tr>${subs.map((s) => `<th>${s}</th>`).join("")}</tr>` +
        rows.map((r) => row(...r)).join("") +
        "</table>",
    );

  it("keeps a unit's power in feet, miles or metres a second in a joined heading", () => {
    const rows = [
      ["Elland Road", "37,645", "1897"],
      ["Anfield", "61,276", "1884"],
    ];
    const feet = readHtml(grounds("Stadium", "Area ft²", ["Capacity", "Opened"], rows));
    expect(feet).toContain("Elland Road: Area ft² Capacity: 37,645; Area ft² Opened: 1897");
    const miles = readHtml(grounds("Stadium", "Density per mi²", ["Capacity", "Opened"], rows));
    expect(miles).toContain("Elland Road: Density per mi² Capacity: 37,645; Density per mi² Opened: 1897");
    const speed = readHtml(grounds("Stadium", "Acceleration m/s²", ["Capacity", "Opened"], rows));
    expect(speed.some((t) => t.includes("Acceleration m/s Capacity"))).toBe(false);
    // A dagger after a unit is a footnote's mark still.
    const dagger = readHtml(grounds("Stadium", "Pitch yd†", ["Capacity", "Opened"], rows));
    expect(dagger).toContain("Elland Road: Pitch yd Capacity: 37,645; Pitch yd Opened: 1897");
  });

  it("keeps the star of a grade or a rating, which is no footnote's mark", () => {
    const grades = [
      ["Leeds", "28.1%", "75.2%"],
      ["Hull", "22.4%", "70.1%"],
    ];
    expect(readHtml(grounds("Area", "Results", ["A*", "A*-C"], grades))).toContain(
      "Leeds: Results A*: 28.1%; Results A*-C: 75.2%",
    );
    const stars = [
      ["Leeds", "12", "30"],
      ["York", "9", "41"],
    ];
    expect(readHtml(grounds("City", "Hotels", ["5*", "4*"], stars))).toContain("Leeds: Hotels 5*: 12; Hotels 4*: 30");
  });
});
