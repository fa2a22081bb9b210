import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures, dates and clauses the eighteenth newsroom read handed on (decision 435): a route's
 * number, a height in feet and inches, a plural weekday. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.text));

describe("1. a bus's or a tram's route number", () => {
  it("is a name, not a count", () => {
    expect(figures("Police said she boarded a number 59 bus towards Manchester city centre.")).toEqual([]);
    expect(figures("He took the 59 bus to work every day, his mother said.")).toEqual([]);
    expect(figures("Witnesses said the No 9 tram was halted at 6pm.")).toEqual([]);
  });

  it("leaves counts of buses and of people as they were", () => {
    expect(figures("The council said the 59 bus drivers who struck would be paid.")).toEqual(["59 bus drivers"]);
    expect(figures("The operator said it would buy 12 bus shelters and 40 buses.")).toEqual([
      "12 bus shelters",
      "40 buses",
    ]);
    expect(figures("A fleet of 300 buses carried 59 passengers, the company said.")).toEqual([
      "300 buses",
      "59 passengers",
    ]);
    expect(figures("The firm said it ran a 24 bus service on Sundays.")).toEqual(["24 bus"]);
    expect(figures("The number of buses fell by 59 to 300, the council said.")).toHaveLength(2);
  });
});

describe("2. a height in feet and inches, a weight in stones and pounds", () => {
  const measures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => `${q.text}=${q.value} ${q.unit ?? ""}`.trim()));

  it("is one quantity, in the larger unit", () => {
    expect(measures("Police said he is around 5ft 4in tall and of slim build.")).toEqual(["around 5ft 4in=5.333 ft"]);
    expect(measures("The suspect was 5ft 11in, police said.")).toEqual(["5ft 11in=5.917 ft"]);
    expect(measures("He stands 6 feet 2 inches tall, the club said.")).toEqual(["6 feet 2 inches=6.167 ft"]);
    expect(measures("He weighed 14st 7lb, the court heard.")).toEqual(["14st 7lb=14.5 st"]);
  });

  it("leaves feet, pounds and figures apart as they were", () => {
    expect(measures("She is 6ft tall, her brother said.")).toEqual(["6ft=6 ft"]);
    expect(measures("The wall was 6ft in places, the council said.")).toEqual(["6ft=6 ft"]);
    // Twenty inches are no inches of a foot.
    expect(figures("The pipe was 5ft 3in wide and 12ft 20in long, engineers said.")).toContain("12ft");
    expect(figures("He lost 3st in a year and 5lb in a week, he said.")).toEqual(["5lb"]);
    expect(figures("The fish weighed 40lb, the angler said.")).toEqual(["40lb"]);
  });
});

describe("3. the number of a title of a work", () => {
  it("counts nothing in a quoted title or after a sequel's name", () => {
    expect(
      figures(
        "That is the second-best opening ever for an animated title, behind only Moana 2, which took $225 million over the same frame in 2024.",
      ),
    ).toEqual(["$225 million"]);
    expect(
      figures(
        "Second place went to the action sequel Iron Harbor 2, which fell 52% in its second weekend to $31.6 million.",
      ),
    ).toEqual(["52%", "$31.6 million"]);
    expect(figures("A Rothko canvas, “No. 7 (Orange and Red)”, sold for $54.2 million.")).toEqual(["$54.2 million"]);
  });

  it("leaves scores, tallies, rankings and other names as they were", () => {
    expect(figures("Windows 11, which costs $139, was released in 2021.")).toEqual(["11", "$139"]);
    expect(figures("The Lakers won Game 2, which drew 12 million viewers.")).toEqual(["12 million viewers"]);
    expect(figures("Britain triggered Article 50, which gave it 2 years to leave.")).toEqual(["2 years"]);
    expect(figures("Arsenal 2, Chelsea 1: the hosts took 3 points.")).toEqual(["2", "1", "3 points"]);
    expect(figures("Cases rose in Kent 4, Essex 3 and Surrey 2, the agency said.")).toEqual(["4", "3", "2"]);
    expect(figures("The team lost 2, which left them 10th.")).toEqual(["2"]);
    // A "which" that says nothing of a film's takings or budget: a sum and a count.
    expect(figures("The firm paid Smith 4, which was less than he asked.")).toEqual(["4"]);
    expect(figures("Cases in Devon 5, which had been falling, rose again.")).toContain("5");
    expect(figures("He was ranked No. 1 for 40 weeks.")).toEqual(["1", "40 weeks"]);
    // A quote that opens with "No" says no: its figure counts.
    expect(figures("“No 10 people agreed with him,” she said.")).toEqual(["10 people"]);
  });
});

describe("4. a weekday that recurs", () => {
  const dates = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => d.text));

  it("is no date after its plural, nor as a kind of timetable or working", () => {
    expect(
      dates(
        "Northern will run 140 fewer trains on Sundays from next month, with some stations losing their Sunday service altogether.",
      ),
    ).not.toContain("Sunday");
    expect(dates("The operator said the changes would make the Sunday timetable more reliable.")).toEqual([]);
    expect(dates("Sunday working is voluntary for drivers under their contracts.")).toEqual([]);
  });

  it("leaves one day's weekday as it was", () => {
    expect(dates("Shops open on Sundays. On Sunday the mayor opened the new market.")).toContain("Sunday");
    expect(dates("The market opens on Saturdays, and on Sunday service resumed at the church.")).toContain("on Sunday");
    expect(dates("Trains ran on Sundays until May, and Sunday's service was cancelled.")).toContain("Sunday");
    expect(dates("The minister said on Sunday services would resume.")).toContain("on Sunday");
  });
});

describe("counter-examples from a review", () => {
  const measures = (body: string) =>
    claims(body).flatMap((c) => c.quantities.map((q) => `${q.text}=${q.value} ${q.unit ?? ""}`.trim()));
  const dates = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => d.text));

  it("counts the buses, trams and coaches of a list, and a train's coaches", () => {
    expect(figures("Unite said the 120 bus and 40 tram drivers would strike on Friday.")).toContain("120 bus");
    expect(figures("The 12 bus and tram operators in the region agreed a 5% fare rise, the mayor said.")).toContain(
      "12 bus",
    );
    expect(figures("The 40 bus, rail and tram companies signed the charter, the minister said.")).toContain("40 bus");
    expect(figures("The 6 coach, 4 van and 12 car parking spaces were removed, residents said.")).toContain("6 coach");
    expect(
      figures("LNER said the service would be cut from a 12 coach to a 5 coach train during the strike."),
    ).toContain("12 coach");
    // Routes named in a list stay names ("the 9 bus would": a verb after it, left as it was).
    expect(figures("The council said the 7 bus, the 8 bus and the 9 bus would be withdrawn.")).toEqual(["9 bus"]);
  });

  it("reads stones once, and an ordinal before pounds as no stones", () => {
    expect(measures("He bought 2 stone 6lb of potatoes, which cost £5.")).toEqual(["2 stone 6lb=2.429 st", "£5=5 GBP"]);
    expect(measures("He weighs 14 stones 7 pounds, his trainer said.")).toEqual(["14 stones 7 pounds=14.5 st"]);
    expect(measures("The 1st 5 pounds of every donation will go to the hospital, organisers said.")).toEqual([
      "5 pounds=5 pounds",
    ]);
    expect(figures("The 21st 10lb salmon of the season was caught on Tuesday, the ghillie said.")).toEqual(["10lb"]);
    expect(measures("He lost 1st 4 pounds in a month, he said.")).toEqual(["1st 4 pounds=1.286 st"]);
  });

  it("keeps a score or a span after a name as a figure", () => {
    expect(figures("Liverpool 3, which took the lead after 10 minutes, beat Everton 3-1.")).toContain("3");
    expect(figures("Saracens 2, which earned a bonus point, were top, the league said.")).toContain("2");
    expect(figures("The sequel Harry 2 years later led to 5 more films.")).toContain("2 years");
    // A film's takings still mark its title.
    expect(figures("Moana 2, which took $225 million in its first 5 days, led the box office.")).not.toContain("2");
    expect(figures("Avatar 3, whose budget was $400 million, opens in December.")).not.toContain("3");
  });

  it("keeps a day spent working as a date", () => {
    expect(dates("Firefighters spent Sunday working to contain the blaze, which destroyed 40 homes.")).toEqual([
      "Sunday",
    ]);
    expect(dates("Volunteers spent Saturday working on the flood defences, the council said.")).toEqual(["Saturday"]);
    expect(dates("Sunday working is voluntary for its 3,000 staff, the firm said.")).toEqual([]);
  });
});
