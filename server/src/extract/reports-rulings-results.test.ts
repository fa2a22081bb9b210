import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { findQuantities } from "./analysis/quantities.ts";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Faults a fact-checker's read of nine more articles turned up (a climate report, a court
 * ruling, quarterly results, a health study, a cup final, a rally, a jobs report, a war report, a
 * poll story). The texts are written for these tests.
 */
const PUBLISHED = "2026-10-03"; // a Saturday

function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: PUBLISHED });
}

function quantities(text: string): [string, number, string | null][] {
  return findQuantities(text, 0, text.length).map((q) => [q.text, q.value, q.unit]);
}

describe("figures as news copy writes them", () => {
  it("gives a multiplied decimal its exact value: 4.1 million is 4,100,000", () => {
    expect(quantities("The ice covered 4.1 million square kilometres; revenue was $24.7 billion.")).toEqual([
      ["4.1 million square kilometres", 4_100_000, "square kilometres"],
      ["$24.7 billion", 24_700_000_000, "USD"],
    ]);
  });

  it("reads degrees Celsius and Fahrenheit as °C and °F", () => {
    expect(quantities("1.48 degrees Celsius above, or 2.7 degrees Fahrenheit; 12 PERCENT")).toEqual([
      ["1.48 degrees Celsius", 1.48, "°C"],
      ["2.7 degrees Fahrenheit", 2.7, "°F"],
      ["12 PERCENT", 12, "%"],
    ]);
  });

  it("counts nothing in an ordinal or a name with digits, and reads units written against the digits", () => {
    expect(quantities("the 5th Circuit, the 21st century, a 5G network, eighty F-14s")).toEqual([]);
    expect(quantities("a 10km run at 70mph, a 5kg bag and a 2GW plant")).toEqual([
      ["10km", 10, "km"],
      ["70mph", 70, "mph"],
      ["5kg", 5, "kg"],
      ["2GW", 2, "GW"],
    ]);
  });

  it("reads 'two and a half years' and 'five percentage points' whole, and no count in 'the first half'", () => {
    expect(quantities("for the last two and a half years, up 21 and a half percent")).toEqual([
      ["two and a half years", 2.5, "years"],
      ["21 and a half percent", 21.5, "%"],
    ]);
    expect(quantities("a share that has risen by five percentage points since 2010")).toEqual([
      ["five percentage points", 5, "percentage points"],
    ]);
    expect(quantities("Dortmund created more chances in the first half but failed to score")).toEqual([]);
  });

  it("reads a rate with what it is counted per, and no unit from a time word after a figure", () => {
    expect(quantities("gas at $6 a gallon, 7,000 steps a day, 70 miles per hour, 5% a year")).toEqual([
      ["$6 a gallon", 6, "USD per gallon"],
      ["7,000 steps a day", 7000, "steps per day"],
      ["70 miles per hour", 70, "miles per hour"],
      ["5% a year", 5, "% per year"],
    ]);
    expect(quantities("America got $89 billion last year; one last point")).toEqual([["$89 billion", 89e9, "USD"]]);
  });

  it("counts nothing in a score, a vote or a season, and gives a range's first number the second's unit", () => {
    expect(quantities("beating Borussia Dortmund 2-0 at Wembley, a 5-4 ruling, the 2019-20 season")).toEqual([]);
    expect(quantities("working 10-12 hours a day")).toEqual([
      ["10", 10, "hours per day"],
      ["12 hours a day", 12, "hours per day"],
    ]);
  });

  it("keeps 'between 1.6 million and 1.7 million vehicles' as one claim, while a list of figures splits", () => {
    const range = claims("The company expects to deliver between 1.6 million and 1.7 million vehicles this year.");
    expect(range.map((c) => c.quote)).toEqual([
      "The company expects to deliver between 1.6 million and 1.7 million vehicles this year",
    ]);
    const list = claims("The cooperation has resulted in over 1,700 deportations and over 1,000 arrests.");
    expect(list).toHaveLength(2);
  });
});

describe("who is named in the wording", () => {
  it("names the office holder the article introduced when a later sentence says 'the governor'", () => {
    const all = claims(
      "The law, signed by Governor Tom Ridley in March, requires photo identification.\n\n" +
        '"This law is about making it easy to vote and hard to cheat," the governor said in a statement.\n\n' +
        "Chief executive Priya Raman joined the call. The chief executive said the company would cut 3,000 jobs.",
    );
    expect(claimQuoting(all, "easy to vote").claimant.name).toBe("Tom Ridley");
    expect(claimQuoting(all, "3,000 jobs").claimant.name).toBe("Priya Raman");
  });

  it("leaves 'the governor' as written when no governor was introduced before it", () => {
    const all = claims(
      "The governor said the state would appeal.\n\nLater, Governor Tom Ridley signed the budget of $4 billion.",
    );
    expect(claimQuoting(all, "would appeal").claimant.name).toBe("governor");
  });

  it("gives a body named by a common noun its article, and lowers a common word that opened the sentence", () => {
    const all = claims(
      "A Gallup survey conducted in August found that 76% of Americans support photo identification.\n\n" +
        "Civil rights groups estimated that about 210,000 registered voters lack such ID.\n\n" +
        "The National Snow and Ice Data Center said the ice covered 4.1 million square kilometres.",
    );
    expect(claimQuoting(all, "76%").text).toMatch(/^According to the Gallup survey conducted in August, 76%/);
    expect(claimQuoting(all, "210,000").text).toMatch(/^According to civil rights groups, about 210,000/);
    expect(claimQuoting(all, "4.1 million").text).toMatch(/^According to the National Snow and Ice Data Center, /);
  });
});

describe("who makes each claim in a court story, a climate report and a health study", () => {
  it("reads the speaker after a quote past a title's period and before an affiliation", () => {
    const all = claims(
      "“Every extra 1,000 steps helps,” said lead author Dr. Melody Ding of the University of Sydney.",
    );
    expect(all.map((c) => [c.claimant.title, c.claimant.name])).toEqual([["lead author Dr.", "Melody Ding"]]);
  });

  it("lowers a qualifier that opened the reported clause: 'According to …, around 31% of adults'", () => {
    const all = claims(
      "Around 31% of adults worldwide do not get enough physical activity, the World Health Organization estimates.",
    );
    expect(all[0]!.text).toBe(
      "According to the World Health Organization, around 31% of adults worldwide do not get enough physical activity",
    );
  });

  it("gives 'ruling that …' to the judge, without the time between the judge and the verb", () => {
    const all = claims(
      "A federal judge on Thursday blocked the state's new voter identification law, ruling that it would likely disenfranchise tens of thousands of eligible voters.",
    );
    const finding = claimQuoting(all, "disenfranchise");
    expect(finding.claimant.name).toBe("federal judge");
    expect(finding.text).toMatch(/^According to the federal judge, it would likely disenfranchise/);
    expect(claimQuoting(all, "blocked").claimant.type).toBe("article");
  });

  it("hands over to a second speaker after a trailing 'X said, although critics say …'", () => {
    const all = claims(
      "Shipping traffic through the Northern Sea Route has nearly tripled since 2018, Russian officials said last month, although critics say the figures include vessels that only sailed part of the route.",
    );
    expect(claimQuoting(all, "nearly tripled").claimant.name).toBe("Russian officials");
    const rebuttal = claimQuoting(all, "figures include");
    expect(rebuttal.claimant.name).toBe("critics");
    expect(rebuttal.text).toBe("According to critics, the figures include vessels that only sailed part of the route");
  });

  it("gives a verdict in the speaker's quoted words to the speaker, alone or before 'and said'", () => {
    const alone = claims("Ridley called the ruling “judicial activism at its worst.”");
    expect(alone.map((c) => c.claimant.name)).toEqual(["Ridley"]);
    const coordinated = claims(
      "Ridley called the ruling “judicial activism at its worst” and said the state would appeal to the 5th Circuit.",
    );
    expect(claimQuoting(coordinated, "judicial activism").claimant.name).toBe("Ridley");
    expect(claimQuoting(coordinated, "would appeal").claimant.name).toBe("Ridley");
  });
});

describe("who makes each claim in a jobs report and a rally story", () => {
  it("reads 'added' before a figure as a count, not as 'he added'", () => {
    const all = claims(
      "Health care added 49,000 jobs and government employment rose by 70,000, while manufacturing lost 8,000 positions.",
    );
    expect(all.map((c) => c.claimant.type)).toEqual(["article", "article"]);
  });

  it("gives a quotation inside a reported clause to the speaker who reports it", () => {
    const all = claims(
      "Acting Labor Secretary Julie Su said the report showed “a resilient labor market that continues to deliver for working families.”",
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.claimant).toMatchObject({ name: "Julie Su", title: "Acting Labor Secretary" });
    expect(all[0]!.text).toMatch(/^According to Acting Labor Secretary Julie Su, the report showed “a resilient/);
  });

  it("credits what data, records and polls show to them, and 'the Department of Labor' takes its article", () => {
    const all = claims(
      "FBI data show violent crime fell by about 3% in 2025.\n\nCourt records show the company paid $2 million in fines.\n\n" +
        "The Department of Labor said the economy added 206,000 jobs in June.",
    );
    expect(claimQuoting(all, "violent crime").text).toBe(
      "According to FBI data, violent crime fell by about 3% in 2025",
    );
    expect(claimQuoting(all, "paid $2 million").text).toMatch(/^According to court records, the company paid/);
    expect(claimQuoting(all, "206,000").text).toMatch(/^According to the Department of Labor, the economy/);
  });

  it("does not read 'show' as reporting after anything but a document or figures", () => {
    const all = claims(
      "It's got to be courage and compassion that we show to a young woman who's facing this decision.",
    );
    expect(all.every((c) => c.claimant.type === "article" && c.kind !== "attributed_statement")).toBe(true);
  });
});

describe("a war report and a poll story", () => {
  it("words a participle phrase with the clause it hangs on, marking what stands between", () => {
    const all = claims(
      "Russian drones struck energy facilities in five regions overnight, killing four people and leaving more than 200,000 households without power, Ukrainian officials said.",
    );
    expect(claimQuoting(all, "killing four people").text).toBe(
      "According to Ukrainian officials, Russian drones struck energy facilities in five regions overnight, killing four people",
    );
    expect(claimQuoting(all, "200,000 households").text).toBe(
      "According to Ukrainian officials, Russian drones struck energy facilities in five regions overnight … leaving more than 200,000 households without power",
    );
  });

  it("names whose campaign 'his campaign' is, and words it without a stray article", () => {
    const all = claims(
      "“The momentum is clearly on our side,” Reyes said in a statement. His campaign said it had raised $1.2 million in the past quarter.",
    );
    const raised = claimQuoting(all, "$1.2 million");
    expect(raised.claimant.name).toBe("Reyes's campaign");
    expect(raised.text).toBe("Reyes's campaign said it had raised $1.2 million in the past quarter");
  });

  it("does not flag the word wire copy uses for a war as loaded, but does flag the slogan", () => {
    const war = claims(
      "The UN has documented more than 12,000 civilian deaths since the full-scale invasion began in February 2022.",
    );
    expect(war[0]!.loadedTerms).toEqual([]);
    const slogan = claims("The senator said the country faced a migrant invasion at the southern border.");
    expect(slogan[0]!.loadedTerms).toEqual(["migrant invasion"]);
  });
});
