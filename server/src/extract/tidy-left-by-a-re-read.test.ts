import { afterEach, describe, expect, it, vi } from "vitest";
import { namesNoRows } from "@claimdesk/shared/labels-naming-no-rows";
import { SOURCE_BODY_NAMES } from "@claimdesk/shared/source-body-names";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { identifierNumberEnd } from "./analysis/identifier-numbers.ts";
import { isCaptionLine } from "./text/news-furniture.ts";
import { CREDIT_LINE } from "./text/photo-credits.ts";
import { findTableRuns } from "./text/table-rows.ts";
import { namesSourceBody } from "./text/table-source.ts";

/**
 * Decision 535: code left by a re-read of the extractor, tidied with no claim changed. Each test
 * pins what the tidied code still reads, and where the tidy took work away (a slice, a second
 * read of a line) that it is no longer done.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const quotes = (body: string) => claims(body).map((c) => c.quote);
const LEAD = "The average asking price fell by 0.8% in November.";
const LEAD_QUOTE = "The average asking price fell by 0.8% in November";
const datedOn = (body: string, fragment: string): string[] => quoting(body, fragment).dates.map((d) => d.value);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("one list of the bodies a source line names by one word", () => {
  it("is read alike by a table's source line and by the labels that name no rows", () => {
    for (const name of SOURCE_BODY_NAMES) {
      expect(namesSourceBody(name)).toBe(true);
      expect(namesNoRows(name, [name])).toBe(true);
    }
  });

  it("keeps the names only one reader takes", () => {
    // A lender's name may be a scope's or a town's group of rows between a table's rows.
    for (const name of ["Nationwide", "Halifax"]) {
      expect(namesSourceBody(name)).toBe(true);
      expect(namesNoRows(name, [name])).toBe(false);
    }
    // Pollsters and wires of two words are read on a label's line only.
    expect(namesNoRows("Gallup", ["Gallup"])).toBe(true);
    expect(namesNoRows("PA Media", ["PA", "Media"])).toBe(true);
    expect(namesSourceBody("Gallup")).toBe(false);
    // A region's name is no body's.
    expect(namesNoRows("Yorkshire", ["Yorkshire"])).toBe(false);
  });
});

describe("a photo's credit in brackets", () => {
  it("reads a credit alone on its line, names, a slash and names", () => {
    expect(CREDIT_LINE.test("(Karen Lisko/Patch)")).toBe(true);
    expect(CREDIT_LINE.test("(Courthouse News photo / Maria Delgado)")).toBe(true);
    expect(CREDIT_LINE.test("(Reuters/40 dead)")).toBe(false);
    expect(quotes(`${LEAD}\n\n(Karen Lisko/Patch)`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a caption's credit, and not a poll's two houses, after a sentence", () => {
    const caption = "Firefighters work at the scene on March 12, 2025. (AP Photo/Virginia Mayo)";
    expect(isCaptionLine(caption, 0, caption.length)).toBe(true);
    const poll = "Support for the plan rose to 41% in March. (Reuters/Ipsos)";
    expect(isCaptionLine(poll, 0, poll.length)).toBe(false);
  });

  it("reads the outlet's credit after a colon that decision 550 added to the caption's", () => {
    // The tidy was rebased over decision 550: the shared PHOTO_CREDIT must keep ABC's form.
    for (const caption of [
      "Michele Bullock will front a media conference at 3:30pm AEDT. (ABC News: John Gunn)",
      "The family at home in Perth last year. (Supplied: Jane Roe)",
    ])
      expect(isCaptionLine(caption, 0, caption.length)).toBe(true);
  });
});

describe("a labelled identifier is looked for only after the 'r' of 'number'", () => {
  it("slices nothing for a figure after any other word", () => {
    const text = "Sales rose 40% in March.";
    const slice = vi.spyOn(String.prototype, "slice");
    expect(identifierNumberEnd(text, text.indexOf("40"))).toBe(0);
    expect(slice).not.toHaveBeenCalled();
  });

  it("still skips a number after 'number', its spaces, a no-break space and a colon, in any case", () => {
    const spaced = "The recall number :\u00a027-041 covers the cars.";
    expect(identifierNumberEnd(spaced, spaced.indexOf("27"))).toBe(spaced.indexOf(" covers"));
    const upper = "Police gave the log NUMBER 4521 to 12 families.";
    expect(identifierNumberEnd(upper, upper.indexOf("4521"))).toBe(upper.indexOf(" to 12"));
    // A word ending in "r" that is no label's: the figure counts.
    const other = "The player scored 40 goals.";
    expect(identifierNumberEnd(other, other.indexOf("40"))).toBe(0);
    const summer = "In summer 2025 sales rose.";
    expect(identifierNumberEnd(summer, summer.indexOf("2025"))).toBe(0);
  });

  it("still skips decision 545's phone numbers, read before the gate", () => {
    for (const [text, number] of [
      ["Ring +44 20 7946 0958 for help.", "44 20 7946 0958"],
      ["Call (800) 555-0142 today.", "800) 555-0142"],
      ["To report a leak, call 555-0142 now.", "555-0142"],
    ] as const) {
      const at = text.indexOf(number);
      expect(identifierNumberEnd(text, at)).toBe(at + number.length);
    }
  });
});

describe("a time unit is tested once a figure", () => {
  it("keeps an age lent 'years' out of the statistics, unless it is a record's", () => {
    expect(quoting("Smith, 34, and Jones, 28, were jailed for fraud.", "Smith").kind).toBe("other");
    expect(quoting("Joe Biden, 82, is the oldest president in US history.", "82").kind).toBe("statistic");
  });

  it("still reads other figures as statistics", () => {
    expect(quoting("Waiting times rose to 18 weeks in March.", "18 weeks").kind).toBe("statistic");
    expect(quoting("Exports rose by 12% in March.", "12%").kind).toBe("statistic");
    expect(quoting("Two and a half million more Americans were insured.", "Americans").kind).toBe("statistic");
  });
});

describe("a weekday's deadline is found once for its two readings", () => {
  it("still dates a modal's and a progressive aim's deadline ahead, and a plain past behind", () => {
    expect(datedOn("Bids must be in by Monday's deadline.", "Bids")).toEqual(["2026-05-11"]);
    expect(
      datedOn(
        "The club were working hard to strengthen the squad before Monday's 11pm deadline, Mansell said.",
        "squad",
      ),
    ).toEqual(["2026-05-11"]);
    expect(datedOn("Bids had to be in by Monday's deadline.", "Bids")).toEqual(["2026-05-04"]);
    expect(datedOn("The club signed him before Monday's deadline.", "signed")).toEqual(["2026-05-04"]);
  });
});

describe("a summary's line tests take the line's end the splitter knows", () => {
  it("ends an item on the vote counted 'in', with spaces after it", () => {
    const body =
      "Key takeaways\nGeorgia's Senate race is too close to call with 88% of the expected vote in  \nRepublicans hold the governorship in Ohio, NBC News projects\n";
    expect(quotes(body)).toContain("Georgia's Senate race is too close to call with 88% of the expected vote in");
  });

  it("reads a no-break space at the line's end as white space in each test, as the splitter does", () => {
    // The count-of-the-vote test walked back over chars up to 32 only, so "in\u00a0" ran on.
    const body =
      "Key takeaways\nGeorgia's Senate race is too close to call with 88% of the expected vote in\u00a0\nRepublicans hold the governorship in Ohio, NBC News projects\n";
    expect(quotes(body)).toContain("Georgia's Senate race is too close to call with 88% of the expected vote in");
  });

  it("still runs a line that ends on a word that wants more into the next", () => {
    const body =
      "Key takeaways\nThe report found that waiting lists for hip operations in the north had risen to about \n£4bn in total, the highest on record\nTurnout in Pennsylvania passed 6.1 million votes, according to the secretary of state\n";
    expect(quotes(body).some((q) => /about\s+£4bn/.test(q))).toBe(true);
  });

  it("runs a line that ends on a word that wants more into a line that opens a unit", () => {
    // Decision 550's endsBeforeNewUnit, rebased under the tidy, gave wrapsOn the next line's start
    // where it now takes the line's end: "to\n" ended on no run-on word, and the sentence broke.
    for (const [end, next] of [
      ["would be raised according to", "The local paper, which first reported the plan on Monday."],
      ["would be raised with", "The help of a 4% rise in council tax, officials said."],
    ] as const) {
      const body = `The council said the money for the new police officers ${end}\n${next}`;
      expect(quotes(body).some((q) => q.includes(`${end}\n${next.slice(0, 10)}`))).toBe(true);
    }
    // A line that ends on none still breaks before a unit.
    expect(
      quotes("Council tax in Westfield will rise by 4.9% from April next year\nThe council said 40 jobs would go."),
    ).toHaveLength(2);
  });

  it("still splits two numbered items, and runs a line that ends on a comma on", () => {
    expect(quotes("1. Sales rose 12% in March\n2. Prices fell 4% in April\n")).toEqual([
      "Sales rose 12% in March",
      "Prices fell 4% in April",
    ]);
    const wrapped = "Leeds – Harrogate: hourly, down from half-hourly,\nYork – Scarborough: 40 trains a day\n";
    expect(quotes(wrapped)).toHaveLength(1);
  });
});

describe("a line passed over among a table's rows is read once", () => {
  it("reads a page's counter between two rows once, and leaves it out of the rows", () => {
    const body = "North | 412 | +3%\nSouth | 380 | -1%\nPage 2 of 5\nEast | 295 | +2%\nWest | 310 | 0%";
    const trim = vi.spyOn(String.prototype, "trim");
    const runs = findTableRuns(body, 0, body.length);
    const counterTrims = trim.mock.contexts.filter((s) => String(s).includes("Page 2 of 5")).length;
    expect(counterTrims).toBe(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.rows.map((r) => body.slice(r.start, r.end))).toEqual([
      "North | 412 | +3%",
      "South | 380 | -1%",
      "East | 295 | +2%",
      "West | 310 | 0%",
    ]);
  });

  it("reads a desk's name between two rows once, as decision 555 passes it over", () => {
    const body = "North | 412 | +3%\nSouth | 380 | -1%\nWorld News\nEast | 295 | +2%\nWest | 310 | 0%";
    const trim = vi.spyOn(String.prototype, "trim");
    const runs = findTableRuns(body, 0, body.length);
    expect(trim.mock.contexts.filter((s) => String(s).includes("World News")).length).toBe(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.rows).toHaveLength(4);
  });

  it("still takes a section row between rows as the rows' section", () => {
    const body = "Borough | Rent | Change\nNorth\nLeeds | 950 | +3%\nYork | 880 | +2%\nSouth\nBath | 1,200 | +4%";
    const runs = findTableRuns(body, 0, body.length);
    expect(runs).toHaveLength(1);
    const sections = runs[0]!.rows.map((r) => (r.section ? body.slice(r.section.start, r.section.end) : null));
    expect(sections).toEqual(["North", "North", "South"]);
  });
});
