import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and claimant types that decision 525 left (decision 540). The recall is in
 * tests/fixtures/newsroom-read-505; the other texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-11-27");

describe("a body named beside its kind, in two words shaped like a person's (decision 540)", () => {
  it("gives 'the carrier said' to Virgin Atlantic and Royal Mail, 'the broadcaster said' to Sky News", () => {
    const virgin = "Budget carrier Virgin Atlantic will cut 40 flights. The carrier said fuel rose 12%.";
    expect(quoting(virgin, "fuel rose").claimant).toMatchObject({ name: "Virgin Atlantic", type: "organization" });
    const mail = "Mail carrier Royal Mail will cut 400 jobs. The carrier said costs rose 12%.";
    expect(quoting(mail, "costs rose").claimant).toMatchObject({ name: "Royal Mail", type: "organization" });
    const sky = "Broadcaster Sky News will cut 40 jobs. The broadcaster said costs rose 12%.";
    expect(quoting(sky, "costs rose").claimant).toMatchObject({ name: "Sky News", type: "organization" });
  });
  it("keeps a person beside a trade: David Dimbleby and Joe Smith are not 'the broadcaster' or 'the carrier'", () => {
    const dimbleby = "Veteran broadcaster David Dimbleby will retire. The broadcaster said he covered 12 elections.";
    expect(quoting(dimbleby, "12 elections").claimant.name).toBe("broadcaster");
    const postman = "Mail carrier Joe Smith delivered 400 letters. The carrier said 12 were lost.";
    expect(quoting(postman, "12 were lost").claimant.name).toBe("carrier");
  });
});

describe("a body described in a relative clause (decision 540)", () => {
  const first = "Northern, which is publicly owned, said it will run 140 fewer trains.";
  it("gives 'The publicly-owned operator said' to 'Northern, which is publicly owned'", () => {
    const c = quoting(`${first} The publicly-owned operator said costs rose 12%.`, "costs rose");
    expect(c.claimant).toMatchObject({ name: "Northern", type: "organization" });
  });
  it("keeps the reference as written after another owner, a past ownership or two such names", () => {
    const state = "Northern, which is state owned, cut 140 trains. The publicly-owned operator said costs rose 12%.";
    expect(quoting(state, "costs rose").claimant.name).toBe("publicly-owned operator");
    const was =
      "Northern, which was publicly owned until 2020, cut 140 trains. The publicly-owned operator said costs rose 12%.";
    expect(quoting(was, "costs rose").claimant.name).toBe("publicly-owned operator");
    const two =
      "Northern, which is publicly owned, cut 140 trains, and Avanti, which is publicly owned, cut 12. " +
      "The publicly-owned operator said costs rose 12%.";
    expect(quoting(two, "costs rose").claimant.name).toBe("publicly-owned operator");
  });
  it("does not give the reference to a name's last word after 'for': 'Transport for Wales' (review)", () => {
    const tfw =
      "Transport for Wales, which is publicly owned, cut 140 trains. The publicly-owned operator said costs rose 12%.";
    expect(quoting(tfw, "costs rose").claimant.name).not.toBe("Wales");
  });
});

describe("claimant types (decision 540)", () => {
  it("types people named by their initials, and a known duo written with '&', people", () => {
    expect(quoting("AOC and Sanders said 40% of voters backed the plan.", "40%").claimant.type).toBe("person");
    expect(quoting("MBS and Biden said oil output would rise 12%.", "12%").claimant.type).toBe("person");
    expect(quoting("Ant & Dec said they had raised £400,000.", "£400,000").claimant.type).toBe("person");
  });
  it("keeps acronyms' lists and firms written with '&' bodies", () => {
    expect(quoting("HSBC and NatWest said 40 branches would close.", "40").claimant.type).toBe("organization");
    expect(quoting("IBM and Oracle said 40 jobs would go.", "40").claimant.type).toBe("organization");
    expect(quoting("Tate & Lyle said sales rose 4%.", "4%").claimant.type).toBe("organization");
  });
  it("types Decision Desk HQ, the Associated Press and Tesco organisations", () => {
    expect(quoting("Decision Desk HQ said 88% of the vote was in.", "88%").claimant.type).toBe("organization");
    const ap = "The race was called by the Associated Press, which said 88% of the vote was in.";
    expect(quoting(ap, "88%").claimant).toMatchObject({ name: "Associated Press", type: "organization" });
    expect(quoting("Tesco said sales rose 4%.", "4%").claimant.type).toBe("organization");
  });
  it("keeps a person surnamed Press a person", () => {
    expect(quoting("Bill Press said the vote was 40-12.", "40-12").claimant.type).toBe("person");
  });
  it("types Breezelite, whose web address the recall gives, an organisation", () => {
    const found = fixtureClaims("newsroom-read-505/3-consumer-recall.txt");
    expect(claimQuoting(found, "deeply sorry").claimant).toMatchObject({ name: "Breezelite", type: "organization" });
  });
  it("keeps a person with a web address of their own, whom the words call 'he' or 'she', a person (review)", () => {
    const body = "Lineker said he had 40,000 followers. His website is www.lineker.co.uk.";
    expect(quoting(body, "40,000").claimant).toMatchObject({ name: "Lineker", type: "person" });
  });
  it("keeps a person whose surname is in someone's mail address a person", () => {
    const body = "Smith said 40% of staff were cut. Email smith@example.com or www.smith-jones.com for details.";
    expect(quoting(body, "40%").claimant).toMatchObject({ name: "Smith", type: "person" });
  });
  it("writes a body's plural that opens the sentence in lowercase: 'According to unions'", () => {
    const c = quoting("Unions said 40 jobs were at risk.", "40 jobs");
    expect(c.claimant).toMatchObject({ name: "unions", type: "organization" });
    expect(c.text).toBe("According to unions, 40 jobs were at risk");
  });
  it("keeps a plural surname a person's name", () => {
    const body = "Tony Banks said 40 jobs were at risk. Banks said 12 would go.";
    expect(quoting(body, "12 would").claimant.name).toBe("Tony Banks");
  });
});

describe("'points out' and 'thinks' (decision 540)", () => {
  it("reads 'Smith points out that …' and 'Smith thinks …' as Smith's", () => {
    expect(quoting("Smith points out that 40% of voters backed the plan.", "40%").claimant.name).toBe("Smith");
    expect(quoting("Smith thinks 40% of voters backed the plan.", "40%").claimant.name).toBe("Smith");
  });
  it("keeps 'points' a noun and a body's 'thinks' the article's", () => {
    expect(claims("Smith scored 20 points and Jones had 15.").map((c) => c.text)).toEqual([
      "Smith scored 20 points",
      "Jones had 15 points",
    ]);
    expect(quoting("The team won 40 points out of 50.", "40 points").claimant.type).toBe("article");
    expect(quoting("Smith points to a rise of 40% in crime.", "40%").claimant.type).toBe("article");
    const aarp = "AARP thinks that the savings lengthen the trust fund by eight years.";
    expect(quoting(aarp, "eight years").claimant.type).toBe("article");
  });
});

describe("a simple past after ', and' keeps its speaker (decision 540)", () => {
  it("gives '…, and Goldman Sachs lost $12m' to the prosecutors", () => {
    const body = "Prosecutors said Smith defrauded investors of $40m, and Goldman Sachs lost $12m.";
    expect(quoting(body, "$12m").claimant.name).toBe("prosecutors");
  });
  it("still gives a present perfect, or a past after words shifted into the past perfect, to the article", () => {
    const body = "Powys Council said it had closed 40 roads, and Ceredigion Council has closed 12.";
    expect(quoting(body, "Ceredigion").claimant.type).toBe("article");
    const shifted = "Powys Council said it had closed 40 roads, and Ceredigion Council closed 12.";
    expect(quoting(shifted, "Ceredigion").claimant.type).toBe("article");
    const both = "Powys Council said it had shut 40 roads, and Ceredigion Council had closed 12.";
    expect(quoting(both, "Ceredigion").claimant.name).toBe("Powys Council");
  });
  it("gives the article another body's past set beside the speaker's account of itself (review)", () => {
    const apple = "Apple said it sold 40 million iPhones, and Samsung sold 30 million handsets.";
    expect(quoting(apple, "Samsung").claimant.type).toBe("article");
    const shell = "Shell said it paid $12bn in tax, and BP paid $8bn.";
    expect(quoting(shell, "BP paid").claimant.type).toBe("article");
  });
  it("gives the article a past after ', but' or ', while', or after a present or future account (review)", () => {
    const but = "The minister said inflation fell to 3% in March, but the Bank of England raised rates to 5.25%.";
    expect(quoting(but, "Bank of England").claimant.type).toBe("article");
    const fed = "The Fed said inflation eased to 3% in April, while the ECB cut rates by 0.25 points.";
    expect(quoting(fed, "ECB").claimant.type).toBe("article");
    const says = "Powys Council says 31 schools are shut today, and Ceredigion Council closed 12.";
    expect(quoting(says, "Ceredigion").claimant.type).toBe("article");
    const would = "The BBC said 40 staff would go, and ITV cut 12 jobs last year.";
    expect(quoting(would, "ITV").claimant.type).toBe("article");
  });
  it("keeps a past after ', and' beside the speaker's past account of others the speaker's (review)", () => {
    const police = "Police said the man was arrested at 3am, and Network Rail closed the line for 12 hours.";
    expect(quoting(police, "Network Rail").claimant.name).toBe("police");
  });
});

describe("a news desk's call of a race (decision 540)", () => {
  it("gives 'The AP has called the race for Husted' to the AP", () => {
    const c = quoting("The AP has called the race for Husted.", "Husted");
    expect(c.claimant).toMatchObject({ name: "AP", type: "organization" });
    // Worded as written here first; decision 620 words the desk's claim that the candidate won.
    expect(c.text).toBe("According to the AP, Husted won the race");
    const ap = quoting("The Associated Press called the Ohio governor's race for Jon Husted.", "Husted");
    expect(ap.claimant).toMatchObject({ name: "Associated Press", type: "organization" });
  });
  it("keeps a person's or voters' words about a race the article's", () => {
    expect(quoting("Smith called the race for Husted a sham.", "sham").claimant.type).toBe("article");
    expect(quoting("Voters called the race for Husted early.", "early").claimant.type).toBe("article");
  });
  it("keeps a body's setting of a vote's date the article's: 'called the contest for Thursday' (review)", () => {
    const party = "The Labour Party called the contest for Thursday.";
    expect(quoting(party, "Thursday").claimant.type).toBe("article");
    expect(quoting("Parliament called the election for May 7.", "May 7").claimant.type).toBe("article");
    expect(quoting("The AP called the race for May Smith.", "May Smith").claimant.name).toBe("AP");
  });
});

describe("a council title in the plural (decision 540)", () => {
  it("gives 'Councilmembers Linda Habgood said' to Linda Habgood", () => {
    const c = quoting("Councilmembers Linda Habgood said the city spent $40m on roads.", "$40m");
    expect(c.claimant).toMatchObject({ name: "Linda Habgood", type: "person" });
    const one = quoting("Councilmember Linda Habgood said the city spent $40m on roads.", "$40m");
    expect(one.claimant.name).toBe("Linda Habgood");
  });
});
