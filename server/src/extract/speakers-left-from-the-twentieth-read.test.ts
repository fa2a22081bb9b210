import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and claimant types that decisions 495 and 505 left (decision 525). The articles are in
 * tests/fixtures/newsroom-read-505; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-27");

const fixture = fixtureClaims;

describe("a network's projection is the network's claim (decision 525)", () => {
  it("gives '…, NBC News projects.' to NBC News, an organisation", () => {
    const c = quoting("Republican Jon Husted will be Ohio's next governor, NBC News projects.", "Jon Husted");
    expect(c.claimant).toMatchObject({ name: "NBC News", type: "organization" });
    expect(c.text).toMatch(/^According to NBC News, /);
  });
  it("leaves a mid-sentence '…, NBC News projects, taking back …' as it was on the live page", () => {
    const found = fixture("newsroom-read-505/1-election-night-live-page.txt");
    expect(found).toHaveLength(48);
    expect(claimQuoting(found, "taking back the Hampton Roads seat").claimant.type).toBe("article");
  });
  it("gives 'CNN projects that …' to CNN", () => {
    const c = quoting("CNN projects that Husted will win 40% of the vote.", "40% of the vote");
    expect(c.claimant).toMatchObject({ name: "CNN", type: "organization" });
  });
  it("types 'NBC News' an organisation when it says something", () => {
    const c = quoting("NBC News reported that 40 counties were still counting.", "40 counties");
    expect(c.claimant).toMatchObject({ name: "NBC News", type: "organization" });
  });
  it("keeps 'projects' as a noun: housing and pork-barrel projects are no one's report", () => {
    expect(quoting("The council has 40 housing projects.", "40 housing").claimant.type).toBe("article");
    const c = quoting("Obama suspended those requests for 40 pork-barrel projects after he ran.", "pork-barrel");
    expect(c.claimant.type).toBe("article");
    expect(c.kind).not.toBe("attributed_statement");
  });
  it("keeps 'projects' ending a list the article's, with or without a comma after it", () => {
    const listed = "The council cut £40m from roads, parks and housing projects, saving 12 jobs.";
    expect(claims(listed).every((c) => c.claimant.type === "article")).toBe(true);
    const last = "Since 2020, the council has finished 40 projects.";
    expect(quoting(last, "40 projects").claimant.type).toBe("article");
  });
  it("keeps 'projects' with an object and no 'that' the article's: 'The company projects 40% growth'", () => {
    expect(quoting("The company projects 40% growth next year.", "40% growth").claimant.type).toBe("article");
  });
});

describe("a speaker named in the sentence wins over an imperative on the line before (decision 525)", () => {
  it("gives 'In a statement, Breezelite said …' to Breezelite, not 'Contact Breezelite'", () => {
    const found = fixture("newsroom-read-505/3-consumer-recall.txt");
    expect(claimQuoting(found, "deeply sorry").claimant.name).toBe("Breezelite");
  });
  it("reads 'Call', 'Email' and 'Visit' before a name the same way", () => {
    const body = "Call Halvern on 0800 123 456 for a refund.\n\nHalvern said 40,000 heaters had been sold.";
    expect(quoting(body, "40,000 heaters").claimant.name).toBe("Halvern");
  });
  it("still takes a given name from an earlier line: 'Sarah Kim … Kim said'", () => {
    const body = "Sarah Kim runs the recall desk.\n\nKim said 40,000 heaters had been sold.";
    expect(quoting(body, "40,000 heaters").claimant.name).toBe("Sarah Kim");
  });
});

describe("claimant types by a name's shape (decision 525)", () => {
  it("types firms written with '&' organisations: Procter & Gamble, Johnson & Johnson", () => {
    expect(quoting("Procter & Gamble said 40 plants would close.", "40 plants").claimant.type).toBe("organization");
    expect(quoting("Johnson & Johnson said 40 plants would close.", "40 plants").claimant.type).toBe("organization");
  });
  it("types 'Marks and Spencer' an organisation", () => {
    const c = quoting("Marks and Spencer said 40 stores would close.", "40 stores");
    expect(c.claimant).toMatchObject({ name: "Marks and Spencer", type: "organization" });
  });
  it("types a capitalised body plural that opens the sentence an organisation: 'Unions said', 'Councils said'", () => {
    expect(quoting("Unions said 40 jobs were at risk.", "40 jobs").claimant.type).toBe("organization");
    expect(quoting("Councils said 40 schools would close.", "40 schools").claimant.type).toBe("organization");
  });
  it("keeps 'Banks said' after 'Tony Banks' the person", () => {
    const body = "Tony Banks said 40 jobs would go. Banks said 12 more were at risk.";
    expect(quoting(body, "12 more").claimant).toMatchObject({ name: "Tony Banks", type: "person" });
  });
  it("types an unresolved 'the operator' and 'the publicly-owned operator' organisations", () => {
    expect(quoting("The operator said 40 trains would be cancelled.", "40 trains").claimant.type).toBe("organization");
    const c = quoting("The publicly-owned operator said 40 trains would be cancelled.", "40 trains");
    expect(c.claimant.type).toBe("organization");
  });
  it("keeps 'the crane operator' a person, and 'Smith and Jones' people", () => {
    expect(quoting("The crane operator said 40 bolts had failed.", "40 bolts").claimant.type).toBe("person");
    expect(quoting("Smith and Jones said 40 bolts had failed.", "40 bolts").claimant.type).toBe("person");
  });
});

describe("a body's own act after ', but' or ', while' leaves the speaker's words (decision 525)", () => {
  it("gives ', but Ceredigion Council has reopened 12' to the article", () => {
    const body = "Powys County Council says 31 schools are shut today, but Ceredigion Council has reopened 12.";
    expect(quoting(body, "Ceredigion Council has reopened 12").claimant.type).toBe("article");
    expect(quoting(body, "31 schools").claimant.name).toBe("Powys County Council");
  });
  it("gives ', while Ceredigion Council has closed 12' to the article", () => {
    const body = "Powys Council said it had closed 40 roads, while Ceredigion Council has closed 12.";
    expect(quoting(body, "Ceredigion Council has closed 12").claimant.type).toBe("article");
  });
  it("keeps the safeguards: a reported 'that', a past perfect, a trailing tag, a person", () => {
    expect(
      quoting("Powys Council said it had closed 40 roads, but that 12 would reopen.", "12 would").claimant.name,
    ).toBe("Powys Council");
    const perfect = "Powys Council said it had closed 40 roads, while Ceredigion Council had closed 12.";
    expect(quoting(perfect, "Ceredigion Council had closed 12").claimant.name).toBe("Powys Council");
    const tagged = "Ceredigion Council has closed 12 roads, but Powys Council has closed 40, officials said.";
    expect(quoting(tagged, "Powys Council has closed 40").claimant.name).toBe("officials");
    const person = "Police said Smith had stolen 40 cars, but Jones has admitted 12 thefts.";
    expect(quoting(person, "Jones has admitted").claimant.name).toBe("police");
  });
});

describe("decision 525's review: what its rules reached too far or not far enough", () => {
  it("takes the full name after an imperative: 'Contact Sarah Kim at …' then 'Kim said' is Sarah Kim", () => {
    const body = "Contact Sarah Kim at the recall desk.\n\nKim said 200 units had been returned.";
    expect(quoting(body, "200 units").claimant.name).toBe("Sarah Kim");
    const call = "Call Tom Nowak on 020 7946 0000.\n\nNowak said tickets sold out in 12 minutes.";
    expect(quoting(call, "12 minutes").claimant.name).toBe("Tom Nowak");
  });
  it("keeps a name that only begins with such a word: 'Visit Britain chief Patricia Yates'", () => {
    const body = "Visit Britain chief Patricia Yates said 40 million tourists came.\n\nYates said spending rose 6%.";
    expect(quoting(body, "spending rose 6%").claimant.name).toBe("Patricia Yates");
  });
  it("writes a firm's possessive name with '&' without 'the': 'According to Ben & Jerry's'", () => {
    const c = quoting("Ben & Jerry's said sales rose 5%.", "sales rose 5%");
    expect(c.claimant.type).toBe("organization");
    expect(c.text).toBe("According to Ben & Jerry's, sales rose 5%");
    expect(quoting("Ben & Jerry's said it had given $2 million.", "$2 million").text).not.toMatch(/^The /);
  });
});
