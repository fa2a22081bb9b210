import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers that decisions 445 and 470 left (decision 495). The articles are in
 * tests/fixtures/newsroom-read-425 and newsroom-read-460; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-27");

const fixture = fixtureClaims;

describe("a body's own act after ', and' leaves the speaker's words (decision 495)", () => {
  it("gives 'and Ceredigion Council has closed 12' to the article, not to Powys", () => {
    const body = "Powys Council said it had closed 40 roads, and Ceredigion Council has closed 12.";
    expect(quoting(body, "Ceredigion Council has closed 12").claimant.type).toBe("article");
    expect(quoting(body, "it had closed 40 roads").claimant.name).toBe("Powys Council");
  });
  it("reads the live page's line the same way", () => {
    const found = fixture("newsroom-read-460/3-weather-warning-live-page.txt");
    expect(claimQuoting(found, "Ceredigion Council has closed 12").claimant.type).toBe("article");
    expect(claimQuoting(found, "31 schools are shut today").claimant.name).toBe("Powys County Council");
  });
  it("gives 'and the Met Office has issued 12 warnings' to the article", () => {
    const body = "Powys Council said it had closed 40 roads, and the Met Office has issued 12 warnings.";
    expect(quoting(body, "12 warnings").claimant.type).toBe("article");
  });
  it("keeps 'and that 12 more would follow' and 'and the figure has doubled' the speaker's", () => {
    expect(
      quoting("Powys Council said it had closed 40 roads, and that 12 more would follow.", "12 more").claimant.name,
    ).toBe("Powys Council");
    expect(
      quoting("Powys Council said it had closed 40 roads, and the figure has doubled since May.", "doubled").claimant
        .name,
    ).toBe("Powys Council");
  });
  it("keeps a past perfect the speaker's: 'and Ceredigion Council had closed 12'", () => {
    const body = "Powys Council said it had closed 40 roads, and Ceredigion Council had closed 12.";
    expect(quoting(body, "Ceredigion Council had closed 12").claimant.name).toBe("Powys Council");
  });
  it("keeps both clauses under a trailing tag", () => {
    const body = "Ceredigion Council has closed 12 roads, and Powys Council has closed 40, officials said.";
    expect(quoting(body, "Powys Council has closed 40").claimant.name).toBe("officials");
  });
  it("keeps a person's act the speaker's: 'Police said …, and Jones has admitted 12 thefts'", () => {
    const body = "Police said Smith had stolen 40 cars, and Jones has admitted 12 thefts.";
    expect(quoting(body, "Jones has admitted").claimant.name).toBe("police");
  });
});

describe("a list of names with a body among them is a body (decision 495)", () => {
  it("types 'Barclays, HSBC and NatWest' an organisation", () => {
    const c = quoting("Barclays, HSBC and NatWest said 40 branches would close.", "40 branches");
    expect(c.claimant).toMatchObject({ name: "Barclays, HSBC and NatWest", type: "organization" });
  });
  it("types 'HSBC and NatWest' an organisation", () => {
    expect(quoting("HSBC and NatWest said 40 branches would close.", "40 branches").claimant.type).toBe("organization");
  });
  it("keeps lists of people people", () => {
    expect(quoting("Smith, Jones and Brown said 40 branches would close.", "40 branches").claimant.type).toBe("person");
    expect(quoting("John Smith and Sarah Jones said 40 branches would close.", "40 branches").claimant.type).toBe(
      "person",
    );
  });
});

describe("'First' opens only the titles it belongs to; 'Former' and 'then-' date a title (decision 495)", () => {
  it("drops the adverb of 'First President Trump said'", () => {
    const c = quoting("First President Trump said tariffs would rise 40%.", "tariffs");
    expect(c.text).toBe("According to President Trump, tariffs would rise 40%");
    expect(c.claimant).toMatchObject({ name: "Trump", title: "President" });
  });
  it("names 'Former President Trump' as Trump, keeping the title in the wording", () => {
    const c = quoting("Former President Trump said tariffs would rise 40%.", "tariffs");
    expect(c.text).toBe("According to Former President Trump, tariffs would rise 40%");
    expect(c.claimant).toMatchObject({ name: "Trump", title: "Former President" });
  });
  it("words 'then-President Trump' without 'the'", () => {
    const c = quoting("then-President Trump said tariffs would rise 40%.", "tariffs");
    expect(c.text).toBe("According to then-President Trump, tariffs would rise 40%");
    expect(c.claimant.name).toBe("Trump");
  });
  it("keeps 'First' in 'First Minister', 'First Secretary' and 'First Deputy Prime Minister'", () => {
    expect(quoting("First Minister Eluned Morgan said 40 schools would close.", "40 schools").text).toBe(
      "According to First Minister Eluned Morgan, 40 schools would close",
    );
    expect(quoting("First Secretary Lee said 40 trade deals were signed.", "40 trade").claimant.title).toBe(
      "First Secretary",
    );
    expect(
      quoting("First Deputy Prime Minister Andrei Belousov said 40 plants would open.", "40 plants").claimant.title,
    ).toBe("First Deputy Prime Minister");
  });
  it("keeps 'his ex-wife' a described person with its article", () => {
    expect(quoting("His ex-wife said 40 letters were sent.", "40 letters").text).toBe(
      "According to his ex-wife, 40 letters were sent",
    );
  });
});

describe("a kind word written beside a name in the sentence before names that body (decision 495)", () => {
  it("reads the rail timetable's 'The publicly-owned operator said' as Northern's", () => {
    const found = fixture("newsroom-read-425/5-rail-timetable-yorkshire-post.txt");
    expect(claimQuoting(found, "shortage of drivers").claimant).toMatchObject({
      name: "Northern",
      type: "organization",
    });
  });
  it("reads 'Northern, the publicly-owned operator, …' then 'The operator said' as Northern's", () => {
    const body =
      "Northern, the publicly-owned operator, will run 140 fewer trains on Sundays. The operator said 40 drivers had left.";
    expect(quoting(body, "40 drivers").text).toBe("According to Northern, 40 drivers had left");
  });
  it("leaves 'the operator' as written when two operators are named, or none in the sentence before", () => {
    const two =
      "Rail operator Northern and rail operator Avanti will run 140 fewer trains. The operator said 40 drivers had left.";
    expect(quoting(two, "40 drivers").claimant.name).toBe("operator");
    const far =
      "Rail operator Northern will run 140 fewer trains. Passengers were angry. The operator said 40 drivers had left.";
    expect(quoting(far, "40 drivers").claimant.name).toBe("operator");
    const opener = "On Monday, the publicly-owned operator cut 140 trains. The operator said 40 drivers had left.";
    expect(quoting(opener, "40 drivers").claimant.name).toBe("operator");
  });
});

describe("counter-examples from a review (decision 495)", () => {
  it("keeps 'The crane operator' as written after 'Rail operator Northern'", () => {
    const body = "Rail operator Northern will run 140 fewer trains. The crane operator said 40 bolts had failed.";
    expect(quoting(body, "40 bolts").claimant.name).toBe("crane operator");
  });
  it("reads a kind that opens the sentence before: 'Broadcaster ITV cut 40 jobs.'", () => {
    const body = "Broadcaster ITV cut 40 jobs. The broadcaster said 12 shows were axed.";
    expect(quoting(body, "12 shows").claimant.name).toBe("ITV");
  });
  it("keeps the rank 'First Sergeant'", () => {
    expect(quoting("First Sergeant Smith said 40 soldiers were hurt.", "40 soldiers").claimant.title).toBe(
      "First Sergeant",
    );
  });
});

describe("counter-examples from a second review (decision 495)", () => {
  it("keeps a country's or armed group's act after ', and' the speaker's claim", () => {
    const body = "Ukraine's military said it had destroyed 12 tanks, and Russia has lost 40,000 troops since February.";
    expect(quoting(body, "40,000 troops").claimant.name).toBe("Ukraine's military");
    const hamas =
      "Hamas officials said 40 people were killed overnight, and Israel has killed 12,000 people since October.";
    expect(quoting(hamas, "12,000 people").claimant.name).toBe("Hamas officials");
  });
  it("keeps a party's act after ', and' the speaker's claim", () => {
    const body = "Labour said 40 hospitals were crumbling, and the Conservatives have built only 12.";
    expect(quoting(body, "built only 12").claimant.name).toBe("Labour");
    const tories = "The Tories said 40 seats were at risk, and the Liberal Democrats have gained 12.";
    expect(quoting(tories, "gained 12").claimant.name).toBe("the Tories");
  });
  it("still gives a body named after a place to the article: 'Natural Resources Wales'", () => {
    const body = "Officials said 40 roads were closed, and Natural Resources Wales has issued 12 warnings.";
    expect(quoting(body, "12 warnings").claimant.type).toBe("article");
  });
  it("leaves 'the broadcaster' as written after a person's name beside the kind", () => {
    const body =
      "Veteran broadcaster David Dimbleby has retired after 40 years. The broadcaster said 12 million watched his last show.";
    expect(quoting(body, "12 million").claimant.name).toBe("broadcaster");
    const crane = "Crane operator Dave Jones, 54, was injured. The crane operator said 40 bolts had failed.";
    expect(quoting(crane, "40 bolts").claimant).toMatchObject({ name: "crane operator", type: "person" });
  });
  it("leaves 'the retailer' as written after a name joined by 'and': 'Retailer Marks and Spencer'", () => {
    const body = "Retailer Marks and Spencer will shut 8 stores. The retailer said 1,500 jobs were at risk.";
    expect(quoting(body, "1,500 jobs").claimant.name).toBe("retailer");
  });
  it("still reads bodies whose names are not a person's beside those kinds", () => {
    expect(
      quoting("Rail operator Avanti West Coast cut 40 trains. The operator said 12 were on Sundays.", "12 were")
        .claimant.name,
    ).toBe("Avanti West Coast");
    expect(
      quoting("Flag carrier British Airways cancelled 40 flights. The carrier said 12 were to Spain.", "12 were")
        .claimant.name,
    ).toBe("British Airways");
    expect(
      quoting("Infrastructure operator Network Rail closed 40 stations. The operator said 12 would reopen.", "12 would")
        .claimant.name,
    ).toBe("Network Rail");
  });
});

describe("a singular 'they' for a named person (decision 495, kept as it was)", () => {
  it("keeps 'they' in the person's words and leaves a later 'They said' to the article", () => {
    const found = claims("Alex Kim said they would cut 40 jobs. They said the plant would close in March.");
    expect(claimQuoting(found, "40 jobs").text).toBe("According to Alex Kim, they would cut 40 jobs");
    expect(claimQuoting(found, "close in March").claimant.type).toBe("article");
  });
});
