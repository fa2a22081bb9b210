import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks, headlines and standfirsts left by decision 710 (decision 735): a standfirst at
 * the body's top over its speaker's sentence with no headline over them, a first sentence that opens
 * with its speaker and a verb other than one of saying under a headline's standfirst, a standfirst
 * over a caption whose credit is in brackets, and a writer's desk followed by a headline's verb.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const STORY = "The chancellor will cut fuel duty by 5p a litre, the Treasury said.";
const HEAD = "Water company fined 12 million pounds over sewage spills in the Thames";
const STANDFIRST = "The regulator said the fine was the largest it had ever imposed on a water firm";
const STANDFIRST_QUOTE = "the fine was the largest it had ever imposed on a water firm";
const HOUSING_HEAD = "Council approves new housing plan";
const HOUSING_STANDFIRST =
  "The scheme will bring 400 homes to the east of the town over the next ten years and create 200 jobs";
const FIRST = "The council voted 30 to 12 on Tuesday to approve the plan.";

describe("a standfirst at the body's top over its speaker's sentence, with no headline", () => {
  it("ends the standfirst at its line", () => {
    const body = `${STANDFIRST}\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(quotes(body)).toContain(STANDFIRST_QUOTE);
    expect(quotes(body)).toContain("it accepted the ruling and would invest in new works in London");
  });
});

describe("a first sentence under a headline's standfirst that opens with its speaker and another verb", () => {
  it("ends the standfirst at its line", () => {
    for (const first of [
      "Thames Water is to invest 2 billion pounds in new works in London, its chief executive said.",
      "Ofwat fined the company 12 million pounds on Tuesday for spills in London.",
      "Thames Water has apologised to customers in London and will appeal the ruling.",
    ]) {
      const body = `${HEAD}\n${STANDFIRST}\n${first}`;
      expect(quotes(body)).toContain(STANDFIRST_QUOTE);
      expect(kept(body, "water firm\n")).toBe(false);
    }
  });
});

describe("a standfirst over a caption whose credit is in brackets", () => {
  it("ends the standfirst at its line", () => {
    for (const caption of [
      "Residents protest outside the town hall on Tuesday. (Reuters)",
      "Residents protest outside the town hall on Tuesday (PA)",
      "Residents protest outside the town hall on Tuesday. (AP Photo/Jane Smith)",
    ]) {
      const body = `${HOUSING_HEAD}\n${HOUSING_STANDFIRST}\n${caption}\n${FIRST}`;
      expect(quotes(body)).toContain(HOUSING_STANDFIRST);
      expect(kept(body, FIRST.slice(0, -1))).toBe(true);
    }
  });
});

describe("a standfirst over a caption alone on its line, its credit on the line under", () => {
  it("ends the standfirst at its line", () => {
    for (const credit of ["Photograph: Jane Smith/PA", "Picture: Tom Reid"]) {
      const body = `${HOUSING_HEAD}\n${HOUSING_STANDFIRST}\nResidents protest outside the town hall on Tuesday\n${credit}\n${FIRST}`;
      expect(quotes(body)).toContain(HOUSING_STANDFIRST);
      expect(kept(body, FIRST.slice(0, -1))).toBe(true);
    }
  });
});

describe("a writer's desk followed by a headline's verb", () => {
  it("is a headline, not a byline", () => {
    for (const head of ["Jane Smith, Whitehall Editor, Backs Reeves", "Tom Reid, Political Editor, Slams Budget"])
      expect(kept(`${LEAD}\n\n${head}\n\n${STORY}`, head)).toBe(true);
  });
});

describe("a short line whose verb wants its object after a speaker's aside", () => {
  it("runs on into the line under", () => {
    const body = `${LEAD}\n\nThe plan, officials said, would cost\nWestfield residents about 40 pounds a year on their council tax bills.`;
    expect(kept(body, "would cost\nWestfield residents about 40 pounds")).toBe(true);
  });
});

describe("near-misses of decision 735's rules", () => {
  it("breaks a headline ending on such a verb off its story", () => {
    for (const head of [
      "What it would cost",
      "The price we will pay",
      "Tax rise, what it will cost",
      "Council tax, officials say, is what you will pay",
    ]) {
      const body = `${LEAD}\n\n${head}\nWestfield residents will pay about 40 pounds a year more, the council said.`;
      expect(kept(body, `${head}\n`)).toBe(false);
    }
  });

  it("drops real bylines with a place after the desk", () => {
    for (const byline of [
      "Jane Smith, Whitehall Editor, London",
      "Tom Reid, Europe Editor, Brussels",
      "Jane Smith, Political Editor, St Helens",
    ])
      expect(kept(`${LEAD}\n\n${byline}\n\n${STORY}`, byline)).toBe(false);
  });

  it("runs a wrapped paragraph on below the body's top, and a title cut from its name", () => {
    const below = `${LEAD}\n\n${STANDFIRST}\nThames Water said it accepted the ruling and would invest in new works in London.`;
    expect(kept(below, "water firm\nThames Water said")).toBe(true);
    const title = `The company fined 12 million pounds on Tuesday will appeal the ruling, and its chief executive\nChris Weston is to meet the regulator in London next week.`;
    expect(kept(title, "chief executive\nChris Weston is to meet")).toBe(true);
    const linking = `${HEAD}\nThe regulator fined the company 12 million pounds on Tuesday, the largest fine it had ever imposed on\nThames Water is the largest water firm in the country.`;
    expect(kept(linking, "imposed on\nThames Water is")).toBe(true);
  });

  it("runs a standfirst on into a line of news over a credit", () => {
    const body = `${HOUSING_HEAD}\n${HOUSING_STANDFIRST}\nPolice said 40 people were arrested outside the town hall\nPhotograph: Jane Smith/PA\n${FIRST}`;
    expect(quotes(body)).not.toContain(HOUSING_STANDFIRST);
  });

  it("runs a standfirst on into a name and its verb after a conjunction that opens a clause", () => {
    for (const [line, next] of [
      [
        "The regulator said the penalty was the largest it had imposed on a water company since",
        "Thames Water was fined 20 million pounds in 2017 for spills.",
      ],
      [
        "The regulator said the firm had broken its licence for the third year running after",
        "Thames Water admitted it had failed to report 400 spills.",
      ],
    ] as const)
      expect(kept(`${HEAD}\n${line}\n${next}`, `${line.slice(-12)}\n${next.slice(0, 12)}`)).toBe(true);
  });

  it("runs a first line on at the body's top that ends on a verb of saying or inside a 'where' clause", () => {
    const saying = `Aston Villa came from behind on Sunday and the club's manager Unai Emery said\nOllie Watkins scored twice.`;
    expect(kept(saying, "Emery said\nOllie Watkins scored")).toBe(true);
    const where = `Aston Villa came from behind on Sunday to beat Newcastle 3-1 in a game where striker\nOllie Watkins scored twice and Morgan Rogers added a third.`;
    expect(claims(where).some((c) => c.text.includes("striker Ollie"))).toBe(true);
  });

  it("runs a sentence on into a bracket that is no credit", () => {
    for (const line of [
      "Residents backed the plan in a vote run by the Local Party (LP)",
      "Residents told reporters from the Press Association (PA)",
    ]) {
      const body = `${HOUSING_HEAD}\n${HOUSING_STANDFIRST}\n${line}\n${FIRST}`;
      expect(quotes(body)).not.toContain(HOUSING_STANDFIRST);
    }
  });

  it("runs a line on that ends on a player's or an officer's role over the name it goes with", () => {
    for (const [line, next] of [
      [
        "Manchester United drew 1-1 with Fulham on Sunday after a late header from captain",
        "Bruno Fernandes earned them a point at Craven Cottage.",
      ],
      [
        "Ireland beat New Zealand 26-13 in Dublin on Saturday after a second-half try from wing",
        "James Lowe sealed their first win over the All Blacks at home since 2021.",
      ],
      [
        "Newcastle's record signing was left on the bench on Saturday as Eddie Howe opted for striker",
        "Callum Wilson started up front alongside Anthony Gordon in the 2-0 defeat at Brighton.",
      ],
    ] as const) {
      const joined = `${line.slice(-12)}\n${next.slice(0, 12)}`;
      expect(kept(`${line}\n${next}`, joined)).toBe(true);
      expect(kept(`Fernandes rescues United at Fulham\n${line}\n${next}`, joined)).toBe(true);
    }
  });

  it("runs a line on that ends on a verb of showing or knowing, or 'likely', over the clause it wants", () => {
    for (const [line, next] of [
      [
        "Polling published on Sunday by YouGov for the Times newspaper strongly suggested",
        "Reform UK was now ahead of Labour in more than 200 seats across England and Wales.",
      ],
      [
        "The row over the cost of the new hospital deepened on Wednesday after leaked emails showed",
        "Karin Smyth had been warned in March that the budget would be exceeded.",
      ],
      [
        "Talks between the unions and the company broke down on Tuesday night and it is thought likely",
        "Unite will announce dates for a fresh round of strikes at the Felixstowe port next week.",
      ],
    ] as const) {
      const joined = `${line.slice(-12)}\n${next.slice(0, 12)}`;
      expect(kept(`${line}\n${next}`, joined)).toBe(true);
      expect(kept(`Port strikes loom\n${line}\n${next}`, joined)).toBe(true);
    }
  });

  it("keeps a wrapped sentence's second line over a credit, not read as a caption", () => {
    for (const [line, next] of [
      [
        "Protesters gathered outside the town hall on Tuesday as councillors met to vote on the plans for",
        "Westfield Park in a meeting that lasted more than three hours",
      ],
      [
        "Councillors said the new homes were badly needed in a town where house prices have doubled since",
        "Labour took control of the council in the last elections",
      ],
    ] as const) {
      const body = `${line}\n${next}\nPhotograph: Jane Smith/PA\n${FIRST}`;
      expect(kept(body, `${line.slice(-8)}\n${next.slice(0, 12)}`)).toBe(true);
    }
  });

  it("breaks a headline with an aside off a story's first sentence that has a speaker of its own or wants no object", () => {
    for (const [head, first] of [
      ["Polluters, campaigners say, must pay", "Water companies paid out 1.2 billion pounds in dividends last year."],
      [
        "Tax rises, experts say, will hit",
        "Britain's middle earners will pay 3 billion pounds more a year from April, the IFS said on Monday.",
      ],
    ] as const)
      expect(kept(`${LEAD}\n\n${head}\n${first}`, `${head}\n`)).toBe(false);
  });
});
