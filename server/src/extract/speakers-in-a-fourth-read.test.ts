import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Who a claim rests on, from a fourth read of news copy: unnamed groups, bodies named like people,
 * transcripts, pronouns, participles and hedged sourcing (decision 230). The texts are written for
 * these tests.
 */
function claims(body: string, publishedOn = "2025-06-12"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}

describe("people an article describes but does not name", () => {
  it("are unnamed sources under their description, with the flag a reviewer filters on", () => {
    const all = claims(
      "Officials said 30 people died. U.S. officials told Reuters 200 troops would deploy. Legal experts said the law was void. Prices rose 3%, traders said. Rates will rise to 5%, forecasters said.",
    );
    expect(
      all.map((c) => [c.claimant.name, c.claimant.type, c.claimant.via, c.flags.includes("unnamed_source")]),
    ).toEqual([
      ["officials", "unnamed_sources", null, true],
      ["U.S. officials", "unnamed_sources", "Reuters", true],
      ["Legal experts", "unnamed_sources", null, true],
      ["traders", "unnamed_sources", null, true],
      ["forecasters", "unnamed_sources", null, true],
    ]);
    expect(claimQuoting(all, "30 people").text).toBe("According to officials, 30 people died");
  });

  it("include 'people familiar with the matter' named after what they said", () => {
    const all = claims(
      "Vantor Capital is considering voting against the deal, two people familiar with the matter said. I think they are matters of conviction, as far as many people in this country believe.",
    );
    expect(all.map((c) => [c.claimant.type, c.quote])).toEqual([
      ["unnamed_sources", "Vantor Capital is considering voting against the deal"],
      ["article", "I think they are matters of conviction, as far as many people in this country believe"],
    ]);
  });

  it("are not people the article has introduced, nor a group a named person leads", () => {
    const all = claims(
      "The study followed 900 patients. The researchers found that 40% improved. Reyes and other economists said prices rose 3%.",
    );
    expect(claimQuoting(all, "40%").claimant.type).toBe("person");
    expect(claimQuoting(all, "prices rose").flags).not.toContain("unnamed_source");
  });
});

describe("one person under several forms", () => {
  it("is the titled name with its place, when the article later writes the surname", () => {
    const all = claims("Mayor Karen Bass of Los Angeles said 12,000 homes burned. Bass said 300 firefighters remain.");
    expect(all.map((c) => c.claimant.name)).toEqual(["Karen Bass of Los Angeles", "Karen Bass of Los Angeles"]);
  });

  it("reads a given name written as initials after a title, not an abbreviation", () => {
    const all = claims("Vice President JD Vance said the deal was done. UN envoy Tom Fletcher said aid was blocked.");
    expect(all.map((c) => [c.claimant.title, c.claimant.name])).toEqual([
      ["Vice President", "JD Vance"],
      ["UN envoy", "Tom Fletcher"],
    ]);
  });
});

describe("a next sentence that takes issue with a speaker", () => {
  it("marks the speaker's claim disputed, not the article's", () => {
    const all = claims(
      "The chancellor said the plan would raise £20 billion. The IFS disputed that figure. Police said Smith stole $5,000. Smith denied the allegation. The mayor said 40 parks opened. The council approved the plan.",
    );
    expect(all.filter((c) => c.flags.includes("disputed")).map((c) => c.quote)).toEqual([
      "the plan would raise £20 billion",
      "Smith stole $5,000",
    ]);
  });
});

describe("a modal written onto its pronoun", () => {
  it("is a verb for the reported clause, the future for its dates, and reads as written", () => {
    const all = claims("The governor said she'll sign the bill in August. The company said it’d cut 300 jobs.");
    expect(all.map((c) => [c.claimant.name, c.kind, c.text])).toEqual([
      ["governor", "prediction", "The governor said she'll sign the bill in August"],
      ["company", "statistic", "The company said it’d cut 300 jobs"],
    ]);
    expect(all[0]!.dates.map((d) => d.value)).toEqual(["2025-08"]);
  });
});

describe("a fourth read: transcripts and pronouns", () => {
  it("goes on with a transcript's turn in a paragraph that speaks in the first person, and gives a Q: line to the questioner", () => {
    const all = claims(
      [
        "MAYOR ROSALIND TATE: Homicides are down 22 percent this year.",
        "",
        "Since I took office, this city has added 46,000 jobs.",
        "",
        "Q: Mayor, your opponent says you cut the police budget by $40 million.",
        "",
        "MAYOR TATE: That is simply false.",
        "",
        "The mayor left at noon, and 3 aides followed.",
      ].join("\n"),
    );
    expect(all.map((c) => c.claimant.name)).toEqual([
      "Rosalind Tate",
      "Rosalind Tate",
      "questioner",
      "Rosalind Tate",
      "the article",
      "the article",
    ]);
    expect(claimQuoting(all, "$40 million").flags).toContain("disputed");
  });

  it("gives 'she said' to a person the article describes with an age and her possessive", () => {
    const all = claims(
      'Duke Energy said 512,000 customers were without power.\n\nAna Castillo, 62, spent Thursday night in her car. "I have never seen anything like it," she said.',
    );
    expect(claimQuoting(all, "never seen").claimant.name).toBe("Ana Castillo");
  });

  it("does not give 'he said' to a woman the article has titled as one", () => {
    const all = claims(
      'Peter Kim said 3 died. UNHCR spokeswoman Chiara Lodovici said five children died.\n\n"The water came in," he said. "It was chaos," she said.',
    );
    expect(claimQuoting(all, "water came in").claimant.name).toBe("Peter Kim");
    expect(claimQuoting(all, "chaos").claimant.name).toBe("Chiara Lodovici");
    const alone = claims('UNHCR spokeswoman Chiara Lodovici said five children died.\n\n"The water came in," he said.');
    expect(claimQuoting(alone, "water came in").claimant.type).toBe("unnamed_sources");
  });
});

describe("bodies named like persons", () => {
  it("are bodies when the article writes them as one, or names them among the banks and agencies", () => {
    const all = claims(
      "Benfica said the fee was €50m. Benfica, which sold 4 players, is in talks. Goldman Sachs said it expected Brent to average $56. Jane Okafor scored twice. Okafor said it was a great win. Maria said it was the third flood since 2019.",
    );
    expect(all.filter((c) => c.claimant.type !== "article").map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Benfica", "organization"],
      ["Goldman Sachs", "organization"],
      ["Jane Okafor", "person"],
      // "said it" is what people say too.
      ["Maria", "person"],
    ]);
    // A title makes a person, whatever "said it" follows: "Senator Obama said it had to be proven".
    expect(claims("Senator Obama said it had to be proven.")[0]!.claimant.type).toBe("person");
  });
});

describe("what a participle reports", () => {
  it("is the subject's after a joining word, a time or a who-aside, and 'writing that' reports as 'saying' does", () => {
    const all = claims(
      [
        "But Ray Kowalczyk disputed the figures, saying the department had reclassified at least 14 deaths.",
        "Ray Kowalczyk, who is challenging Ruiz, disputed the figures, saying 40 files were lost.",
        'On Sunday, MP Derek Hollis shared the video, writing that it showed "what is happening right now" and that "over 50,000 illegal migrants have landed in Spain this year alone".',
      ].join(" "),
    );
    expect(claimQuoting(all, "14 deaths").claimant.name).toBe("Ray Kowalczyk");
    expect(claimQuoting(all, "40 files").claimant.name).toBe("Ray Kowalczyk");
    expect(claimQuoting(all, "50,000").claimant.name).toBe("Derek Hollis");
    expect(claimQuoting(all, "shared the video").claimant.type).toBe("article");
  });
});

describe("a speaker's second that-clause and possessives", () => {
  it("leaves 'but that' and 'and that every …' out of two claims, and words a possessive for the speaker as written", () => {
    const all = claims(
      "The charity Sea-Watch said its aircraft had spotted a second boat, but that it had not been able to confirm whether anyone had reached it. The police department said the rules had not changed since 2021 and that every death was reviewed.",
    );
    expect(all.map((c) => c.text)).toEqual([
      "The charity Sea-Watch said its aircraft had spotted a second boat",
      "The charity Sea-Watch said it had not been able to confirm whether anyone had reached it",
      "According to the police department, the rules had not changed since 2021",
      "According to the police department, every death was reviewed",
    ]);
  });
});

describe("a source that published", () => {
  it("is the body that published, or the document without the when and where", () => {
    const all = claims(
      "Harlow had 21,418 votes, according to unofficial results posted by the Franklin County Board of Elections shortly after 1 a.m. Wednesday. The vaccine cut admissions by 41%, according to results of a trial published on Wednesday in The Lancet. Sales fell 4%, according to data released by Nielsen on Monday.",
      "2025-11-05",
    );
    expect(all.map((c) => c.text.slice(0, c.text.indexOf(",")))).toEqual([
      "According to the Franklin County Board of Elections",
      "According to the results of a trial",
      "According to Nielsen",
    ]);
  });
});

describe("what the outlet was told without saying by whom", () => {
  it("is unnamed sources, worded as written", () => {
    const all = claims(
      "Valadares is understood to be earning about £120,000 a week. The striker reportedly earns £80,000. The bridge is believed to be the oldest in Europe.",
    );
    expect(all.map((c) => [c.claimant.type, c.text])).toEqual([
      ["unnamed_sources", "Valadares is understood to be earning about £120,000 a week"],
      ["unnamed_sources", "The striker reportedly earns £80,000"],
      ["article", "The bridge is believed to be the oldest in Europe"],
    ]);
  });
});

describe("counter-examples from a review of this read", () => {
  it("keeps an answer after a Q: line and the outlet's own first-person paragraph out of a transcript turn", () => {
    const answer = claims(
      "Q: How many jobs has the city added since you took office?\n\nWe have added 46,000 jobs since I took office.",
    );
    expect(claimQuoting(answer, "46,000").claimant.name).not.toBe("questioner");
    const outlet = claims(
      "GOVERNOR ANA REYES: We have added 46,000 jobs.\n\nOur fact-check found the state added 31,000 jobs in that period.\n\nIn World War I, I am told, the state spent 3%.",
    );
    expect(claimQuoting(outlet, "31,000").claimant.type).toBe("article");
    expect(claimQuoting(outlet, "3%").claimant.type).toBe("article");
  });

  it("still counts one soldier, two men in a headline and 66 advanced jets", () => {
    const counted = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => q.value));
    expect(counted("One Israeli soldier was killed, the military said.")).toEqual([1]);
    expect(counted("Police Arrest Two Men After Stabbing\n\nThe stabbing happened on Monday.")).toEqual([2]);
    expect(counted("The United States sold Taiwan 66 advanced fighter jets.")).toEqual([66]);
  });

  it("keeps persons named like companies or verbs persons", () => {
    const all = claims(
      "Jim Banks said the bill would cost $4 billion. Media mogul Rupert Murdoch said 300 jobs would go. Hung Cao said the deficit would reach $2 trillion. Mississippi Attorney General Lynn Fitch said 40 firms were sued. Fitch said 3 settled.",
    );
    expect(all.map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["Jim Banks", "person"],
      ["Rupert Murdoch", "person"],
      ["Hung Cao", "person"],
      ["Lynn Fitch", "person"],
      ["Lynn Fitch", "person"],
    ]);
  });

  it("marks no confirmation and no disputer's own claim disputed", () => {
    const all = claims(
      "Gonzalez said she would not run for a third term. She didn't. Officials said 3,000 homes were built. They also rejected the claim that the programme was over budget.",
    );
    expect(all.some((c) => c.flags.includes("disputed"))).toBe(false);
  });

  it("reads a woman's surname and someone else's possessive as no gender", () => {
    const king = claims(
      "Tennis great Billie Jean King said the tour paid women 20% less. She said the gap had narrowed since 2010.",
    );
    expect(king[1]!.claimant.name).toBe("Billie Jean King");
    const pelosi = claims(
      'Nancy Pelosi criticized the president and his tariffs.\n\n"They will cost families $1,200 a year," she said.',
    );
    expect(claimQuoting(pelosi, "$1,200").claimant.name).toBe("Nancy Pelosi");
  });

  it("reads no range in a split, no bound before a phrase, and 'heard about' as roughly", () => {
    const figures = (body: string) => claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.qualifier]));
    expect(figures("The measure passed 55 to 45 percent.")).toEqual([
      ["55", null],
      ["45 percent", null],
    ]);
    expect(figures("The tax rate is 20% and under the proposal it would rise to 25%.")).toEqual([
      ["20%", null],
      ["25%", null],
    ]);
    expect(figures("Witnesses heard about 20 gunshots.")).toEqual([["about 20 gunshots", "approximately"]]);
  });

  it("lowers no claim for a question mark after a statement, nor for a no-comment aside beside a figure", () => {
    const [quoted] = claims(
      'Senator Ann Cole said: "Unemployment doubled to 8% under his watch, so why is he bragging?"',
    );
    expect(quoted!.scores.checkworthy).toBeGreaterThan(0.8);
    const [laidOff] = claims("The company, which declined to comment, laid off 300 workers last year.");
    expect(laidOff!.scores.checkworthy).toBeGreaterThan(0.8);
  });

  it("makes a guardsman a person, the NUJ a body, and one earthquake no magnitude", () => {
    const all = claims(
      "A National Guard soldier said 40 homes were destroyed. He said more help was needed. The National Union of Journalists said 300 jobs would go. Only one earthquake was recorded last year.",
    );
    expect(all.slice(0, 3).map((c) => [c.claimant.name, c.claimant.type])).toEqual([
      ["National Guard soldier", "person"],
      ["National Guard soldier", "person"],
      ["National Union of Journalists", "organization"],
    ]);
    expect(all[3]!.quantities.map((q) => q.unit)).toEqual(["earthquake"]);
  });
});

describe("a surname alone", () => {
  it("gives 'she said' to the person the article named in full, not to a place or a company", () => {
    const all = claims(
      '"I respect their decision," Gary Pruitt said.\n\nJane Harlow won.\n\nHarlow thanked her supporters.\n\n"Tonight Millbrook chose to move forward," she said.',
    );
    expect(claimQuoting(all, "Millbrook").claimant.name).toBe("Jane Harlow");
    // A place or a company opens sentences too: no person.
    const google = claims("Google announced 12,000 job cuts. The company was struggling, he said.");
    expect(claimQuoting(google, "struggling").claimant.name).not.toBe("Google");
  });
});

describe("a forecast", () => {
  it("is a body's or a group's claim, worded as written", () => {
    const all = claims(
      "Goldman Sachs expects Brent to average $56 in 2026. The IMF forecasts growth of 3.1% next year. Economists expect the Fed to cut rates in July. I expect prices to rise. Nobody expects a cut.",
      "2025-10-03",
    );
    expect(all.map((c) => [c.claimant.name, c.text])).toEqual([
      ["Goldman Sachs", "Goldman Sachs expects Brent to average $56 in 2026"],
      ["IMF", "The IMF forecasts growth of 3.1% next year"],
      ["Economists", "Economists expect the Fed to cut rates in July"],
      ["the article", "I expect prices to rise"],
      ["the article", "Nobody expects a cut"],
    ]);
  });

  it("is no plural noun, no 'sees' of a day, no person and no sentence with its own speaker", () => {
    const all = claims(
      "Infrastructure projects worth $3 billion were cancelled in 2024. Official estimates put the death toll at 300. Monday sees the first of 12 strikes. Shoppers expect prices to fall 5%. Police estimates of the crowd ranged from 5,000 to 8,000. Spain expects growth of 2.5% this year, the minister said.",
    );
    expect(all.slice(0, 5).every((c) => c.claimant.type === "article")).toBe(true);
    expect(claimQuoting(all, "2.5%").claimant.name).toBe("minister");
  });
});

describe("a speaker after the article's own clause", () => {
  it("is the name after ', and its president …,', and the article's clause ends before 'and'", () => {
    const all = claims(
      "The club was fined €11m by Uefa in July, and its president of football operations, Damian Shaw, said last month that further sales would be needed.",
      "2025-08-01",
    );
    expect(all.map((c) => [c.claimant.name, c.quote])).toEqual([
      ["the article", "The club was fined €11m by Uefa in July"],
      ["Damian Shaw", "further sales would be needed"],
    ]);
  });
});

describe("a fifth read: testimony, assessments, adjectives and verdicts", () => {
  it("names the witness, the assessment and the institute, and reads an '-ed' adjective as the clause's subject", () => {
    const all = claims(
      "Wells testified that Marchetti paid her $1,500 a month. The world has warmed by 1.36C, the assessment said. The institute said geolocated footage showed troops in the village.",
    );
    expect(all.map((c) => [c.claimant.name, c.quote])).toEqual([
      ["Wells", "Marchetti paid her $1,500 a month"],
      ["assessment", "The world has warmed by 1.36C"],
      ["institute", "geolocated footage showed troops in the village"],
    ]);
  });

  it("marks a claim another side denied or called exaggerated disputed, and a hedge with 'Neither' unconfirmed", () => {
    const all = claims(
      "Russian forces have captured the village, Russia's Defence Ministry said, a claim Ukraine's military denied. The army said 300 fighters died, a figure analysts called exaggerated. The ministry said its troops had killed 420 soldiers. Neither side's casualty figures could be independently confirmed.",
    );
    expect(claimQuoting(all, "captured the village").flags).toContain("disputed");
    expect(claimQuoting(all, "300 fighters").flags).toContain("disputed");
    expect(claimQuoting(all, "420 soldiers").flags).toContain("unconfirmed");
  });
});

describe("businesses named in the possessive", () => {
  it("are bodies, not a person with the title 'St.'", () => {
    const all = claims("St. Brendan's said the clinic billed 300 sessions. McDonald's said sales rose 4%.");
    expect(all.map((c) => [c.claimant.name, c.claimant.type, c.claimant.title])).toEqual([
      ["St. Brendan's", "organization", undefined],
      ["McDonald's", "organization", undefined],
    ]);
  });
});

describe("a fact-check's rating", () => {
  it("marks the claims of its CLAIM block disputed when it rates them false, and not when half true", () => {
    const all = claims(
      'CLAIM: "Baking soda kills cancer cells in 10 days."\n\nVERDICT: False.\n\nCLAIM: "We have lost 50,000 jobs."\n\nRATING: Half True',
    );
    expect(all.map((c) => c.flags.includes("disputed"))).toEqual([true, false]);
  });
});

describe("a fact-check's rating, only on its CLAIM block", () => {
  it("leaves the fact-checker's own evidence between the CLAIM block and the verdict alone", () => {
    const all = claims(
      "CLAIM: “Crime rose 40% under Mayor Kim.”\n\nPolice data show crime fell 3% between 2022 and 2024.\n\nThe mayor's office said 1,200 officers were hired.\n\nVERDICT: False",
    );
    expect(all.map((c) => c.flags.includes("disputed"))).toEqual([true, false, false]);
  });
});
