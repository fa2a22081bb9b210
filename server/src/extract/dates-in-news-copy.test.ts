import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.ts";

/**
 * Dates in news copy that a fact-checker's read found resolved the wrong way: a weekday that
 * ends a period or sets a deadline, "next … in December", a month that modifies a noun and
 * "before May". The texts are written for these tests. 2025-08-14 and 2025-07-02 are a Thursday
 * and a Wednesday.
 */
function dates(body: string, publishedOn: string): string[] {
  return extractClaims(body, { publishedOn }).flatMap((c) => c.dates.map((d) => d.value));
}

describe("a weekday after until, through, till or by", () => {
  it("lies ahead when the period is still running", () => {
    expect(
      dates("A red flag warning is in effect through 8 p.m. Friday, the weather service said.", "2025-08-14"),
    ).toEqual(["2025-08-15"]);
    expect(dates("The park is closed to visitors until Friday.", "2025-07-02")).toEqual(["2025-07-04"]);
    expect(dates("The park remains closed until Friday.", "2025-07-02")).toEqual(["2025-07-04"]);
  });

  it("lies ahead in the future, even past a participle after a linking verb", () => {
    expect(dates("The park will stay closed to visitors until Friday.", "2025-07-02")).toEqual(["2025-07-04"]);
  });

  it("lies ahead after an expectation, in the present or the past", () => {
    expect(dates("Fire officials said crews expected winds to ease by Saturday.", "2025-08-14")).toEqual([
      "2025-08-16",
    ]);
  });

  it("lies ahead when a past verb put something in force until then", () => {
    expect(dates("Authorities issued red alerts for six regions through Thursday.", "2025-07-02")).toEqual([
      "2025-07-03",
    ]);
    expect(dates("Red alerts were issued for six regions through Thursday.", "2025-07-02")).toEqual(["2025-07-03"]);
  });

  it("stays behind in the past perfect, after a past “by” and for a period that is over", () => {
    expect(dates("The park had been closed to visitors until Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("The fire had been contained by Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("The fire grew to 5,000 acres by Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("By Friday, the fire had grown to 5,000 acres.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("The strike lasted until Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("Through Thursday, police issued 300 citations.", "2025-07-02")).toEqual(["2025-06-26"]);
    expect(dates("Analysts had expected the storm to pass by Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
  });

  it("leaves a weekday without such a word to the tense, as before", () => {
    expect(dates("He was sentenced on Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("They will meet on Friday.", "2025-07-02")).toEqual(["2025-07-04"]);
    expect(dates("The fire destroyed 20 homes, hit by Friday's winds.", "2025-07-02")).toEqual(["2025-06-27"]);
  });
});

describe("a passive or an infinitive of an irregular verb tells no tense", () => {
  it("reads the auxiliary before it", () => {
    expect(dates("Talks will be held in Geneva on Friday.", "2025-07-02")).toEqual(["2025-07-04"]);
    expect(dates("Talks were held in Geneva on Friday.", "2025-07-02")).toEqual(["2025-06-27"]);
    expect(dates("The central bank is expected to cut rates in September.", "2025-07-02")).toEqual(["2025-09"]);
  });
});

describe("“next” before the noun a date belongs to", () => {
  it("puts the date ahead", () => {
    expect(dates("The plan will be put to a vote at the board's next meeting in December.", "2025-11-04")).toEqual([
      "2025-12",
    ]);
    expect(dates("The board postponed the vote to its next meeting in December.", "2025-11-04")).toEqual(["2025-12"]);
  });

  it("but not “next to” a place, nor a date without it", () => {
    expect(dates("He lives next to the station in Harlem and was arrested on Friday.", "2025-11-04")).toEqual([
      "2025-10-31",
    ]);
    expect(dates("The board met in December.", "2025-11-04")).toEqual(["2024-12"]);
  });

  it("but not “the next day”, which counts from a day of the story", () => {
    expect(dates("The next day officials met on Tuesday to discuss the fire.", "2025-06-12")).toEqual(["2025-06-10"]);
  });
});

describe("a weekday after a bare participle and “until”", () => {
  it("takes the tense of the claim", () => {
    expect(
      dates(
        "Firefighters battled the blaze for three days last week, working until Friday to contain it.",
        "2025-06-12",
      ),
    ).toContain("2025-06-06");
    expect(dates("Crews are working until Friday to contain it.", "2025-06-12")).toEqual(["2025-06-13"]);
  });
});

describe("a month that modifies a noun", () => {
  it("gives no date when the span dates the event with “in <year>”", () => {
    expect(dates("The previous June high was 45.2C, measured in Seville in 1965.", "2025-07-01")).toEqual(["1965"]);
  });

  it("keeps a month with a day, a year or a preposition, and one the year only compares with", () => {
    expect(dates("The law took effect June 12 after a vote in 2024.", "2025-07-01")).toEqual(["2025-06-12", "2024"]);
    expect(dates("Prices rose in June, after falling in 2024.", "2025-07-01")).toEqual(["2025-06", "2024"]);
    expect(dates("The June 2024 figures were revised.", "2025-07-01")).toEqual(["2024-06"]);
    expect(dates("The June figure was the highest since 2008.", "2025-07-01")).toEqual(["2025-06", "2008"]);
    expect(dates("Spain recorded its hottest June since records began in 1961.", "2025-07-01")).toEqual([
      "2025-06",
      "1961",
    ]);
  });
});

describe("“before May”", () => {
  it("is the month, ahead after an expectation", () => {
    expect(dates("He said he did not expect a ruling before May.", "2025-11-04")).toEqual(["2026-05"]);
  });

  it("but not the person in “before May took over”", () => {
    expect(dates("He left office before May took over in 2016.", "2025-11-04")).toEqual(["2016"]);
  });
});
