import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures and dates from the seventeenth read of news copy (decision 390): a product's model
 * number, flights cancelled for a day ahead, a weekday written with its date, days listed before
 * their month, a season's year and units glued to a phone's figures. The texts are written for
 * these tests; publication Tuesday 12 May 2026.
 */
function claims(body: string, publishedOn = "2026-05-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const texts = (body: string) => claims(body).map((c) => c.text);
const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit]));
const dates = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => [d.text, d.value]));

describe("a product's model number", () => {
  it("is part of the product's name, not a count of the word after it", () => {
    for (const body of [
      "The Fold 8 starts at $1,999 in the US.",
      "The Fold 8 gets a bigger battery this year.",
      "In our tests the Fold 8 felt lighter than any foldable before it.",
      "Samsung's Galaxy Watch 9 finally fixes the battery problem.",
      "Google's Pixel 10 Pro Fold costs $1,799.",
      "Apple's iOS 20 beta arrives next month.",
      "The new iPhone 17 sold out within hours.",
      "Samsung announced the Galaxy Z Fold 8 on Wednesday.",
      "It is lighter than last year's Fold 7.",
    ])
      expect(figures(body).filter((f) => f[1] !== 1999 && f[1] !== 1799)).toEqual([]);
  });

  it("lets a count of the product count the noun after its number", () => {
    expect(figures("Samsung says it sold more than 3 million Fold 7 units last year.")).toEqual([
      ["more than 3 million Fold 7 units", 3000000, "units"],
    ]);
    expect(figures("The firm shipped 400,000 Pixel 9 phones in the quarter.")).toEqual([
      ["400,000 Pixel 9 phones", 400000, "phones"],
    ]);
  });

  it("leaves a place, a group or a time before a count counted", () => {
    expect(figures("The US sent Ukraine 300 tanks last year.")).toEqual([["300 tanks", 300, "tanks"]]);
    expect(figures("In Gaza 40 were killed on Monday.")).toEqual([["40", 40, null]]);
    expect(figures("The result gave the Tories 40 seats in the county.")).toEqual([["40 seats", 40, "seats"]]);
    expect(figures("The defeat cost the Lakers 10 points in the standings.")).toEqual([["10 points", 10, "points"]]);
    expect(figures("She met the Queen 12 times over her career.")).toEqual([["12 times", 12, "times"]]);
    expect(figures("The council sold the Trust 12 acres of land.")).toEqual([["12 acres", 12, "acres"]]);
    expect(figures("Apollo 11 landed on the Moon in 1969.")).toEqual([]);
    expect(figures("In New York 300 people were arrested.")).toEqual([["300 people", 300, "people"]]);
    expect(figures("The Army 300 soldiers were deployed.")).toEqual([["300 soldiers", 300, "soldiers"]]);
    expect(figures("Manchester City 3 Fulham 1 was the final score.").map((f) => f[2])).not.toContain("was");
  });
});

describe("flights cancelled for a weekday", () => {
  it("are flights of the days ahead", () => {
    expect(dates("Ryanair has cancelled more than 400 flights for Thursday and Friday as the strike bites.")).toEqual([
      ["Thursday", "2026-05-14"],
      ["Friday", "2026-05-15"],
    ]);
    expect(dates("The airline has axed 120 services for Saturday.")).toEqual([["Saturday", "2026-05-16"]]);
  });

  it("leaves flights cancelled on a weekday in the past", () => {
    expect(dates("Ryanair cancelled more than 400 flights on Thursday.")).toEqual([["on Thursday", "2026-05-07"]]);
    expect(dates("The minister waited for Thursday's figures.")).not.toContainEqual(["Thursday", "2026-05-14"]);
  });
});

describe("a weekday written with its date", () => {
  it("gives the date once", () => {
    expect(dates("The strike begins at 6am on Thursday 14 May and ends at 6am on Saturday 16 May.")).toEqual([
      ["14 May", "2026-05-14"],
      ["16 May", "2026-05-16"],
    ]);
    expect(dates("The vote is on Tuesday, May 19, officials said.")).toEqual([["May 19", "2026-05-19"]]);
  });

  it("leaves a weekday before a count, or apart from a date, as it was", () => {
    expect(dates("On Thursday, 300 people marched in the city.")).toEqual([["Thursday", "2026-05-07"]]);
    expect(dates("Talks resume on Monday and end on 20 May.")).toEqual([
      ["on Monday", "2026-05-11"],
      ["20 May", "2026-05-20"],
    ]);
  });
});

describe("days listed before their month", () => {
  it("are dates of that month in one claim", () => {
    const body = "The SNCTA has said it will strike again on 4 and 5 July if talks fail.";
    expect(texts(body)).toHaveLength(1);
    expect(figures(body)).toEqual([]);
    expect(dates(body)).toEqual([
      ["4", "2026-07-04"],
      ["5 July", "2026-07-05"],
    ]);
    expect(dates("Controllers will walk out on 4, 5 and 6 July.").map((d) => d[1])).toEqual([
      "2026-07-04",
      "2026-07-05",
      "2026-07-06",
    ]);
  });

  it("leaves a count before a date counted", () => {
    expect(figures("The union held 4 ballots and 5 July was the last.").map((f) => f[1])).toContain(4);
    expect(figures("Prices rose 3.4 and 5 July saw more.").map((f) => f[1])).toContain(3.4);
    expect(dates("The shops open from 9 to 5 May to September.").map((d) => d[0])).not.toContain("9");
  });
});

describe("a season with its year", () => {
  it("gives the year", () => {
    expect(dates("Work was due to begin in spring 2027, the council said.")).toEqual([["spring 2027", "2027"]]);
    expect(dates("The line will open in late summer 2028.")).toEqual([["summer 2028", "2028"]]);
  });
});

describe("units glued to a device's figures", () => {
  it("count the figure in its unit", () => {
    expect(figures("The battery grows to 5,000mAh, from 4,400mAh.")).toEqual([
      ["5,000mAh", 5000, "mAh"],
      ["4,400mAh", 4400, "mAh"],
    ]);
    expect(figures("The base model has 256GB of storage and a 3.2GHz chip.")).toEqual([
      ["256GB", 256, "GB"],
      ["3.2GHz", 3.2, "GHz"],
    ]);
  });

  it("leaves a network's name alone", () => {
    expect(figures("The 5G model costs more.")).toEqual([]);
  });
});

describe("an age after a name", () => {
  it("counts years", () => {
    expect(figures("Tom Whitfield, 34, from Belper, died at the scene.")).toEqual([["34", 34, "years"]]);
    expect(figures("The victim, aged 60, was named locally.")).toEqual([["60", 60, "years"]]);
  });

  it("leaves a place's count after its name alone", () => {
    expect(figures("Cases rose in North Kent, 34, and East Sussex, 28.").map((f) => f[2])).toEqual([null, null]);
    expect(figures("In London, 34, and in Leeds, 12, cases were found.").map((f) => f[2])).toEqual([null, null]);
    expect(figures("The Smiths, 4, and the Joneses, 3, won.").map((f) => f[2])).toEqual([null, null]);
  });
});

describe("a figure after a second subject with its verb and noun left out", () => {
  it("counts the noun of the figure before it", () => {
    expect(figures("easyJet has cancelled 180 flights and British Airways 46.")).toEqual([
      ["180 flights", 180, "flights"],
      ["46", 46, "flights"],
    ]);
    expect(figures("The firm cut 300 jobs and Tesco 120, the union said.")).toEqual([
      ["300 jobs", 300, "jobs"],
      ["120", 120, "jobs"],
    ]);
  });

  it("leaves a name's own number alone", () => {
    expect(figures("The airline flew 300 passengers and Flight 12.")).toEqual([["300 passengers", 300, "passengers"]]);
    expect(figures("The company sold 300 cars and Ford 2024.")).toEqual([["300 cars", 300, "cars"]]);
  });
});

describe("counter-examples from a review", () => {
  it("leaves a club's or a place's count after its two-word name unread as an age", () => {
    for (const body of [
      "Arsenal had 70 points, Manchester City, 68, and Liverpool, 65.",
      "Aston Villa, 15, and Everton, 11, have won the most cup ties.",
      "The winners were Real Madrid, 15, and AC Milan, 7.",
      "New York, 45, and New Jersey, 30, reported cases on Monday.",
      "Votes: Yes Scotland, 45, Better Together, 55, the poll showed.",
    ])
      expect(figures(body).filter((f) => f[2] === "years")).toEqual([]);
    // A person's name keeps its age.
    expect(figures("Mr Brown, 54, and Ms Green, 49, were charged.").map((f) => f[2])).toEqual(["years", "years"]);
  });

  it("reads a booked weekday against a cancelling dated before the story", () => {
    // Cancelled on Thursday 7 May: the classes were Friday 8 May's, not those of the Friday ahead.
    expect(dates("Classes for Friday were cancelled at 40 schools on Thursday.")).toEqual([
      ["Friday", "2026-05-08"],
      ["on Thursday", "2026-05-07"],
    ]);
    expect(dates("Operations for Saturday were cancelled on Wednesday, leaving 300 patients waiting.")).toContainEqual([
      "Saturday",
      "2026-05-09",
    ]);
    // Said on Monday 11 May, cancelled yesterday: the Friday is still the one ahead.
    expect(dates("The airline has cancelled 300 flights for Friday, it said on Monday.")).toContainEqual([
      "Friday",
      "2026-05-15",
    ]);
    expect(dates("Flights for Friday were cancelled yesterday, the airline said.")).toContainEqual([
      "Friday",
      "2026-05-15",
    ]);
  });
});

describe("counter-examples from a review: a list of figures", () => {
  it("leaves a name that goes on a list of scores unread as an age", () => {
    expect(figures("McIlroy shot 68, Scottie Scheffler, 70, and Jon Rahm, 72.").map((f) => f[2])).toEqual([
      null,
      null,
      null,
    ]);
    expect(figures("The youngest, Amy Jones, 9, was unhurt.")).toEqual([["9", 9, "years"]]);
  });
});
