import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and furniture from the twenty-second read of news copy (decision 565): a football
 * match report, a health study's write-up, a fact-check column, a letters page and a travel
 * advisory. The articles are in tests/fixtures/newsroom-read-565; the other texts are written for
 * these tests.
 */
const { claims, quoting } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "Aston Villa beat Newcastle 3-1 on Sunday.";
const LEAD_QUOTE = "Aston Villa beat Newcastle 3-1 on Sunday";

describe("a person named with where they are from", () => {
  const ABTA = "Abta, the travel trade association, said customers were entitled to a full refund.";

  it("gives the quotation to the person named with a place between commas", () => {
    const body = `${ABTA}\n\nKaren Whitfield, from Cardiff, is staying in Los Llanos with her husband.\n\n"We could see the glow from the hotel balcony," she told the BBC.`;
    expect(quoting(body, "We could see the glow").claimant.name).toBe("Karen Whitfield");
  });

  it("reads the place after an age too", () => {
    const body = `The association said customers were entitled to a refund.\n\nDaniel Pryce, 34, of Redditch, was jailed for six years.\n\n"I am sorry," he told the court.`;
    expect(quoting(body, "I am sorry").claimant.name).toBe("Daniel Pryce");
  });

  it("keeps a name whose aside is no place, and a place with a verb after it", () => {
    // A lowercase word after "of" is no place: the sentence names no one, as before.
    const body = `Tom Reid said the plan would cost 40 jobs.\n\nCardiff, of all places, was chosen for the trial.\n\n"It is a mistake," he said.`;
    expect(quoting(body, "It is a mistake").claimant.name).toBe("Tom Reid");
    // "Sarah Lee, of Cardiff, and her husband": the aside's comma is followed by no verb.
    const pair = `Tom Reid said the plan would cost 40 jobs.\n\nSarah Lee, of Cardiff, and her husband were evacuated.\n\n"It is a mistake," he said.`;
    expect(quoting(pair, "It is a mistake").claimant.name).toBe("Tom Reid");
  });
});

describe("a body whose name lists its areas before its kind", () => {
  it("names the Foreign, Commonwealth and Development Office whole", () => {
    const body =
      "The Foreign, Commonwealth and Development Office (FCDO) said British nationals should keep away from the exclusion zone.";
    expect(quoting(body, "British nationals").claimant.name).toBe("Foreign, Commonwealth and Development Office");
    expect(
      quoting("The Department for Digital, Culture, Media and Sport (DCMS) said 40 museums would close.", "40 museums")
        .claimant.name,
    ).toBe("Department for Digital, Culture, Media and Sport");
  });

  it("does not join a list whose kind comes after a lowercase 'the'", () => {
    expect(
      quoting("In Britain, France and the Home Office said 40 people were held.", "40 people").claimant.name,
    ).not.toMatch(/Britain/);
  });
});

describe("a warning against something", () => {
  it("reports no clause after 'warns against'", () => {
    const found = claims("Foreign Office warns against travel to parts of Canary Islands after volcano eruption.");
    expect(found).toHaveLength(1);
    expect(found[0]!.claimant.type).toBe("article");
    expect(found[0]!.quote).toMatch(/^Foreign Office warns against/);
  });

  it("keeps a clause after a warning, and 'against' after 'said'", () => {
    expect(quoting("Foreign Office warns travel to parts of the island is unsafe.", "unsafe").claimant.name).toBe(
      "Foreign Office",
    );
    expect(
      quoting("The minister said against all advice the plan would cost 40 jobs.", "40 jobs").claimant.name,
    ).toMatch(/minister/);
  });
});

describe("a match report's data block", () => {
  it("makes no claim of the line-ups, scorers, bookings, referee or crowd", () => {
    for (const line of [
      "Goals: Watkins 41, 58; Rogers 78.",
      "Booked: Schär, Joelinton, Tonali.",
      "Referee: Anthony Taylor",
      "Attendance: 42,618",
      "Scorers: Kane 45+2 pen, Saka 67",
      "Aston Villa (4-2-3-1): Martínez; Cash, Konsa, Torres, Digne; Kamara, Tielemans; Bailey (Ramsey 78), Rogers, McGinn (Buendía 85); Watkins (Durán 88).",
      "Newcastle (4-3-3): Pope; Trippier, Schär, Botman (Lascelles 33), Hall; Tonali, Longstaff, Joelinton; Barnes (Murphy 70), Isak, Gordon.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps such a label with a claim after it", () => {
    expect(kept(`Referee: Anthony Taylor said the penalty was correct after 40 reviews.`, "40 reviews")).toBe(true);
    expect(kept(`Attendance: 42,618, down 12% on last season.`, "12%")).toBe(true);
    expect(kept(`Goals: the club scored 40 in 2025, a record.`, "40 in 2025")).toBe(true);
  });
});

describe("a letters page", () => {
  const LETTER =
    "RURAL BUSES\nSir, The council says the saving will be £2.4 million a year. It does not say what the closures will cost.";

  it("makes no claim of a letter's topic in capitals or its signature", () => {
    const found = quotes(
      `${LETTER}\nDr Anne Holloway\nRetired GP, Wiveliscombe, Somerset\n\nFREE PARKING\nSir, Footfall rose by 3% in the first year.\nJanet Corby\nFormer councillor, Stroud District Council`,
    );
    expect(found).toHaveLength(3);
    expect(found.filter((q) => /£2\.4 million|closures will cost|3% in the first year/.test(q))).toHaveLength(3);
    expect(quotes(`${LEAD}\n\nLetters to the Editor should be sent to letters@thetimes.co.uk`)).toEqual([LEAD_QUOTE]);
  });

  it("gives a next letter's 'he' to no one named in the letter before", () => {
    const body = `Sir, Councillor Bill Revans says the routes carry "fewer than four passengers per journey". On my route the figure is nearer nine.\nMartin Lowe\nLangport, Somerset\n\nSCHOOL NATIVITIES\nSir, My grandson has been cast as a sheep. He tells me there are seven sheep this year.\nPatrick Ellery\nLudlow, Shropshire`;
    expect(quoting(body, "seven sheep").claimant.name).not.toBe("Bill Revans");
  });

  it("reads a name alone that signs no letter, and a topic in capitals over no letter", () => {
    expect(kept(`Sir Keir Starmer\nThe prime minister said 40 schools would close.`, "40 schools")).toBe(true);
    // A name alone over a story's sentence under a letter: not a signature (no sentence ends above it).
    expect(
      kept(`Sir, The council says the saving will be £2.4 million\nTom Reid said 40 jobs would go.`, "40 jobs"),
    ).toBe(true);
    expect(kept(`TAXES DOUBLED\nThe council doubled the rate to 40%.`, "40%")).toBe(true);
  });
});

describe("a fact-check's related checks", () => {
  it("makes no claim of the questions under 'Related fact checks'", () => {
    expect(
      quotes(
        `${LEAD}\n\nRelated fact checks\nDid immigration add 1.2 million people to the UK population last year?\nAre NHS waiting lists at a record high?`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence that opens with 'Related'", () => {
    expect(kept(`Related fact checks found 40 errors in the minister's speech.`, "40 errors")).toBe(true);
  });
});

describe("the read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-565/${name}`);
  // Decisions 550 and 560, written beside this read, took one more claim off the first two: the
  // match report's time stamp "Sun 29 Nov 2026 18.42 GMT" over the story is furniture, and the
  // study's headline, run into its byline, and "citing the ASPREE results", split off its clause,
  // are one claim each now (42 and 36 before them). Decision 570 reads the fact-check's "Our
  // verdict" box: its rating, "That's not right.", is no claim (35 before it). Decision 575 splits the headline off the
  // standfirst under it in the match report and on the letters page (41 and 22 before it); the
  // byline and the time stamp under them are furniture. Decision 600 reads the match report's
  // league table, pasted with spaces, as a table: its header "Pos Team P W D L GD Pts" is no claim
  // (42 before it), and each row is worded with its column names. Decision 595 drops STAT's author
  // block ("About the Author", the name, "Biotech Correspondent", "Meghana covers biotech and
  // oncology for STAT.") and its tags, Full Fact's masthead and donation box (three lines) and the
  // letters page's masthead "The Times" (signed again in its stamp): 35, 34 and 23 before it.
  // Decision 635 drops the match report's masthead "The Guardian", a newspaper's name that needs no
  // signature (41 before it). Decision 690 drops the letters page's heading "Letters to the
  // Editor", which names the page (23 before it).
  const counts: [string, number][] = [
    ["1-football-match-report.txt", 40],
    ["2-health-study-writeup.txt", 30],
    ["3-fact-check-column.txt", 30],
    ["4-letters-page.txt", 21],
    ["5-travel-advisory.txt", 33],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(read(name)).toHaveLength(n);
  });

  it("gives the holidaymaker her quotation and the FCDO its whole name", () => {
    const found = read("5-travel-advisory.txt");
    expect(claimQuoting(found, "We could see the glow").claimant.name).toBe("Karen Whitfield");
    expect(claimQuoting(found, "British nationals on La Palma").claimant.name).toBe(
      "Foreign, Commonwealth and Development Office",
    );
    expect(claimQuoting(found, "Foreign Office warns against").claimant.type).toBe("article");
  });

  it("keeps the match's facts and drops its data block", () => {
    const found = read("1-football-match-report.txt");
    expect(claimQuoting(found, "58% of possession").kind).toBe("statistic");
    expect(found.some((c) => /^(?:Goals|Booked|Referee|Attendance):|\(4-\d-\d/.test(c.quote))).toBe(false);
  });

  it("keeps the letters' figures and drops their signatures and topics", () => {
    const found = read("4-letters-page.txt");
    expect(claimQuoting(found, "fell by 29%").claimant.name).toBe("Department for Transport");
    expect(claimQuoting(found, "seven sheep").claimant.name).not.toBe("Bill Revans");
    expect(
      found.some((c) => /^(?:Dr Anne Holloway|Martin Lowe|Lord Tyler|House of Lords|RURAL BUSES|Ludlow)/.test(c.quote)),
    ).toBe(false);
  });

  it("keeps the study's risks with their intervals", () => {
    const found = read("2-health-study-writeup.txt");
    expect(claimQuoting(found, "hazard ratio of 0.72").kind).toBe("statistic");
    expect(claimQuoting(found, "It's a real effect").claimant.name).toBe("John McNeil");
  });
});

describe("the re-read of the change", () => {
  it("ends a signature at a line under it that holds a figure", () => {
    // A related headline run on under the signature is no place or job of the writer's.
    const headline = "Sir, The council raised tax by 5%.\nAnne Holloway\nSomerset to axe 38 bus routes to save £2.4m";
    expect(kept(headline, "Somerset to axe 38 bus routes")).toBe(true);
    const report =
      "Sir, The council raised tax by 5%.\nAnne Holloway\nThe council said the rise was 4.99%\nIt said it was the first rise in 3 years.";
    expect(quoting(report, "the rise was 4.99%").claimant.name).toBe("council");
  });

  it("still takes a place or a job under the name as the signature's", () => {
    const body =
      "Sir, The council raised tax by 5%.\nAnne Holloway\nThe Old Rectory, Ludlow\n\nSir, The road cost £4 million.\nTom Reid\nRetired GP, Dublin 4";
    expect(kept(body, "Old Rectory")).toBe(false);
    expect(kept(body, "Retired GP")).toBe(false);
    expect(kept(body, "The road cost £4 million")).toBe(true);
  });

  it("gives a speaker named with where they are from and a relative clause the name, not the place", () => {
    const body =
      "Dr Maria Santos, of Harvard Medical School, who led the study, said the risk fell by 18%. She said 12,000 patients took part.";
    expect(quoting(body, "the risk fell by 18%").claimant.name).toBe("Maria Santos");
    expect(quoting(body, "12,000 patients").claimant.name).toBe("Maria Santos");
    const aged = "Tom Reid, 34, of Leeds, who lost his home, said 40 houses flooded.";
    expect(quoting(aged, "40 houses").claimant.name).toBe("Tom Reid");
    const employer =
      "Prof Tim Spector, from King's College London, who was not involved, said the results were robust.";
    expect(quoting(employer, "the results were robust").claimant.name).toBe("Tim Spector");
  });

  it("keeps a group named with where they are from whole", () => {
    const body = "Residents of Leeds, who were not consulted, said 40 homes flooded.";
    expect(quoting(body, "40 homes").claimant.name).toBe("residents of Leeds");
    const woman = "A woman from Leeds, who did not want to be named, said the wait was 6 hours.";
    expect(quoting(woman, "the wait was 6 hours").claimant.name).toBe("woman from Leeds");
  });

  it("names a body whole with a short form in lower case", () => {
    expect(
      quoting("The Department for Environment, Food and Rural Affairs (Defra) said 40 farms were affected.", "40 farms")
        .claimant.name,
    ).toBe("Department for Environment, Food and Rural Affairs");
  });
});
