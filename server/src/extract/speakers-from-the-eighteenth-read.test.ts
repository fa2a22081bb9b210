import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers left from the eighteenth read of news copy (decision 425), mended in decision 440. The
 * articles are in tests/fixtures/newsroom-read-425; the other texts are written for these tests.
 */
const { quoting } = claimsOn("2026-11-27");

describe("the outlet's own hedge after a source's claim", () => {
  const AUCTION =
    "Two people familiar with the matter said the winning bid was placed on behalf of an Asian collector, but Reuters could not independently confirm that.";

  it("gives the hedge to the article and flags the sources' claim unconfirmed", () => {
    const hedge = quoting(AUCTION, "Reuters could not");
    expect(hedge.claimant.type).toBe("article");
    expect(hedge.text).toBe("Reuters could not independently confirm that");
    expect(hedge.flags).not.toContain("unnamed_source");
    const bid = quoting(AUCTION, "winning bid");
    expect(bid.claimant.type).toBe("unnamed_sources");
    expect(bid.flags).toContain("unconfirmed");
  });

  it("does so for other outlets and other hedges", () => {
    const russia = "Russia said it had destroyed 30 drones, but the BBC could not verify the figure.";
    expect(quoting(russia, "the BBC could not").claimant.type).toBe("article");
    expect(quoting(russia, "30 drones").flags).toContain("unconfirmed");
    const ap =
      "Officials said 40 people had died, but The Associated Press was unable to independently verify the toll.";
    expect(quoting(ap, "Associated Press").claimant.type).toBe("article");
  });

  it("leaves a hedge whose subject is a pronoun to the speaker", () => {
    const police = "Police said a man had been arrested, but they could not confirm his name.";
    expect(quoting(police, "could not confirm").claimant.name).toBe("police");
  });

  it("leaves a clause that states the source's own finding to the source", () => {
    const audit = "The auditors said sales rose 4%, but the company's books could not be reconciled.";
    expect(quoting(audit, "books").claimant.type).not.toBe("article");
  });

  it("leaves a hedge that is its own sentence as it was", () => {
    const apart = "Officials said 40 people died. Reuters could not independently confirm that.";
    expect(quoting(apart, "Reuters could not").claimant.type).toBe("article");
    expect(quoting(apart, "40 people").flags).toContain("unconfirmed");
  });
});

describe("the sentence's capital inside a source's wording", () => {
  it("lowers a police or rescue opener that is no name", () => {
    const search =
      "Specialist search teams and the force's drone unit were deployed to Alexandra Park on Wednesday night, a GMP spokesperson confirmed.";
    expect(quoting(search, "Specialist search").text).toBe(
      "According to the GMP spokesperson, specialist search teams and the force's drone unit were deployed to Alexandra Park on Wednesday night",
    );
    expect(quoting("Armed officers were called to 12 homes, a police spokesman said.", "Armed").text).toBe(
      "According to the police spokesman, armed officers were called to 12 homes",
    );
  });

  it("keeps the capital of a rank before a name and of a name", () => {
    expect(quoting("Specialist Jane Doe, 24, died in the blast, the Army said.", "Jane Doe").text).toContain(
      "Specialist Jane Doe",
    );
    expect(quoting("Armed Forces Day drew 40,000 people, the council said.", "Armed Forces").text).toContain(
      "Armed Forces Day",
    );
  });
});

describe("two companies named together", () => {
  it("adds no 'the' before two companies' own names", () => {
    const outage =
      "Delta Air Lines and United Airlines said their check-in and boarding systems were affected, and the Federal Aviation Administration briefly halted departures for the two carriers at several hubs.";
    expect(quoting(outage, "check-in").text).toBe(
      "Delta Air Lines and United Airlines said their check-in and boarding systems were affected",
    );
  });

  it("keeps 'the' where a body named with 'and' takes it", () => {
    for (const body of [
      "Department of Health and Social Care",
      "Food and Drug Administration",
      "Securities and Exchange Commission",
      "Bank of England and Treasury",
      "Justice Department and FBI",
    ])
      expect(quoting(`${body} said 400 staff were affected.`, "400 staff").text).toBe(
        `According to the ${body}, 400 staff were affected`,
      );
  });
});

describe("a group of people of a list of names", () => {
  it("gives the claim to the customers of every bank in the list", () => {
    const outage =
      "In the U.K., customers of Lloyds, Halifax and Bank of Scotland said they could not log in to their apps.";
    const c = quoting(outage, "log in");
    expect(c.claimant.name).toBe("customers of Lloyds, Halifax and Bank of Scotland");
    expect(c.claimant.type).toBe("unnamed_sources");
    const some = quoting("Some customers of Lloyds, Halifax and NatWest said they could not log in.", "log in");
    expect(some.claimant.name).toBe("some customers of Lloyds, Halifax and NatWest");
  });

  it("reads customers alone as unnamed sources", () => {
    expect(quoting("Customers said they could not log in.", "log in").claimant.type).toBe("unnamed_sources");
  });

  it("leaves a list of names and a list after a noun of things as they were", () => {
    expect(quoting("Shares of Lloyds, Halifax and NatWest fell 4%, traders said.", "Shares").claimant.name).toBe(
      "traders",
    );
    expect(
      quoting("Lloyds, NatWest and Barclays said 40,000 customers could not log in.", "40,000").claimant.type,
    ).not.toBe("unnamed_sources");
  });
});

describe("counter-examples from a review", () => {
  it("leaves a hedge with its own speech tag to that tag's speaker", () => {
    const mother = "The mother said her son was bullied, but the school could not confirm any incidents, she said.";
    expect(quoting(mother, "the school could not").claimant.type).not.toBe("article");
    const officials =
      "Officials said the suspect was a 24-year-old man, but police could not confirm his name, they said.";
    expect(quoting(officials, "police could not").claimant.type).not.toBe("article");
    const report =
      "The minister said the figures were accurate, but officials could not verify them, according to the report.";
    expect(quoting(report, "officials could not").claimant.type).not.toBe("article");
  });

  it("still gives a hedge with a relative clause after it to the article", () => {
    const rising = "Officials said 40 died, but the BBC could not verify the figure, which officials said was rising.";
    expect(quoting(rising, "the BBC could not").claimant.type).toBe("article");
  });

  it("leaves a passive 'could not be confirmed' without 'independently' to the speaker", () => {
    const talks = "The spokesman said the talks would resume, but the date could not be confirmed.";
    expect(quoting(talks, "the date").claimant.name).toBe("spokesman");
    const crash = "Sources said the plane had crashed, but the cause could not be independently confirmed.";
    expect(quoting(crash, "the cause").claimant.type).toBe("article");
  });

  it("leaves a test's or a record's failure to confirm to the speaker who reports it", () => {
    const hospital = "The hospital said the patient was stable, but tests could not confirm the cause of his illness.";
    expect(quoting(hospital, "tests could not").claimant.name).toBe("hospital");
    const contractor =
      "The council said the bins would be collected on Monday, but the contractor could not confirm when.";
    expect(quoting(contractor, "the contractor").claimant.type).toBe("article");
  });
});
