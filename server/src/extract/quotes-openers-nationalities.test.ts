import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";
import { withSingleQuotationsAsDouble } from "./text/single-quotations.ts";

/**
 * Wordings a reviewer reads as the article meant them: the speaker's own words still in quotation
 * marks, a common word that opened its sentence in lowercase after "According to X,", and "the
 * Italian" named as the person the article introduced. The texts are written for these tests.
 */
function claims(body: string): ExtractedClaim[] {
  return extractClaims(body, { publishedOn: "2025-06-07" });
}

describe("the speaker's own words in a reported statement", () => {
  it("keeps the quotation marks around a partial quotation", () => {
    const all = claims('Powell said the economy was in "a good place" and that rates would stay at 4.5%.');
    // "and that rates would stay …" is a second claim: a plural noun opens a clause after "that".
    expect(claimQuoting(all, "good place").text).toBe("According to Powell, the economy was in “a good place”");
  });

  it("drops a quotation mark whose partner lies outside the claim", () => {
    const all = claims(
      "The ministry said the deal was “a step toward cutting emissions by 40% by 2030, and a signal to investors.”",
    );
    for (const c of all) expect((c.text.match(/[“”]/g) ?? []).length % 2).toBe(0);
  });

  it("scores the wording as if the marks were not there", () => {
    const quoted = claimQuoting(claims("Rome said it was “fully committed” to spending 2% of GDP."), "2%");
    const plain = claimQuoting(claims("Rome said it was fully committed to spending 2% of GDP."), "2%");
    expect(quoted.text).toContain("“fully committed”");
    expect(quoted.scores).toEqual(plain.scores);
  });
});

describe("a common word that opened its sentence", () => {
  it("is lowercased once it follows the attribution", () => {
    const all = claims(
      "Job gains were concentrated in health care, the Bureau of Labor Statistics said.\n\n" +
        "Hiring slowed to 139,000 jobs in May, economists said.",
    );
    expect(claimQuoting(all, "Job gains").text).toBe(
      "According to the Bureau of Labor Statistics, job gains were concentrated in health care",
    );
    expect(claimQuoting(all, "Hiring").text).toMatch(/^According to economists, hiring slowed/);
  });

  it("keeps its capital where the article uses it as a name", () => {
    const all = claims(
      "Senator Mark Kelly's office released the figures.\n\nMark signed 12 bills in 2024, his office said.",
    );
    expect(claimQuoting(all, "12 bills").text).toMatch(/, Mark signed 12 bills/);
  });
});

describe("a person named by nationality or office", () => {
  const story =
    "Italian Prime Minister Giorgia Meloni met the president on Thursday.\n\n" +
    'The Italian said the talks were "very productive". ' +
    "The Italian premier said Rome would raise defence spending to 2% of GDP. " +
    "The prime minister said 30,000 troops were ready.";

  it("names the person the article introduced as 'Italian Prime Minister'", () => {
    const all = claims(story);
    expect(claimQuoting(all, "very productive").claimant.name).toBe("Giorgia Meloni");
    expect(claimQuoting(all, "2% of GDP").claimant.name).toBe("Giorgia Meloni");
    expect(claimQuoting(all, "30,000 troops").claimant.name).toBe("Giorgia Meloni");
  });

  it("does not read a surname before a title as a nationality", () => {
    const all = claims(
      "Trump Attorney General Pam Bondi said 1,200 cases were open.\n\nTrump said 300 judges had been appointed.",
    );
    expect(claimQuoting(all, "300 judges").claimant.name).toBe("Trump");
  });

  it("gives an unresolved 'Italian premier' its article", () => {
    const all = claims("The Italian premier said Rome was “fully committed” to NATO.");
    expect(claimQuoting(all, "NATO").text).toBe("According to the Italian premier, Rome was “fully committed” to NATO");
  });
});

describe("an election night and a recall story", () => {
  const election =
    "Democrat Abigail Spanberger won on Tuesday, defeating Republican Winsome Earle-Sears by 14 points.\n\n" +
    '"Virginians chose pragmatism over chaos," Spanberger told supporters. ' +
    'The Republican conceded after 10 p.m. but said her party would "regroup and come back stronger." ' +
    "Earle-Sears had claimed that the voter rolls contained 800,000 dead voters; a review by the " +
    "Department of Elections found 1,400 such records.";

  it("names a person the article introduced by party, without the party", () => {
    const all = claims(election);
    expect(claimQuoting(all, "pragmatism").claimant.name).toBe("Abigail Spanberger");
    expect(claimQuoting(all, "regroup").claimant.name).toBe("Winsome Earle-Sears");
  });

  it("ends a speaker's claim at a semicolon before another source's finding", () => {
    const all = claims(election);
    expect(claimQuoting(all, "800,000").claimant.name).toBe("Winsome Earle-Sears");
    expect(claimQuoting(all, "1,400").claimant.name).not.toBe("Winsome Earle-Sears");
    expect(claimQuoting(all, "1,400").quote).toMatch(/^a review by the Department of Elections found 1,400/);
  });

  it("keeps a plain clause after a semicolon with the speaker who goes on", () => {
    const all = claims("Police said two people died in the crash; 40 were hurt.");
    expect(claimQuoting(all, "40").claimant.name).toBe("police");
  });

  it("counts an acronym's plural and gives a company's spokesperson an article", () => {
    const all = claims(
      "Ford is recalling nearly 1.9 million Explorer SUVs, regulators said. " +
        "A Ford spokesperson said dealers would install new clips free of charge starting in October.",
    );
    expect(claimQuoting(all, "1.9 million").quantities.map((q) => q.unit)).toEqual(["SUVs"]);
    expect(claimQuoting(all, "new clips").text).toMatch(/^According to the Ford spokesperson, dealers would/);
  });
});

describe("British copy", () => {
  const story =
    "Governor Andrew Bailey said inflation, which rose to 3.8 per cent in August, was 'still too high'. " +
    "'We are not out of the woods yet,' he told reporters.\n\n" +
    "The Chancellor, Rachel Reeves, welcomed the decision. She said the government had cut waiting lists by 200,000.\n\n" +
    "Two men, aged 24 and 31, were arrested after a stabbing in Croydon, the Metropolitan Police said. " +
    "They aren't yet named, the force’s spokesman said.";

  it("reads single quotation marks as quotations and quotes the text as written", () => {
    const all = claims(story);
    const quote = claimQuoting(all, "out of the woods");
    expect(quote.claimant).toMatchObject({ name: "Andrew Bailey", title: "Governor" });
    expect(quote.text).toBe("Governor Andrew Bailey said: “We are not out of the woods yet”");
    expect(quote.quote).toBe("'We are not out of the woods yet,'");
    expect(claimQuoting(all, "too high").text).toMatch(/inflation was “still too high”$/);
  });

  it("does not read a shortened year as a quotation mark", () => {
    const all = claims(
      "Unemployment rose to 8 per cent in the '80s. The chancellor said 'inflation is still too high' on Tuesday.",
    );
    expect(claimQuoting(all, "'80s").text).toBe("Unemployment rose to 8 per cent in the '80s");
    expect(claimQuoting(all, "inflation").claimant.name).toBe("chancellor");
  });

  it("leaves a shortened year alone in a long article with no quotation", () => {
    const body =
      "Officials in the '90s agreed.\n\n" + "Exports rose 12 percent in 2024, the ministry said.\n\n".repeat(3000);
    const view = withSingleQuotationsAsDouble(body);
    expect(view).toBe(body);
  });

  it("reads a reported clause whose subject has an aside, and the aside as a claim", () => {
    const all = claims(story);
    expect(claimQuoting(all, "too high").claimant).toMatchObject({ name: "Andrew Bailey", title: "Governor" });
    expect(claimQuoting(all, "3.8 per cent").text).toMatch(/inflation rose to 3\.8 per cent in August$/);
  });

  it("resolves 'she' to the person named between commas after an office", () => {
    expect(claimQuoting(claims(story), "waiting lists").claimant.name).toBe("Rachel Reeves");
  });

  it("keeps bare numbers that list one thing's parts in one claim", () => {
    const arrested = claimQuoting(claims(story), "aged 24");
    expect(arrested.quote).toMatch(/^Two men, aged 24 and 31, were arrested/);
  });
});

describe("dates in a court story", () => {
  it("reads a passive after 'will be' or a present 'faces … when she is sentenced' as ahead", () => {
    for (const t of [
      "She faces up to 20 years in prison when she is sentenced in August.",
      "She will be sentenced in August.",
    ]) {
      expect(claims(t)[0]!.dates.map((d) => d.value)).toEqual(["2025-08"]);
    }
    expect(claims("He was sentenced in August.")[0]!.dates.map((d) => d.value)).toEqual(["2024-08"]);
  });
});

describe("a relative clause with a subject of its own", () => {
  it("puts the subject it is about after its verb", () => {
    const texts = (t: string): string[] => claims(t).map((c) => c.text);
    expect(
      texts(
        "The county's budget shortfall, which officials blamed partly on the thefts, forced layoffs of 14 employees.",
      ),
    ).toContain("officials blamed the county's budget shortfall partly on the thefts");
    expect(texts("The report, which Reuters has reviewed, found 300 cases.")).toContain(
      "Reuters has reviewed the report",
    );
    // A reporting verb in the clause makes it the critics' claim (decision 240).
    expect(texts("The plan, which critics say will cost $2 billion, passed on Tuesday.")).toContain(
      "According to critics, the plan will cost $2 billion",
    );
    expect(texts("The law, which took effect in 2022, cut emissions by 10%.")).toContain("The law took effect in 2022");
  });

  it("reads a sports club as a body that speaks", () => {
    const [c] = claims("Liverpool signed Isak for a record fee of £125 million, the club announced on Monday.");
    expect(c!.text).toBe("According to the club, Liverpool signed Isak for a record fee of £125 million");
  });
});

describe("a health story", () => {
  const story =
    "Measles cases have tripled since last year, the Centers for Disease Control and Prevention said.\n\n" +
    "Two children and one adult have died, the first measles deaths in a decade.\n\n" +
    "Kennedy has promoted unproven treatments such as vitamin A. Dr. Paul Offit called that “dangerous.”\n\n" +
    "Cases could double by the summer, one modeling study estimated.";

  it("lowers a word the article also writes lowercase, and gives a plural-named body its article", () => {
    expect(claimQuoting(claims(story), "tripled").text).toBe(
      "According to the Centers for Disease Control and Prevention, measles cases have tripled since last year",
    );
  });

  it("keeps a list of counts before its verb as one subject", () => {
    expect(claimQuoting(claims(story), "Two children").quote).toMatch(/^Two children and one adult have died/);
  });

  it("ends a sentence at a capital letter's period before a title", () => {
    const all = claims(story);
    expect(claimQuoting(all, "vitamin").quote).toMatch(/vitamin A$/);
    expect(claimQuoting(all, "dangerous").claimant).toMatchObject({ name: "Paul Offit", title: "Dr." });
  });

  it("gives a counted source no article", () => {
    expect(claimQuoting(claims(story), "double").text).toMatch(/^According to one modeling study, /);
  });
});

describe("fractions", () => {
  it("reads 'two-thirds' and 'three quarters of' as shares, not counts of thirds", () => {
    const figures = (t: string): [number, string | null][] =>
      claims(t).flatMap((c) => c.quantities.map((q): [number, string | null] => [q.value, q.unit]));
    expect(figures("Texas accounts for more than two-thirds of the 712 cases.")).toEqual([
      [0.666667, "share"],
      [712, "cases"],
    ]);
    expect(figures("Three quarters of the budget went to salaries.")).toEqual([[0.75, "share"]]);
    expect(figures("The economy shrank for two quarters in a row.")).toEqual([[2, "quarters"]]);
    expect(figures("The economy shrank for two quarters of negative growth.")).toEqual([[2, "quarters"]]);
  });
});

describe("a fact-check", () => {
  it("drops 'further' from the speaker and gives a body named 'Council on …' its article", () => {
    const all = claims(
      "Trump further asserted that 1.2 million jobs had been created.\n\n" +
        "Congress has approved about $175 billion in aid, according to the Council on Foreign Relations.",
    );
    expect(claimQuoting(all, "1.2 million").claimant.name).toBe("Trump");
    expect(claimQuoting(all, "$175 billion").text).toMatch(/^According to the Council on Foreign Relations, /);
  });
});

describe("a markets story", () => {
  it("reads 'S&P 500' as a name and an -ing word after a count as no counted noun", () => {
    const units = (t: string): [string, string | null][] =>
      claims(t).flatMap((c) => c.quantities.map((q): [string, string | null] => [q.text, q.unit]));
    expect(units("Stocks fell on Thursday, with the S&P 500 sliding 4.8% after the announcement.")).toEqual([
      ["4.8%", "%"],
    ]);
    expect(units("A family of four making $40,000 received about $1,700.")).toEqual([
      ["$40,000", "USD"],
      ["about $1,700", "USD"],
    ]);
    expect(units("The union said 40 striking workers were fired.")).toEqual([["40 striking workers", "workers"]]);
    expect(units("We've got 1,000 more Border Patrol agents on the border.")).toEqual([
      ["1,000 more Border Patrol agents", "agents"],
    ]);
  });
});

describe("a body named again by its kind", () => {
  it("reads 'the agency' and 'the department' as the body that spoke under its name", () => {
    const all = claims(
      "Ford is recalling 1.9 million SUVs, the National Highway Traffic Safety Administration said. " +
        "The company said dealers would fix them. The agency said it had received 164 reports.\n\n" +
        "The Labor Department said 143,000 jobs were added. The department said wages rose 4%.",
    );
    expect(claimQuoting(all, "164 reports").claimant.name).toBe("National Highway Traffic Safety Administration");
    expect(claimQuoting(all, "wages rose").claimant.name).toBe("Labor Department");
    expect(claimQuoting(all, "dealers").claimant.name).toBe("company");
  });
});

describe("a climate report", () => {
  it("reads 'projected to' as a prediction, 'parts per million' as a unit and a Project as a body", () => {
    const all = claims(
      "Emissions will hit 38.1 billion tonnes, according to the Global Carbon Project.\n\n" +
        "China's emissions are projected to rise 0.4%. CO2 is expected to reach 425.7 parts per million.",
    );
    expect(claimQuoting(all, "38.1").text).toMatch(/^According to the Global Carbon Project, /);
    expect(claimQuoting(all, "0.4%").kind).toBe("prediction");
    expect(claimQuoting(all, "425.7").quantities.map((q) => q.unit)).toEqual(["parts per million"]);
  });
});

describe("a participle after a trailing attribution", () => {
  it("gives the statement and the addition to the speaker between them", () => {
    const all = claims(
      "Crime fell by 40 percent in the 1990s, the mayor said, adding that the city is safer than ever.",
    );
    expect(all.map((c) => [c.claimant.name, c.text])).toEqual([
      ["mayor", "According to the mayor, crime fell by 40 percent in the 1990s"],
      ["mayor", "According to the mayor, the city is safer than ever"],
    ]);
  });

  it("still gives an addition after a plain statement to that statement's subject", () => {
    const all = claims("Okafor's office disputed that number, saying it excluded units under construction.");
    expect(claimQuoting(all, "excluded").claimant.name).toBe("Okafor's office");
  });
});
