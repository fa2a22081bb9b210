import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks and standfirsts left from decision 735 (decision 780): a first sentence under a
 * standfirst that opens with a name and a verb in the present or an irregular past, a standfirst
 * that ends on its speaker over a sentence with a speaker of its own, a line that ends on a verb of
 * knowing and a time phrase over the clause it wants, "will pay" after a speaker's aside in the
 * past over the amount it pays, and a club's name cut across two lines over a photo credit.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));
/** Does one claim's sentence hold both `a` and `b`, `a` first? */
const oneSentence = (body: string, a: string, b: string) =>
  claims(body).some((c) => c.sentenceStart <= body.indexOf(a) && c.sentenceEnd >= body.indexOf(b) + b.length);
/** The claimant's name of the claim that quotes `fragment`. */
const claimantOf = (body: string, fragment: string) =>
  claims(body).find((c) => c.quote.includes(fragment))?.claimant.name;

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const HEAD = "Water company fined 12 million pounds over sewage spills in the Thames";
const STANDFIRST = "The regulator said the fine was the largest it had ever imposed on a water firm";
const STANDFIRST_QUOTE = "the fine was the largest it had ever imposed on a water firm";
const FIRST = "The council voted 30 to 12 on Tuesday to approve the plan.";

describe("a first sentence under a standfirst that opens with a name and a verb in the present or an irregular past", () => {
  it("ends the standfirst at its line", () => {
    for (const first of [
      "Ofwat fines the company 12 million pounds on Tuesday for spills in London.",
      "Thames Water invests 2 billion pounds a year in its pipes, its chief executive said.",
      "Ofwat found the company had let sewage into the river 300 times last year.",
      "Ofwat took the rare step of fining the company for a third year running.",
    ]) {
      for (const body of [`${HEAD}\n${STANDFIRST}\n${first}`, `${STANDFIRST}\n${first}`]) {
        expect(quotes(body)).toContain(STANDFIRST_QUOTE);
        expect(kept(body, "water firm\n")).toBe(false);
      }
    }
  });
});

describe("a standfirst that ends on its speaker over a sentence with a speaker of its own", () => {
  it("gives the standfirst to its speaker and the sentence to its own", () => {
    const body = `${HEAD}\nThe fine was the largest it had ever imposed on a water firm, the regulator said\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(claimantOf(body, "The fine was the largest")).toBe("regulator");
    expect(claimantOf(body, "it accepted the ruling")).toBe("Thames Water");
  });
});

describe("a standfirst below the body's top that ends on its speaker over a sentence with a speaker of its own", () => {
  it("gives the standfirst to its speaker and the sentence to its own", () => {
    const body = `${LEAD}\n\nThe fine was the largest it had ever imposed on a water firm, the regulator says\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(claimantOf(body, "The fine was the largest")).toBe("regulator");
    expect(claimantOf(body, "it accepted the ruling")).toBe("Thames Water");
  });
});

describe("a line that ends on a verb of knowing and a time phrase over the clause it wants", () => {
  it("runs on into the line under", () => {
    const line = "Her husband told the court on Tuesday that he had known for months";
    const next = "Jane Smith was planning to leave him and had moved 20,000 pounds into her own account.";
    for (const body of [`${line}\n${next}`, `Husband tells court of affair\n${line}\n${next}`])
      expect(kept(body, "for months\nJane Smith was")).toBe(true);
  });
});

describe("'will pay' after a speaker's aside in the past over the amount it pays", () => {
  it("runs on into the line under", () => {
    const body = `${LEAD}\n\nResidents, officials said, will pay\nAbout 40 pounds a year more on their council tax bills from April.`;
    expect(kept(body, "will pay\nAbout 40 pounds")).toBe(true);
  });
});

describe("a wrapped sentence cut inside a club's name over a credit line", () => {
  it("runs on into the line under, not dropped as a caption", () => {
    for (const next of ["City at Anfield, where Mohamed Salah scored twice", "City, who had not lost in 20 games"]) {
      const body = `Liverpool fans celebrated long into the night after Sunday's 2-0 win over Manchester\n${next}\nPhotograph: Jane Smith/PA\n${FIRST}`;
      expect(kept(body, `Manchester\n${next.slice(0, 8)}`)).toBe(true);
    }
  });
});

describe("near-misses of decision 780's rules", () => {
  it("runs a standfirst on into a name and a plural noun, or a verb in '-s' with no object after it", () => {
    for (const next of [
      "Thames Water customers in London will pay 40 pounds a year more from April.",
      "Water bills rose by 40 pounds a year in London.",
    ])
      expect(kept(`${HEAD}\n${STANDFIRST}\n${next}`, `water firm\n${next.slice(0, 12)}`)).toBe(true);
  });

  it("runs a line on that ends on a speaker over a name and a verb that can go on it", () => {
    const line = "Despite the fines imposed on the company over the last five years, the regulator said";
    for (const next of [
      "Thames Water told customers in 2019 that bills would fall by 40 pounds a year.",
      "Thames Water was still failing to report its spills.",
    ])
      for (const body of [`${HEAD}\n${line}\n${next}`, `${LEAD}\n\n${line}\n${next}`])
        expect(oneSentence(body, "regulator said", next.slice(0, 12))).toBe(true);
  });

  it("breaks a standfirst off whose knowing is passive or whose time phrase follows a verb of saying", () => {
    for (const line of [
      "The risks to the river from the works at Mogden had been known for years",
      "The regulator said the company had ignored warnings from inspectors last week",
    ]) {
      const body = `${line}\nThames Water was fined 20 million pounds in 2017 for spills.`;
      expect(oneSentence(body, line.slice(-10), "Thames Water was")).toBe(false);
    }
  });

  it("breaks a headline ending on 'pay' off a line under that opens with no amount or under an aside in the present", () => {
    for (const [head, first] of [
      ["Polluters, campaigners said, must pay", "Water companies paid out 1.2 billion pounds in dividends last year."],
      ["Polluters, campaigners say, must pay", "About 1.2 billion pounds was paid out in dividends last year."],
      ["Polluters, campaigners said, must pay", "About 1.2 billion pounds was paid out in dividends last year."],
      ["Taxpayers, critics said, will pay", "Some 2 billion pounds was spent on the scheme last year, the NAO said."],
    ] as const)
      expect(kept(`${LEAD}\n\n${head}\n${first}`, `${head}\n`)).toBe(false);
  });

  it("breaks a standfirst ending on a place off a caption that opens with a club's second word", () => {
    const line = "Guardiola's side clinched the title for a fourth year running on Sunday in Manchester";
    const body = `${line}\nCity fans celebrate at the Etihad on Sunday\nPhotograph: Jane Smith/PA\n${FIRST}`;
    expect(quotes(body)).toContain(line);
    expect(kept(body, "City fans")).toBe(false);
  });

  it("runs a line on into a name and an irregular past after a clause word or a role", () => {
    for (const [line, next] of [
      [
        "The regulator said the firm had broken its licence for the third year running after",
        "Ofwat found it had failed to report 400 spills.",
      ],
      [
        "Manchester United drew 1-1 with Fulham on Sunday after a late header from captain",
        "Bruno Fernandes won them a point at Craven Cottage.",
      ],
      [
        "Manchester United drew 1-1 with Fulham on Sunday after a brace from the home side's top scorer",
        "Jarrod Bowen made it 3-1 in the second half.",
      ],
    ] as const)
      for (const body of [`${HEAD}\n${line}\n${next}`, `${line}\n${next}`])
        expect(kept(body, `${line.slice(-8)}\n${next.slice(0, 12)}`)).toBe(true);
  });

  it("breaks a line ending on 'pay' off a count of people or things that opens a sentence of its own", () => {
    for (const [head, first] of [
      ["Polluters, campaigners said, must pay", "Nearly 3 million households face higher bills from April."],
      ["Households, Ofgem said, will pay", "Around 5 million households pay by prepayment meter."],
      ["Drivers, the AA warned, could pay", "Up to 2 million drivers use the road each week."],
      ["Students, ministers said, would pay", "Some 1.2 million students owe more than 50,000 pounds."],
    ] as const)
      expect(kept(`${LEAD}\n\n${head}\n${first}`, `${head}\n`)).toBe(false);
  });

  it("breaks a standfirst ending on a verb of knowing and a time phrase off a sentence with its own speaker", () => {
    const line = "Residents of the village said on Tuesday they had known for years";
    const next = "Thames Water was pumping raw sewage into the brook, the Environment Agency said.";
    const body = `Campaigners vindicated\n${line}\n${next}`;
    expect(oneSentence(body, "known for years", "Thames Water was")).toBe(false);
    expect(claimantOf(body, "Thames Water was pumping")).toBe("Environment Agency");
  });

  it("runs a lead-in before a speaker's 'said' on into the line under below the body's top", () => {
    for (const [line, next] of [
      [
        "The defendant denied the charge. In a statement read to the court, his lawyer said",
        "Mr Smith said he had never met the victim.",
      ],
      [
        "In the Commons on Tuesday, Starmer said the figures were wrong, and Badenoch said",
        "Reform says it will vote against the bill.",
      ],
    ] as const) {
      const body = `${LEAD}\n\n${line}\n${next}`;
      expect(oneSentence(body, line.slice(-12), next.slice(0, 12))).toBe(true);
    }
  });

  it("drops a caption of a club's players under a standfirst ending on a place, over its credit line", () => {
    for (const [line, caption] of [
      [
        "Celtic stretched their lead to nine points with a 3-0 win at Ibrox",
        "Rangers in action against Celtic on Sunday",
      ],
      [
        "Manchester City moved second after a 3-0 win on Sunday at the Etihad",
        "City on the march: Erling Haaland celebrates his second goal",
      ],
    ] as const) {
      const body = `${line}\n${caption}\nPhotograph: Andrew Milligan/PA\n${FIRST}`;
      expect(quotes(body)).toContain(line);
      expect(kept(body, caption.slice(0, 12))).toBe(false);
    }
  });
});
