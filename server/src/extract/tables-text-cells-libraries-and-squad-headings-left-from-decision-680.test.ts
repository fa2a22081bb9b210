import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

// Decision 715: a table's cell of words worded after its column's name with a colon, a parliament's
// library or house named as a source worded with "the", and a squad's or a club's column headings
// over rows of words, left by decision 680 and decision 675's review.

const { claims } = claimsOn("2026-05-10");
const texts = (body: string): string[] => claims(body).map((c) => c.text);
const LEAD = "The squad for Saturday was named on Friday.";
const RATES = ["Region\tRate\tChange", "North East\t6.1%\t+0.3", "London\t5.2%\t-0.1"];
const rates = (source: string): string[] => texts([...RATES, source].join("\n"));
const afterLead = (...rows: string[]): string[] => texts([LEAD, "", ...rows].join("\n"));

describe("a cell of words under its column's name", () => {
  it("parts a name and a cell of words with a colon in a tabbed table", () => {
    const got = texts(["Name\tRole\tTeam", "Jo Smith\tCaptain\tBath", "Ana Ruiz\tNext mayor\tLeeds"].join("\n"));
    expect(got).toContain("Jo Smith: Role: Captain; Team: Bath");
    expect(got).toContain("Ana Ruiz: Role: Next mayor; Team: Leeds");
  });

  it("parts them in a Markdown table", () => {
    const got = texts(
      ["| Name | Role |", "| --- | --- |", "| Ana Ruiz | Next mayor |", "| Tom Lee | Photo editor |"].join("\n"),
    );
    expect(got).toEqual(["Ana Ruiz: Role: Next mayor", "Tom Lee: Role: Photo editor"]);
  });

  it("parts only the cell of words in a row of figures and words", () => {
    const got = texts(["Year\tTurnout\tWinner", "2024\t59.8%\tLabour", "2019\t67.3%\tConservative"].join("\n"));
    expect(got).toContain("2024: Turnout 59.8%; Winner: Labour");
  });

  it("keeps a row of figures worded with spaces (near-miss)", () => {
    const got = texts(["City\tRate\tChange", "Leeds\t4.1%\t+0.2", "Hull\t3.8%\t-0.1"].join("\n"));
    expect(got).toEqual(["Leeds: Rate 4.1%; Change +0.2", "Hull: Rate 3.8%; Change -0.1"]);
  });

  it("keeps a figure under a name of words and a cell under a name in brackets (near-miss)", () => {
    const got = texts(["City\tRate (%)\tSeats", "Leeds\tn/a\t12", "Hull\tn/a\t9"].join("\n"));
    expect(got).toContain("Leeds: Rate (%) n/a; Seats 12");
  });
});

describe("a parliament's library or house as a table's source", () => {
  it("words 'Source: Commons Library' with 'the'", () => {
    expect(rates("Source: Commons Library")).toEqual([
      "According to the Commons Library, North East: Rate 6.1%; Change +0.3",
      "According to the Commons Library, London: Rate 5.2%; Change -0.1",
    ]);
  });

  it("words 'Lords Library' and 'Senedd' with 'the'", () => {
    expect(rates("Source: Lords Library")[0]).toBe(
      "According to the Lords Library, North East: Rate 6.1%; Change +0.3",
    );
    expect(rates("Source: Senedd")[0]).toBe("According to the Senedd, North East: Rate 6.1%; Change +0.3");
  });

  it("marks the library a body, not a person", () => {
    const got = claims([...RATES, "Source: Commons Library"].join("\n"));
    expect(got[0]!.claimant).toMatchObject({ name: "Commons Library", type: "organization" });
  });

  it("keeps the names that took 'the' already, and a local library crediting nothing (near-miss)", () => {
    expect(rates("Source: House of Commons Library")[0]).toBe(
      "According to the House of Commons Library, North East: Rate 6.1%; Change +0.3",
    );
    expect(rates("Source: Library of Congress")[0]).toBe(
      "According to the Library of Congress, North East: Rate 6.1%; Change +0.3",
    );
    expect(rates("Source: Local Library")).toContain("North East: Rate 6.1%; Change +0.3");
  });
});

describe("a squad's or a club's column headings over rows of words", () => {
  it("reads 'Player | Shirt | Position' over rows of words as a table", () => {
    const got = afterLead("Player | Shirt | Position", "Jo Smith | Home | Striker", "Ana Ruiz | Away | Defender");
    expect(got).toContain("Jo Smith: Shirt: Home; Position: Striker");
    expect(got).toContain("Ana Ruiz: Shirt: Away; Position: Defender");
  });

  it("reads 'Club | Manager | Sponsor' over rows of words as a table", () => {
    const got = afterLead("Club | Manager | Sponsor", "Bath | Jo Smith | Acme", "Leeds | Ana Ruiz | Zeta");
    expect(got).toContain("Bath: Manager: Jo Smith; Sponsor: Acme");
  });

  it("still drops a menu under the new headings (near-miss)", () => {
    const got = afterLead("Player | Age | Manager", "News | Sport | Weather", "Music | Film | Books");
    expect(got).toEqual(["The squad for Saturday was named on Friday"]);
  });

  it("still drops a site's menu of sections (near-miss)", () => {
    const got = afterLead("Home | News | Sport", "Weather | Travel | Business", "Music | Film | Books");
    expect(got).toEqual(["The squad for Saturday was named on Friday"]);
  });
});

describe("a parliament's library as a sentence's speaker", () => {
  it("words 'The Commons Library said …' with 'the'", () => {
    expect(texts("The Commons Library said spending on defence rose by 3% in 2025.")).toContain(
      "According to the Commons Library, spending on defence rose by 3% in 2025",
    );
  });

  it("keeps 'Senedd researchers' without 'the' (near-miss)", () => {
    expect(texts("Senedd researchers said the number of nurses rose by 4% last year.")).toContain(
      "According to Senedd researchers, the number of nurses rose by 4% last year",
    );
  });
});

describe("near-misses of decision 715's rules", () => {
  it("keeps a space after a column's name that ends with a preposition", () => {
    const signed = texts(["Player\tSigned from\tFee", "Jo Smith\tBath\t£5m", "Ana Ruiz\tLeeds\t£2m"].join("\n"));
    expect(signed).toContain("Jo Smith: Signed from Bath; Fee £5m");
    const held = texts(["Ward\tHeld by\tMajority", "Hyde Park\tLabour\t1,204", "Headingley\tGreen\t312"].join("\n"));
    expect(held).toContain("Hyde Park: Held by Labour; Majority 1,204");
    const born = texts(
      [
        "| Name | Born in | Age |",
        "| --- | --- | --- |",
        "| Jo Smith | Leeds | 34 |",
        "| Ana Ruiz | Madrid | 29 |",
      ].join("\n"),
    );
    expect(born).toContain("Jo Smith: Born in Leeds; Age 34");
  });

  it("drops a club site's menu under the new headings", () => {
    expect(afterLead("Club | Team | Manager", "Fixtures | Results | Tickets", "Shop | History | Contact")).toEqual([
      "The squad for Saturday was named on Friday",
    ]);
    expect(afterLead("Team | Manager | Coach", "Squad | Fixtures | Tickets", "Shop | Contact | About")).toEqual([
      "The squad for Saturday was named on Friday",
    ]);
    expect(afterLead("Player | Coach | Manager | Sponsor", "Sign up | Log in | Help | Contact")).toEqual([
      "The squad for Saturday was named on Friday",
    ]);
  });
});
