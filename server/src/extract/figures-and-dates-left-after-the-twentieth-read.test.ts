import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Figures and dates decision 520 left (and two its review left from decision 490), mended in
 * decision 545. The texts are written for these tests.
 */
const { claims, quoting } = claimsOn("2026-05-10");
const units = (body: string, fragment: string): (string | null)[] =>
  quoting(body, fragment).quantities.map((q) => q.unit);
const counted = (body: string, fragment: string): string[] => quoting(body, fragment).quantities.map((q) => q.text);
const allCounted = (body: string): string[] => claims(body).flatMap((c) => c.quantities.map((q) => q.text));
const datedOn = (body: string, fragment: string, on: string): string[] =>
  claimsOn(on)
    .quoting(body, fragment)
    .dates.map((d) => d.value);

describe("clubs named by one word, and 'is' or 'was' a person", () => {
  it("reads no ages in 'Leicester, 40, and Derby, 38, who were promoted last year, lost'", () => {
    const clubs = "Leicester, 40, and Derby, 38, who were promoted last year, lost.";
    expect(units(clubs, "Leicester")).toEqual([null, null]);
    expect(units("Wigan, 34, and Bolton, 28, were charged with breaching spending rules.", "Wigan")).toEqual([
      null,
      null,
    ]);
  });

  it("reads the age in 'Reeves, 46, is the first female chancellor'", () => {
    expect(units("Reeves, 46, is the first female chancellor.", "Reeves")).toEqual(["years"]);
    expect(quoting("Reeves, 46, is the first female chancellor.", "Reeves").kind).toBe("other");
    expect(units("Morgan, 29, was a talented player who never gave up.", "Morgan")).toEqual(["years"]);
  });

  it("keeps a county's, a club's and a firm's tally", () => {
    expect(units("Kent, 34, was the worst-hit county.", "Kent")).toEqual([null]);
    expect(units("Kent, 34, was the worst-hit county for victims.", "Kent")).toEqual([null]);
    expect(units("Brentford, 34, is ninth.", "Brentford")).toEqual([null]);
    expect(units("Arsenal, 68, is the club to beat.", "Arsenal")).toEqual([null]);
    expect(units("Tesco, 34, has the most stores.", "Tesco")).toEqual([null]);
    expect(units("Smith, 34, and Jones, 28, were jailed for fraud.", "Smith")).toEqual(["years", "years"]);
  });
});

describe("a surname after 'named', and three surnames with their ages", () => {
  it("reads the age in 'Police named Smith, 34, of Redditch'", () => {
    expect(units("Police named Smith, 34, of Redditch.", "Smith")).toEqual(["years"]);
    expect(units("Officers arrested Okafor, 19, from Peckham, on Friday.", "Okafor")).toEqual(["years"]);
  });

  it("reads three ages in 'Smith, 34, Jones, 28, and Brown, 51, were jailed'", () => {
    const three = "Smith, 34, Jones, 28, and Brown, 51, were jailed.";
    expect(units(three, "Smith")).toEqual(["years", "years", "years"]);
    expect(quoting(three, "Smith").kind).toBe("other");
  });

  it("keeps a tally's list, a place after 'named' and a child's figure", () => {
    expect(units("Kent, 34, Essex, 28, and Surrey, 51, reported cases.", "Kent")).toEqual([null, null, null]);
    expect(units("Police named Kent, 34, as the worst-hit county.", "Kent")).toEqual([null]);
    expect(units("Smith, 34, Jones, 12, and Brown, 51, were injured.", "Smith")).toEqual([null, null, null]);
  });
});

describe("a score line", () => {
  it("counts no Evertons in 'Liverpool 3 Everton 1'", () => {
    expect(units("Liverpool 3 Everton 1", "Liverpool")).toEqual([null, null]);
    expect(units("Final score: Manchester United 2 Aston Villa 0.", "Manchester")).toEqual([null, null]);
    expect(units("Liverpool 3 Everton 1 at Anfield.", "Liverpool")).toEqual([null, null]);
    expect(counted("Chelsea 2 Arsenal 1 (Palmer 2)", "Chelsea")).toEqual(["2", "1", "2"]);
  });

  it("keeps a count of a capitalised noun's plural and a model's number", () => {
    expect(units("Liverpool 3 Everton fans were arrested.", "Liverpool")).toEqual(["fans"]);
    expect(units("The club sold 300 Everton shirts.", "club")).toEqual(["shirts"]);
    expect(units("About 3 Britons 2 Germans.", "About")).toEqual(["britons", "germans"]);
  });
});

describe("phone numbers with a country code, in brackets or after 'call'", () => {
  it("counts nothing in '+44 20 7946 0958', '(800) 555-0199' and 'call 555-0142'", () => {
    expect(allCounted("Call +44 20 7946 0958 for details.")).toEqual([]);
    expect(allCounted("Call (800) 555-0199 for details.")).toEqual([]);
    expect(allCounted("Have you seen it? Email us at tips@x.com or call 555-0142.")).toEqual([]);
    expect(counted("Call +44 20 7946 0958 after 40,000 heaters were sold.", "heaters")).toEqual(["40,000 heaters"]);
  });

  it("keeps a signed figure, a range and a count after a phone number", () => {
    expect(counted("Prices rose +4.5% in May.", "Prices")).toEqual(["4.5%"]);
    expect(counted("Between 500-1000 people came.", "Between")).toEqual(["500", "1000 people"]);
    expect(counted("We received 555-1000 calls.", "received")).toEqual(["555", "1000 calls"]);
  });
});

describe("a weekday's deadline after a saying dated to an earlier day", () => {
  const trying = "The manager said on Friday they were trying to sign him before Monday's deadline.";

  it("counts the Monday ahead from the Friday of the saying", () => {
    // Published on Wednesday 2 September: the Friday is 28 August, its Monday 31 August.
    expect(datedOn(trying, "trying", "2026-09-02")).toEqual(["2026-08-28", "2026-08-31"]);
    expect(
      datedOn("The manager said on Friday that bids must be in by Monday's deadline.", "bids", "2026-09-02"),
    ).toEqual(["2026-08-28", "2026-08-31"]);
  });

  it("keeps a saying with no day and a saying on the day", () => {
    expect(
      datedOn("The manager said they were trying to sign him before Monday's deadline.", "trying", "2026-09-02"),
    ).toEqual(["2026-09-07"]);
    expect(datedOn(trying, "trying", "2026-08-28")).toEqual(["2026-08-28", "2026-08-31"]);
    // The Monday after the Friday of the saying, as a deadline's is (decision 625).
    expect(datedOn("The manager said on Friday the match is on Monday.", "match", "2026-09-02")).toEqual([
      "2026-08-28",
      "2026-08-31",
    ]);
  });
});

describe("a review of decision 545", () => {
  it("reads the age of a surname that is also a club's name, where only a person's aside goes on", () => {
    expect(units("Fleetwood, 34, of Leeds, was jailed for six years.", "Fleetwood")).toEqual(["years", "years"]);
    expect(units("Lyon, 29, pleaded guilty to theft.", "Lyon")).toEqual(["years"]);
    expect(units("Derby, 50, was jailed for fraud.", "Derby")).toEqual(["years"]);
    expect(units("Blackburn, 45, who lives in Bury, denied the charge.", "Blackburn")).toEqual(["years"]);
    expect(units("Police named Fleetwood, 34, of Leeds, as the victim.", "Fleetwood")).toEqual(["years"]);
  });

  it("keeps a club's points where a club's aside may go on", () => {
    expect(units("Everton, 30, were relegated.", "Everton")).toEqual([null]);
    expect(units("Derby, 38, from League One, were promoted.", "Derby")).toEqual([null]);
    expect(units("Leicester, 40, and Derby, 38, who were promoted last year, lost.", "Leicester")).toEqual([
      null,
      null,
    ]);
  });

  it("reads no ages in a list of three clubs off the list before 'who'", () => {
    const table = "Mansfield, 40, Stevenage, 38, and Gillingham, 36, who were all promoted, lost.";
    expect(units(table, "Mansfield")).toEqual([null, null, null]);
    expect(units("Smith, 34, Jones, 28, and Brown, 51, pleaded guilty.", "Smith")).toEqual(["years", "years", "years"]);
  });

  it("keeps a range of round numbers after 'phone' or 'call'", () => {
    expect(counted("Volunteers will phone 500-1000 voters a day.", "Volunteers")).toEqual(["500", "1000 voters a day"]);
    expect(counted("Staff will call 200-3000 households this week.", "Staff")).toEqual(["200", "3000 households"]);
    expect(allCounted("Call 555-0100 for details.")).toEqual([]);
  });

  it("keeps a golf card's figures after '+', where no country code stands", () => {
    expect(counted("McIlroy +10 68 70 71 69", "McIlroy")).toEqual(["10", "68", "70", "71", "69"]);
    expect(counted("Scheffler +3 66 67 68 69", "Scheffler")).toEqual(["3", "66", "67", "68", "69"]);
    expect(allCounted("Call +7 495 123 45 67 or +33 1 23 45 67 89 now.")).toEqual([]);
  });
});
