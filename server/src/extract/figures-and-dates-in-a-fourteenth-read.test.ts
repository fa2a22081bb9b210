import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { claimQuoting } from "./claim-lookup.test-helper.ts";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures and dates a fact-checker's read of news copy found misread: a number word that ends
 * its clause, weeks across two months, quarters and halves of a year, counts of a fraction of a
 * point, splits, a figure compared with a bare number, durations, vague hundreds, a fraction a
 * change is measured by, a rate per a sum of money, a bound read as a comparison and a month a
 * period runs to. The texts are written for these tests. 2025-03-28 is a Friday, 2025-03-03 a
 * Monday.
 */
const PUBLISHED = "2025-03-28";

function claims(body: string, publishedOn = PUBLISHED): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

const quantities = (body: string) =>
  claims(body).flatMap((c) =>
    c.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
    })),
  );

const dates = (body: string, publishedOn = PUBLISHED) =>
  claims(body, publishedOn).flatMap((c) =>
    c.dates.map(({ text, value, granularity, relative, firstDay, lastDay }) => ({
      text,
      value,
      granularity,
      relative,
      ...(firstDay === undefined ? {} : { firstDay, lastDay }),
    })),
  );

describe("a number word that ends its clause", () => {
  it("is a figure, counting deaths after “death toll”", () => {
    expect(quantities("The death toll rose to nine on Friday.")).toEqual([
      { text: "nine", value: 9, unit: "deaths", qualifier: null },
    ]);
    expect(quantities("The death toll from the storm climbed to twelve, police said.")).toEqual([
      { text: "twelve", value: 12, unit: "deaths", qualifier: null },
    ]);
  });

  it("counts what “the number of” names, and keeps its qualifier", () => {
    expect(quantities("The number of migrants held at the border rose to more than forty last week.")).toEqual([
      {
        text: "more than forty",
        value: 40,
        unit: "migrants",
        qualifier: "more_than",
      },
    ]);
  });

  it("is a bare figure when the sentence names nothing it counts", () => {
    expect(quantities("Unemployment in the county fell to seven.")).toEqual([
      { text: "seven", value: 7, unit: null, qualifier: null },
    ]);
    expect(quantities("Turnout reached seventy.")).toEqual([
      { text: "seventy", value: 70, unit: null, qualifier: null },
    ]);
  });

  it("gives digits after “death toll” the same count", () => {
    expect(quantities("The death toll rose to 9 on Friday.")).toEqual([
      { text: "9", value: 9, unit: "deaths", qualifier: null },
    ]);
  });

  it("stays no figure without a verb of change, and “one” stays a pronoun", () => {
    expect(quantities("He was nine when his father died.")).toEqual([]);
    expect(quantities("They worked from nine to five.")).toEqual([]);
    expect(quantities("The team rose to one of the best in the league.")).toEqual([]);
  });
});

describe("number words", () => {
  it("read a longer word whole, not the shorter one it starts with", () => {
    expect(quantities("Seventy people died and fourteen were hurt, officials said.")).toEqual([
      { text: "Seventy people", value: 70, unit: "people", qualifier: null },
      // The figure after "and" counts the people of the one before (decision 360).
      { text: "fourteen", value: 14, unit: "people", qualifier: null },
    ]);
  });

  it("read hundreds as one number, not a count of “hundred”", () => {
    expect(quantities("One hundred people died.")).toEqual([
      {
        text: "One hundred people",
        value: 100,
        unit: "people",
        qualifier: null,
      },
    ]);
    expect(quantities("There were over thirteen hundred indictments.")).toEqual([
      {
        text: "over thirteen hundred indictments",
        value: 1300,
        unit: "indictments",
        qualifier: "more_than",
      },
    ]);
    expect(quantities("They would lose a hundred and forty thousand jobs.")).toEqual([
      {
        text: "a hundred and forty thousand jobs",
        value: 140000,
        unit: "jobs",
        qualifier: null,
      },
    ]);
  });

  it("read a per cent written in words", () => {
    expect(quantities("Fifty percent of voters agree.")).toEqual([
      { text: "Fifty percent", value: 50, unit: "%", qualifier: null },
    ]);
  });

  it("leave a year said in words and a pronoun no figure", () => {
    expect(quantities("Prices rose in the nineteen forties.")).toEqual([]);
    expect(quantities("One of them came.")).toEqual([]);
  });
});

describe("last, this and next week", () => {
  it("keep their month when Monday to Sunday lie in one, and give the week's days", () => {
    expect(dates("The council approved the budget last week.")).toEqual([
      {
        text: "last week",
        value: "2025-03",
        granularity: "month",
        relative: true,
        firstDay: "2025-03-17",
        lastDay: "2025-03-23",
      },
    ]);
  });

  it("are the year with the week's days when the week straddles two months", () => {
    expect(dates("The council approved the budget last week.", "2025-03-03")).toEqual([
      {
        text: "last week",
        value: "2025",
        granularity: "year",
        relative: true,
        firstDay: "2025-02-24",
        lastDay: "2025-03-02",
      },
    ]);
    expect(dates("The council will vote next week.", "2025-03-28")).toEqual([
      {
        text: "next week",
        value: "2025",
        granularity: "year",
        relative: true,
        firstDay: "2025-03-31",
        lastDay: "2025-04-06",
      },
    ]);
  });

  // Decision 340's review: "this week" across New Year is left out (a past week keeps its ISO year).
  it("are left out when this week straddles two years", () => {
    expect(dates("The council meets this week.", "2025-12-31")).toEqual([]);
  });
});

describe("quarters and halves of a year", () => {
  it("are the year with the quarter's days", () => {
    expect(dates("Profits rose 4% in the second quarter of 2025.")).toEqual([
      {
        text: "second quarter of 2025",
        value: "2025",
        granularity: "year",
        relative: false,
        firstDay: "2025-04-01",
        lastDay: "2025-06-30",
      },
    ]);
    expect(dates("Q3 revenue was $4 billion, the company said.", "2025-11-05")).toEqual([
      {
        text: "Q3",
        value: "2025",
        granularity: "year",
        relative: true,
        firstDay: "2025-07-01",
        lastDay: "2025-09-30",
      },
    ]);
    expect(dates("Revenue fell 2% in the third quarter.", "2025-11-05")).toEqual([
      {
        text: "third quarter",
        value: "2025",
        granularity: "year",
        relative: true,
        firstDay: "2025-07-01",
        lastDay: "2025-09-30",
      },
    ]);
    expect(dates("GDP grew 0.3% in Q4 2024.")).toEqual([
      {
        text: "Q4 2024",
        value: "2024",
        granularity: "year",
        relative: false,
        firstDay: "2024-10-01",
        lastDay: "2024-12-31",
      },
    ]);
  });

  it("are the year with the half's days", () => {
    expect(dates("Sales rose 8% in the first half of the year.", "2025-08-14")).toEqual([
      {
        text: "first half of the year",
        value: "2025",
        granularity: "year",
        relative: true,
        firstDay: "2025-01-01",
        lastDay: "2025-06-30",
      },
    ]);
    expect(dates("Sales fell in the second half of last year.")).toEqual([
      {
        text: "second half of last year",
        value: "2024",
        granularity: "year",
        relative: true,
        firstDay: "2024-07-01",
        lastDay: "2024-12-31",
      },
    ]);
  });

  it("read a quarter without its year by the tense, as a month is read", () => {
    // Published in March: a fourth quarter that is over is last year's, one to come this year's.
    expect(dates("Exports fell 3% in the fourth quarter.").map((d) => d.value)).toEqual(["2024"]);
    expect(dates("Exports will recover in the fourth quarter.").map((d) => d.value)).toEqual(["2025"]);
  });

  it("leave a quarter of a game, a city or a century, a fiscal quarter and a model's name alone", () => {
    expect(dates("The Lakers scored 40 points in the third quarter.")).toEqual([]);
    expect(dates("He lived in the first quarter of the century.")).toEqual([]);
    expect(dates("Rents rose 5% in the French Quarter.")).toEqual([]);
    expect(dates("Revenue rose 6% in the fiscal third quarter.")).toEqual([]);
    expect(dates("The Audi Q3 sold 20,000 units.")).toEqual([]);
    expect(dates("Smith scored twice in the first half.")).toEqual([]);
    expect(dates("The third quarter-final drew 40,000 fans.")).toEqual([]);
  });
});

describe("counts, splits and compared figures", () => {
  it("counts quarter-point cuts, not three quarters of a point", () => {
    expect(quantities("The central bank made three quarter-point cuts last year.")).toEqual([
      {
        text: "three quarter-point cuts",
        value: 3,
        unit: "quarter-point cuts",
        qualifier: null,
      },
    ]);
    expect(quantities("The Fed delivered 3 quarter-point cuts.")).toEqual([
      {
        text: "3 quarter-point cuts",
        value: 3,
        unit: "quarter-point cuts",
        qualifier: null,
      },
    ]);
    // A fraction of a point is still one.
    expect(quantities("The rate rose by three-quarters of a point.")).toEqual([
      {
        text: "three-quarters of a point",
        value: 0.75,
        unit: "point",
        qualifier: null,
      },
    ]);
  });

  it("reads a split as no count of the word after it", () => {
    expect(quantities("Republicans hold a 51-49 Senate majority.")).toEqual([]);
    expect(quantities("The court ruled by a 51-49 split.")).toEqual([]);
    expect(quantities("The measure passed 51-49.")).toEqual([]);
    // A range still counts what its second number does.
    expect(quantities("Staff worked 10-12 hours, the union said.")).toEqual([
      { text: "10", value: 10, unit: "hours", qualifier: null },
      { text: "12 hours", value: 12, unit: "hours", qualifier: null },
    ]);
  });

  it("gives a bare number compared with a figure that figure's unit", () => {
    expect(quantities("The loan is repaid over 40 years rather than 30.")).toEqual([
      {
        text: "over 40 years",
        value: 40,
        unit: "years",
        qualifier: "more_than",
      },
      { text: "30", value: 30, unit: "years", qualifier: null },
    ]);
    expect(quantities("Mortgages will run over forty years instead of thirty.")).toEqual([
      {
        text: "over forty years",
        value: 40,
        unit: "years",
        qualifier: "more_than",
      },
      { text: "thirty", value: 30, unit: "years", qualifier: null },
    ]);
    expect(quantities("Rents rose to 40%, up from 30.")).toEqual([
      { text: "40%", value: 40, unit: "%", qualifier: null },
      { text: "30", value: 30, unit: "%", qualifier: null },
    ]);
  });
});

describe("durations", () => {
  it("reads minutes and seconds as one duration in seconds", () => {
    expect(quantities("She ran the mile in 4 minutes 12 seconds.")).toEqual([
      {
        text: "4 minutes 12 seconds",
        value: 252,
        unit: "seconds",
        qualifier: null,
      },
    ]);
    expect(quantities("The record is 3 minutes and 43.13 seconds.")).toEqual([
      {
        text: "3 minutes and 43.13 seconds",
        value: 223.13,
        unit: "seconds",
        qualifier: null,
      },
    ]);
    expect(quantities("The flight took 2 hours, 30 minutes.")).toEqual([
      {
        text: "2 hours, 30 minutes",
        value: 150,
        unit: "minutes",
        qualifier: null,
      },
    ]);
  });

  it("reads a race time written with colons", () => {
    expect(quantities("She won the 800m final in 2:30.45.")).toEqual([
      { text: "800m", value: 800, unit: "m", qualifier: null },
      { text: "2:30.45", value: 150.45, unit: "seconds", qualifier: null },
    ]);
    expect(quantities("Kipchoge won the marathon in 2:03:45.")).toEqual([
      { text: "2:03:45", value: 7425, unit: "seconds", qualifier: null },
    ]);
  });

  it("reads “the 100m” of a race as metres, not 100 million", () => {
    expect(quantities("Bolt ran the 100m in 9.58 seconds.")).toEqual([
      { text: "100m", value: 100, unit: "m", qualifier: null },
      { text: "9.58 seconds", value: 9.58, unit: "seconds", qualifier: null },
    ]);
    expect(quantities("The club spent £100m on players.")).toEqual([
      { text: "£100m", value: 100000000, unit: "GBP", qualifier: null },
    ]);
    expect(quantities("The app has 100m users.")).toEqual([
      { text: "100m users", value: 100000000, unit: "users", qualifier: null },
    ]);
  });

  it("leaves a time of day and a ratio no count", () => {
    expect(quantities("The quake struck at 4:17 a.m. on Friday.")).toEqual([]);
    expect(quantities("The doors open at 10:30:00 sharp.")).toEqual([]);
  });
});

describe("vague hundreds, fractions of a change, rates per a sum and bounds", () => {
  it("reads “a few hundred” as a vague multiple of a hundred", () => {
    expect(quantities("The camp lies a few hundred metres from the border.")).toEqual([
      {
        text: "a few hundred metres",
        value: 100,
        unit: "metres",
        qualifier: "several",
      },
    ]);
    expect(quantities("Several thousand people marched, organisers said.")).toEqual([
      {
        text: "Several thousand people",
        value: 1000,
        unit: "people",
        qualifier: "several",
      },
    ]);
    expect(quantities("A few dozen protesters gathered.")).toEqual([
      {
        text: "A few dozen protesters",
        value: 12,
        unit: "protesters",
        qualifier: "several",
      },
    ]);
  });

  it("leaves “a few” and “several” without a number no figure", () => {
    expect(quantities("A few people came, and several left early.")).toEqual([]);
  });

  it("reads “by almost a fifth” as a change by a share", () => {
    expect(quantities("Prices rose by almost a fifth.")).toEqual([
      {
        text: "almost a fifth",
        value: 0.2,
        unit: "share",
        qualifier: "approximately",
      },
    ]);
    expect(quantities("Prices fell by a third last year.")).toEqual([
      { text: "a third", value: 0.333333, unit: "share", qualifier: null },
    ]);
  });

  it("leaves an ordinal after “a” no share", () => {
    expect(quantities("She won for a fifth time.")).toEqual([]);
    expect(quantities("He won a third term by a wide margin.")).toEqual([]);
  });

  it("reads a rate per a sum of money as one figure", () => {
    expect(quantities("The tax rate is $11.42 per $1,000 of assessed value.")).toEqual([
      {
        text: "$11.42 per $1,000",
        value: 11.42,
        unit: "USD per 1,000 USD",
        qualifier: null,
      },
    ]);
  });

  it("reads “more than $35” as a bound, not a comparison", () => {
    const c = claimQuoting(claims("Each household should pay more than $35."), "$35");
    expect(c.quantities.map((q) => [q.value, q.unit, q.qualifier])).toEqual([[35, "USD", "more_than"]]);
    expect([c.kind, ...c.alsoKinds]).not.toContain("comparison_record");
    // A comparison with no figure after "than" still is one.
    const compared = claimQuoting(claims("Households pay more than their neighbours in Ohio."), "neighbours");
    expect([compared.kind, ...compared.alsoKinds]).toContain("comparison_record");
  });

  it("reads “no one should pay more than” as an upper bound", () => {
    expect(quantities("Under the plan, no one should pay more than $35 a month.")).toEqual([
      {
        text: "more than $35 a month",
        value: 35,
        unit: "USD per month",
        qualifier: "at_most",
      },
    ]);
    expect(quantities("Nobody should pay more than $35.")).toEqual([
      { text: "more than $35", value: 35, unit: "USD", qualifier: "at_most" },
    ]);
  });
});

describe("a month a period runs to", () => {
  it("lies ahead after “until mid-”, “early”, “late” or “the end of”", () => {
    for (const text of [
      "The road is closed until mid-January.",
      "The road is closed until early January.",
      "The road is closed until late January.",
      "The road is closed until the end of January.",
    ])
      expect(dates(text, "2025-11-20").map((d) => d.value)).toEqual(["2026-01"]);
  });

  it("still lies behind when the period is over", () => {
    expect(dates("The strike lasted until late January.", "2025-11-20").map((d) => d.value)).toEqual(["2025-01"]);
  });
});

describe("counter-examples from a review", () => {
  const values = (body: string, publishedOn = "2025-06-15") =>
    claims(body, publishedOn).flatMap((c) => c.quantities.map((q) => [q.value, q.unit]));

  it("keeps a range beside a word of voting or confirming", () => {
    expect(values("Officials confirmed 10-15 deaths in the flooding.")).toEqual([
      [10, "deaths"],
      [15, "deaths"],
    ]);
    expect(values("The board confirmed 200-300 job cuts on Monday.")).toEqual([
      [200, "cuts"],
      [300, "cuts"],
    ]);
    expect(values("Congress approved 10-15% pay rises for soldiers.")).toEqual([
      [10, "%"],
      [15, "%"],
    ]);
    expect(values("The company targets an operating margin of 10-12% by 2027.")).toEqual([
      [10, "%"],
      [12, "%"],
    ]);
    expect(values("Polls give Labour a 10-12 point lead.")).toEqual([
      [10, "point"],
      [12, "point"],
    ]);
    expect(values("The jury's verdict came after 10-12 hours of deliberation.")).toEqual([
      [10, "hours"],
      [12, "hours"],
    ]);
    expect(values("The court voted to hear 20-30 cases a year.").length).toBeGreaterThan(0);
    expect(values("Lawmakers passed a bill giving 3-5% raises to teachers.")).toEqual([
      [3, "%"],
      [5, "%"],
    ]);
    // A vote beside its word still counts nothing.
    expect(values("The measure passed 51-49 in the Senate.")).toEqual([]);
    expect(values("The Senate confirmed her 52-48.")).toEqual([]);
    expect(values("The panel split 10-2 on the question.")).toEqual([]);
    expect(values("The bill cleared by a 51-49 margin.")).toEqual([]);
  });

  it("gives a death toll's unit only to the level the toll rose or fell to", () => {
    expect(values("While the death toll has fallen, hospital admissions rose to 300.")).toEqual([[300, null]]);
    expect(values("Despite the death toll, the number of volunteers rose to 500.")).toEqual([[500, "volunteers"]]);
    expect(values("The death toll rose to 12 and the number injured climbed to 40.")).toEqual([
      [12, "deaths"],
      [40, null],
    ]);
    expect(values("After the death toll was revised, the number of missing rose to 25.")).not.toContainEqual([
      25,
      "deaths",
    ]);
    expect(values("The death toll has now risen to 40.")).toEqual([[40, "deaths"]]);
  });

  it("reads a sum repeated without its currency as money, not metres", () => {
    expect(values("The 100m in savings will go to hospitals.")).toEqual([[100000000, null]]);
    expect(values("Most of the 100m has gone to schools.")).toEqual([[100000000, null]]);
    expect(values("The government pledged £50m for schools. Of the 50m, 20m goes to London.")).not.toContainEqual([
      50,
      "m",
    ]);
    expect(values("The Treasury said the 3bn and the 100m in loans were approved.")).not.toContainEqual([100, "m"]);
    expect(values("Chelsea will pay the 100m in instalments.")).toEqual([[100000000, null]]);
    expect(values("United completed an 80m record signing on Friday.")).not.toContainEqual([80, "m"]);
    expect(values("Sky paid a 5m title sponsorship fee.")).not.toContainEqual([5, "m"]);
    expect(values("The council set aside a 2m events budget.")).not.toContainEqual([2, "m"]);
    // A race is still a race.
    expect(values("Bolt ran the 100m in 9.58 seconds.")).toContainEqual([100, "m"]);
    expect(values("She broke the 400m record in Rome.")).toContainEqual([400, "m"]);
    expect(values("He won the 200m at the Olympics.")).toContainEqual([200, "m"]);
    expect(values("She won the 400m in 49.26 seconds.")).toContainEqual([400, "m"]);
    expect(values("He finished the 1,500m in 3:26.00.")).toContainEqual([1500, "m"]);
  });

  it("dates a quarter without a year only in a sentence of economic results", () => {
    for (const text of [
      "LeBron James had 20 points in the fourth quarter.",
      "The Chiefs led 21-7 at the end of the first quarter.",
      "The Celtics outscored Miami 35-20 in the third quarter.",
      "Curry hit five threes in the third quarter.",
      "The Ravens led 17-3 going into the fourth quarter.",
      "The horse made its move in the final quarter.",
      "Students' grades fell in the third quarter.",
    ])
      expect(dates(text, "2025-06-15")).toEqual([]);
    expect(dates("Revenue fell 2% in the third quarter.", "2025-06-15").map((d) => d.firstDay)).toEqual(["2024-07-01"]);
    expect(dates("The economy shrank in the first quarter.", "2025-06-15").map((d) => d.firstDay)).toEqual([
      "2025-01-01",
    ]);
  });

  it("reads a car's model name as no quarter, and keeps the count before it", () => {
    for (const text of [
      "Audi recalled 10,000 Q3 SUVs.",
      "Audi sold 40,000 Q3 cars last year.",
      "Audi's Q3 SUV was recalled in March.",
      "The new Q3 goes on sale next month.",
    ])
      expect(dates(text, "2025-06-15").filter((d) => d.text.includes("Q3"))).toEqual([]);
    expect(values("Audi recalled 10,000 Q3 SUVs.").map(([v]) => v)).toEqual([10000]);
    expect(dates("Sales rose 5% in Q3.", "2025-06-15").map((d) => d.firstDay)).toEqual(["2024-07-01"]);
  });

  it("reads US-style hundreds whole and keeps “one hundred and two hundred” apart", () => {
    expect(values("The storm destroyed two hundred thirty-five homes.")).toEqual([[235, "homes"]]);
    expect(values("The city hired three hundred twenty officers last year.")).toEqual([[320, "officers"]]);
    expect(values("One hundred fifty people died in the fire.")).toEqual([[150, "people"]]);
    expect(values("Between two hundred and three hundred homes were damaged.").map(([v]) => v)).not.toContain(203);
    expect(values("Between one hundred and two hundred people attended.").map(([v]) => v)).not.toContain(102);
    expect(values("Two hundred and fifty thousand people marched.")).toEqual([[250000, "people"]]);
  });

  it("counts quarters written in digits", () => {
    expect(values("Profits have fallen for 3 quarters in a row.")).toEqual([[3, "quarters"]]);
    expect(values("The economy shrank in 2 quarters last year.")).toEqual([[2, "quarters"]]);
  });

  it("reads a clock time with seconds as no duration", () => {
    for (const text of [
      "The video, timestamped 10:42:17 p.m., shows the suspect leaving.",
      "Witnesses said the shooting happened between 10:30:00 and 10:31:15.",
      "The flight departs 06:45:00 daily.",
      "The clip goes viral at the 1:23:45 mark.",
    ])
      expect(values(text)).toEqual([]);
    expect(values("The 911 call was logged 02:13:44 on Sunday.")).not.toContainEqual([8024, "seconds"]);
    // A race time is still one.
    expect(values("Kipchoge ran 1:59:40 in Vienna.")).toEqual([[7180, "seconds"]]);
    expect(values("Kipchoge won the marathon in 2:03:45 last year.")).toEqual([[7425, "seconds"]]);
  });

  it("gives a bare “from” figure no unit unless a change is compared", () => {
    expect(values("Tickets cost $20 and doors open from 7 on Friday.")).not.toContainEqual([7, "USD"]);
    expect(values("The museum charges $15, and is open from 9 until 5.")).not.toContainEqual([9, "USD"]);
    expect(values("The 5% rise applies to workers aged from 18.")).not.toContainEqual([18, "%"]);
    expect(values("The 2,000-strong force patrols from 8 at night.")).not.toContainEqual([8, "patrols"]);
    expect(values("Only 12% of the 300 homes were insured, compared with 40 in 2010.")).not.toContainEqual([
      40,
      "homes",
    ]);
    // A change from a figure still takes its unit.
    expect(values("Rents rose to 40%, up from 30.")).toContainEqual([30, "%"]);
    expect(values("The rate rose to 5.25% from 5.")).toContainEqual([5, "%"]);
  });

  it("dates a past quarter or half to the last one that is over", () => {
    expect(dates("Sales rose 4% in the third quarter.", "2025-07-20").map((d) => d.firstDay)).toEqual(["2024-07-01"]);
    expect(dates("Sales rose 4% in the first quarter.", "2025-01-03").map((d) => d.firstDay)).toEqual(["2024-01-01"]);
    expect(dates("Sales rose 4% in Q1.", "2025-01-03").map((d) => d.firstDay)).toEqual(["2024-01-01"]);
    expect(dates("Sales will rise in the third quarter.", "2025-07-20").map((d) => d.firstDay)).toEqual(["2025-07-01"]);
  });

  it("gives a quarter without a year the year its sentence named, and leaves fiscal quarters alone", () => {
    // The second clause is a claim of its own, with no word of results: its quarter is left
    // undated rather than given the publication's year.
    expect(
      dates("The economy shrank 0.5% in the second quarter of 2022 and grew in the third quarter.", "2025-06-15").map(
        (d) => d.firstDay,
      ),
    ).not.toContain("2024-07-01");
    expect(
      dates("The economy shrank in the second quarter of 2022 and in the third quarter.", "2025-06-15").map(
        (d) => d.firstDay,
      ),
    ).toEqual(["2022-04-01", "2022-07-01"]);
    expect(
      dates("In 2022, the economy shrank in the second quarter.", "2025-06-15").map((d) => d.firstDay ?? d.value),
    ).toEqual(["2022", "2022-04-01"]);
    expect(
      dates(
        "Microsoft reported third-quarter revenue of $70 billion for the period ending in March.",
        "2025-04-30",
      ).filter((d) => d.text.includes("quarter")),
    ).toEqual([]);
    expect(dates("Microsoft's fiscal 2025 third-quarter revenue rose 13%.", "2025-04-30")).toEqual([]);
  });

  it("reads a number word a team, a ranking or a clock rose to as no figure", () => {
    expect(values("The team, which has 25 players, rose to seven in the league.")).toEqual([[25, "players"]]);
    expect(values("His world ranking rose to nine after the win.")).toEqual([]);
    expect(values("The clock hit twelve as the results came in.")).toEqual([]);
  });

  it("reads “a hundred per cent sure” and “Seventeen magazine” as no figure", () => {
    expect(values("I am a hundred percent sure, she said.")).toEqual([]);
    expect(values("He gave a hundred and ten per cent, the coach said.")).toEqual([]);
    expect(values("Seventeen magazine reported the story.")).toEqual([]);
    expect(values("Fifty per cent of voters backed the plan.")).toEqual([[50, "%"]]);
  });

  it("reads a price that rose “by a quarter” as no share", () => {
    expect(values("Gas prices rose by a quarter last week.")).toEqual([]);
    expect(values("Sales rose by a quarter last year.")).toEqual([[0.25, "share"]]);
  });

  it("gives “last week” on a Sunday no days", () => {
    expect(dates("Sales rose 4% last week.", "2025-06-15")).toEqual([
      { text: "last week", value: "2025-06", granularity: "month", relative: true },
    ]);
    expect(dates("Sales rose 4% last week.", "2025-03-02")).toEqual([
      { text: "last week", value: "2025", granularity: "year", relative: true },
    ]);
  });
});
