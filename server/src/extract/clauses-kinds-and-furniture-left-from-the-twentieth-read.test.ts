import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Clauses, kinds, a sentence break and furniture left from the twentieth read of news copy
 * (decision 510; the articles are in tests/fixtures/newsroom-read-505).
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);

const LEAD = "The average asking price fell by 0.8% in November.";
const LEAD_QUOTE = "The average asking price fell by 0.8% in November";

describe("a relative clause inside an obituary's subject", () => {
  it("reads the death and the life as two claims, each worded with the name", () => {
    const body =
      "Dame Margaret Ashworth, who has died aged 91, was a civil engineer who designed the locks at Teddington.";
    expect(quoting(body, "has died aged 91").text).toBe("Dame Margaret Ashworth has died aged 91");
    expect(quoting(body, "was a civil engineer").text).toMatch(/^Dame Margaret Ashworth was a civil engineer/);
  });
});

describe("a participle phrase that only elaborates its clause", () => {
  it("keeps a recall's hazard with the clause it describes", () => {
    expect(quotes("Hazard: The heater's internal wiring can overheat, posing fire and burn hazards.")).toEqual([
      "Hazard: The heater's internal wiring can overheat, posing fire and burn hazards",
    ]);
  });

  it("keeps whom a projected winner beat with the projection", () => {
    expect(
      quotes("Republican Jon Husted will be Ohio's next governor, NBC News projects, beating Democrat Amy Acton."),
    ).toEqual(["Republican Jon Husted will be Ohio's next governor, NBC News projects, beating Democrat Amy Acton"]);
  });

  it("still splits a second act and a phrase with a figure", () => {
    expect(quotes("Drones struck five regions, killing four people.")).toHaveLength(2);
    expect(quotes("Jon Husted won the race for governor, beating Amy Acton by 41,312 votes.")).toHaveLength(2);
    expect(quotes("Sales rose by 5% in the first half, beating forecasts.")).toContain("beating forecasts");
  });
});

describe("kinds", () => {
  it("reads what may not be settled until a later day as a prediction", () => {
    const body =
      "If Georgia goes to a runoff, control of the Senate may not be settled until Dec. 1, four weeks from now.";
    expect(quoting(body, "may not be settled").kind).toBe("prediction");
  });

  it("does not read what could not be done until a day as a prediction", () => {
    expect(quoting("The ballots could not be counted until Friday.", "ballots").kind).not.toBe("prediction");
  });

  it("reads a 'what … says' or 'how to' heading as no attributed statement", () => {
    const poll = `What the exit poll says about the economy\n\n${LEAD}`;
    expect(quoting(poll, "exit poll says").kind).toBe("other");
    const recall = `How to find out whether a product you own has been recalled\n\n${LEAD}`;
    expect(quoting(recall, "How to find out").kind).toBe("other");
  });

  it("still reads a sentence that reports what a poll says", () => {
    expect(quoting("The exit poll says 47% of voters named the economy.", "47%").alsoKinds).toContain(
      "attributed_statement",
    );
    expect(quoting("What the minister said about the economy was false, the report said.", "minister").kind).toBe(
      "attributed_statement",
    );
  });
});

describe("a summary item that ends on the vote counted 'in'", () => {
  it("ends the item at its line's end", () => {
    const body =
      "Key takeaways\nGeorgia's Senate race is too close to call with 88% of the expected vote in\nRepublicans hold the governorship in Ohio, NBC News projects\nTurnout in Pennsylvania passed 6.1 million votes, according to the secretary of state\n";
    expect(quotes(body)).toContain("Georgia's Senate race is too close to call with 88% of the expected vote in");
  });

  it("still runs a line that ends on 'the vote in' into the next", () => {
    const body =
      "Key takeaways\nGovernor Ron DeSantis won 40% of the expected vote in Miami and 52% of the vote in\nFlorida as a whole, according to the count on Tuesday night\nTurnout in Pennsylvania passed 6.1 million votes, according to the secretary of state\n";
    expect(quotes(body).some((q) => /vote in\s+Florida as a whole/.test(q))).toBe(true);
  });
});

describe("furniture at a page's foot and by its pictures", () => {
  it("makes no claim of NBC's 'Sections' over 'tv'", () => {
    expect(quotes(`${LEAD}\n\nProfile\nSections\ntv\nFeatured`)).toEqual([LEAD_QUOTE]);
    expect(quotes("Sections of the M6 were closed for 40 hours in 2025.")).toHaveLength(1);
  });

  it("makes no claim of a publisher's mission line", () => {
    const mission =
      "Consumer Reports is an independent, nonprofit organization that works side by side with consumers to create a fairer, safer, and healthier world. CR does not endorse products or services, and does not accept advertising.";
    expect(quotes(`${LEAD}\n\n${mission}`)).toEqual([LEAD_QUOTE]);
    const found = "The Institute is an independent, nonprofit organization that found 40% of heaters failed in 2025.";
    expect(quotes(found).some((q) => q.includes("40%"))).toBe(true);
  });

  it("makes no claim of the writer's name over a biography that repeats it", () => {
    const bio =
      "Dana Whitfield\nDana Whitfield covers product safety for Consumer Reports. She has reported on recalls since 2014.";
    expect(quotes(`${LEAD}\n\n${bio}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nRachel Reeves\nRachel Reeves has cut £4bn from the budget since 2024.`)).toContain(
      "Rachel Reeves has cut £4bn from the budget since 2024",
    );
  });

  it("makes no claim of a Q&A's note after the introduction on its line", () => {
    const intro =
      "The housing minister met the New Statesman two days after housebuilding fell to its lowest level in eight years. This transcript has been edited for length and clarity.";
    expect(quotes(intro).some((q) => q.includes("transcript"))).toBe(false);
    const counted = "The minister met the editor in 2025. This interview has been edited 40 times, the BBC said.";
    expect(quotes(counted).some((q) => q.includes("edited 40 times"))).toBe(true);
  });

  it("makes no claim of a caption over its credit on the next line", () => {
    const caption =
      "Consumers should stop using the heaters immediately.\nPhoto: U.S. Consumer Product Safety Commission";
    expect(quotes(`${caption}\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    const paragraph = `${LEAD} About 1.2 million heaters were recalled.\nPhoto: U.S. Consumer Product Safety Commission`;
    expect(quotes(paragraph)).toContain(LEAD_QUOTE);
  });
});

// The review of decision 510: where each rule reached too far.
describe("review: each rule kept to what it was made for", () => {
  it("splits a beaten forecast that names its forecaster, as decision 480 splits 'beating forecasts'", () => {
    const body = "Nvidia reported record revenue for the quarter, beating Wall Street expectations.";
    expect(quotes(body)).toContain("beating Wall Street expectations");
    expect(quotes("Tesla delivered more cars than ever, beating LSEG forecasts.")).toContain("beating LSEG forecasts");
  });

  it("reads a rule's 'may not be … until' as no forecast", () => {
    const law = "Under Pennsylvania law, mail ballots may not be processed until 7 a.m. on Election Day.";
    expect(quoting(law, "may not be processed").kind).not.toBe("prediction");
    const guidance = "Children may not be vaccinated until they are 12 under current guidance.";
    expect(quoting(guidance, "may not be vaccinated").kind).not.toBe("prediction");
    expect(quoting("The seat might not be filled until next year.", "might not be filled").kind).toBe("prediction");
  });

  it("keeps the kind of a 'what … says' clause that a main verb follows", () => {
    expect(quoting("What Sunak says about the deficit is wrong.", "What Sunak says").kind).toBe("attributed_statement");
    const howTo = "How to fund the plan is still unclear, the chancellor said.";
    expect(quoting(howTo, "How to fund").kind).toBe("attributed_statement");
  });

  it("reads a company's advertising or endorsement rule and a body's funding as claims", () => {
    for (const line of [
      "Google does not accept advertising from payday lenders, the company said.",
      "The BBC does not accept advertising in the UK.",
      "The FDA does not endorse products that claim to cure cancer.",
      "The Heritage Foundation is an independent, nonprofit organization that receives no government funding.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toHaveLength(2);
    expect(quotes(`${LEAD}\n\nCR does not endorse products or services, and does not accept advertising.`)).toEqual([
      LEAD_QUOTE,
    ]);
  });

  it("reads a profile under a name when it holds a figure, 'former' or an act", () => {
    const candidate = "Sarah Jones\nSarah Jones is a former television reporter who has raised $2m for her campaign.";
    expect(quotes(candidate).some((q) => q.includes("raised $2m"))).toBe(true);
    const paid = "Boris Johnson\nBoris Johnson writes for the Daily Telegraph, which paid him £275,000 a year in 2019.";
    expect(quotes(paid).some((q) => q.includes("£275,000"))).toBe(true);
    expect(quotes("Maria Lopez\nMaria Lopez is a political correspondent for the BBC.")).toEqual([]);
  });

  it("reads a one-sentence paragraph of news over the credit of a picture below it", () => {
    const jobless = "Unemployment rose to 5.2% in October, the highest rate since 2021.\nPhoto: Reuters";
    expect(quotes(jobless)).toHaveLength(1);
    const arrests = "Police said 40 people were arrested after the march.\nImage: Metropolitan Police";
    expect(quotes(arrests)).toHaveLength(1);
    expect(quotes("Protesters gather outside parliament in London.\nPhotograph: Stefan Rousseau/PA")).toEqual([]);
  });
});
