import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures decision 370 left (decision 400): a share's adjective read as its noun, two clauses of
 * figures joined by "and" kept as one claim (the same verb after two names, two results with
 * scores), and a bare figure in a split-off clause that counted nothing. The texts are written
 * for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const texts = (body: string) => claims(body).map((c) => c.text);
const units = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.unit));
const dates = (body: string) => claims(body).map((c) => c.dates.map((d) => d.value));

describe("a share with an adjective before its plural", () => {
  it("counts the plural, not the adjective", () => {
    expect(units("One in four white men said they would vote for him.")).toEqual(["share of men"]);
    expect(units("One in three young women say they feel unsafe at night.")).toEqual(["share of women"]);
    expect(units("One in five older adults live alone.")).toEqual(["share of adults"]);
    expect(units("One in four Black women reported discrimination at work.")).toEqual(["share of women"]);
    expect(units("One in four low-income families missed a meal.")).toEqual(["share of families"]);
    expect(units("One in 10 elderly people lives alone.")).toEqual(["share of people"]);
    expect(units("One in four likely voters backed the measure.")).toEqual(["share of voters"]);
  });

  it("is a bare share when no plural follows the adjective", () => {
    expect(units("One in five New Yorkers lives in poverty.")).toEqual(["share"]);
    expect(units("One in three working in retail earn the minimum wage.")).toEqual(["share"]);
  });

  it("keeps a plural right after the share, and a verb after it is no adjective", () => {
    expect(units("One in four adults said they would vote for him.")).toEqual(["share of adults"]);
    expect(units("One in four Americans say the economy is getting worse.")).toEqual(["share of Americans"]);
    // A verb and its object: the object is no noun of the share (read as before, not mended here).
    expect(units("One in four own guns, according to the poll.")).toEqual(["share of own"]);
    expect(units("One in five report symptoms within a week.")).toEqual(["share of report"]);
  });
});

describe("two clauses with the same verb after two names", () => {
  it("are two claims, and the bare figure borrows the noun", () => {
    expect(texts("Smith scored 20 points and Jones scored 15.")).toEqual([
      "Smith scored 20 points",
      "Jones scored 15 points",
    ]);
    expect(units("Smith scored 20 points and Jones scored 15.")).toEqual(["points", "points"]);
    expect(texts("LeBron James scored 31 points and Anthony Davis scored 24.")).toEqual([
      "LeBron James scored 31 points",
      "Anthony Davis scored 24 points",
    ]);
    expect(units("Biden won 306 electoral votes and Trump won 232.")).toEqual(["votes", "votes"]);
    expect(texts("The Lakers scored 110 points and the Celtics scored 98.")).toEqual([
      "The Lakers scored 110 points",
      "the Celtics scored 98 points",
    ]);
  });

  it("leaves a compound subject, another verb and words after the figure as one claim", () => {
    for (const body of [
      "Smith and Jones scored 15 each.",
      "Smith scored 20 points and Jones added 15.",
      // A date or place after the second figure may be both clauses'.
      "Texas executed 5 people and Florida executed 3 in 2024.",
      "Smith ran 10 miles and Jones ran 5 on Sunday.",
      "Apple sold 5 million phones and Samsung sold 4 million.",
    ])
      expect(texts(body)).toEqual([body.slice(0, -1)]);
    expect(dates("Smith ran 10 miles and Jones ran 5 on Sunday.")).toEqual([["2026-05-10"]]);
  });
});

describe("two results joined by “and”", () => {
  it("are two claims", () => {
    expect(texts("Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 with Everton.")).toEqual([
      "Arsenal beat Chelsea 2-1",
      "Liverpool drew 0-0 with Everton",
    ]);
    expect(texts("Federer beat Nadal 6-4 and Djokovic beat Murray 7-5.")).toEqual([
      "Federer beat Nadal 6-4",
      "Djokovic beat Murray 7-5",
    ]);
    expect(texts("The Yankees beat the Red Sox 5-3 and the Mets lost 4-2 to the Braves.")).toEqual([
      "The Yankees beat the Red Sox 5-3",
      "the Mets lost 4-2 to the Braves",
    ]);
  });

  it("leaves a compound subject, a result with no score and a day before both as one claim", () => {
    for (const body of [
      "Arsenal and Chelsea drew 1-1.",
      "Both Arsenal and Chelsea won 2-0.",
      "Arsenal beat Chelsea and Liverpool drew 0-0.",
      "Arsenal beat Chelsea 2-1 and then drew 0-0 with Everton.",
      "On Saturday, Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 with Everton.",
    ])
      expect(texts(body)).toEqual([body.slice(0, -1)]);
  });
});

describe("a bare figure that opens a clause split off after “and” or “, but”", () => {
  it("counts the plural the clause before ended on", () => {
    expect(texts("The company cut 500 jobs and 200 will go next year.")).toEqual([
      "The company cut 500 jobs",
      "200 will go next year",
    ]);
    expect(units("The company cut 500 jobs and 200 will go next year.")).toEqual(["jobs", "jobs"]);
    expect(units("The bank closed 40 branches, but 12 will reopen next month.")).toEqual(["branches", "branches"]);
    expect(units("Officials counted 400 ballots, but 12 were spoiled.")).toEqual(["ballots", "ballots"]);
    expect(units("The club signed 4 players, and 2 have left.")).toEqual(["players", "players"]);
  });

  it("lends nothing from a scaled figure, a share, to a year or to a singular verb after many", () => {
    expect(units("Apple sold 5 million phones, and 4 million were returned.")).toEqual(["phones", null]);
    expect(units("Sales rose 5% and 200 will go.")).toEqual(["%", null]);
    expect(units("The firm hired 300 workers in 2024, and 2025 will be harder.")).toEqual(["workers"]);
    expect(units("The council owns 30 buildings, but 5 is the number it can afford.")).toEqual(["buildings", null]);
    expect(units("The company cut 500 jobs and 20% will go next year.")).toEqual(["jobs", "%"]);
  });
});

describe("a percentage among a group", () => {
  it("keeps its unit: a percentage is read as %, whatever group it is of", () => {
    expect(units("About 30% of adults smoke, and 12% among teenagers.")).toEqual(["%", "%"]);
    expect(units("One in five adults reported symptoms, and one in 20 among teenagers.")).toEqual([
      "share of adults",
      "share of teenagers",
    ]);
  });
});

describe("counter-examples from a review", () => {
  it("keeps a repeated verb's second figure with the first when the first lends it nothing", () => {
    // A share, a scaled sum, or a name the split-off claim cannot borrow the noun with: split, the
    // second claim would be a bare figure of nothing.
    expect(texts("Smith won 52% and Jones won 48.")).toEqual(["Smith won 52% and Jones won 48"]);
    expect(texts("Ms Reeves raised £40 billion and Mr Hunt raised 20.")).toEqual([
      "Ms Reeves raised £40 billion and Mr Hunt raised 20",
    ]);
    expect(texts("The Dow gained 300 points and the S&P gained 40.")).toEqual([
      "The Dow gained 300 points and the S&P gained 40",
    ]);
    // A plural the first figure counts still splits and lends.
    expect(units("The Blues scored 3 goals and the Reds scored 2.")).toEqual(["goals", "goals"]);
  });

  it("keeps two results that share a day after them as one claim", () => {
    expect(texts("Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 on Saturday.")).toEqual([
      "Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 on Saturday",
    ]);
    expect(texts("Celtic beat Rangers 3-0 and Hearts lost 2-1 to Hibs.")).toEqual([
      "Celtic beat Rangers 3-0",
      "Hearts lost 2-1 to Hibs",
    ]);
  });
});
