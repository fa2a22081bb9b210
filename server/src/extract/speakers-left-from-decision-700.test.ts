import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 700 (decision 725). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("'The College' and 'Trinity College Dublin' are bodies (decision 725)", () => {
  it("types a body's one-word kind after 'the' as a body, worded with its 'the'", () => {
    const college = quoting("The College said 40 pupils were absent.", "40 pupils");
    expect(college.text).toBe("According to the College, 40 pupils were absent");
    expect(college.claimant).toMatchObject({ name: "College", type: "organization" });
    const academy = quoting("The Academy said 40 boys had signed.", "40 boys");
    expect(academy.text).toBe("According to the Academy, 40 boys had signed");
    expect(academy.claimant.type).toBe("organization");
    expect(quoting("The University said 40 students were hurt.", "40 students").text).toBe(
      "According to the University, 40 students were hurt",
    );
  });
  it("types a kind followed by its place as a body, with no 'the'", () => {
    const trinity = quoting("Trinity College Dublin said 40 students were hurt.", "40 students");
    expect(trinity.text).toBe("According to Trinity College Dublin, 40 students were hurt");
    expect(trinity.claimant).toMatchObject({ name: "Trinity College Dublin", type: "organization" });
    expect(quoting("Imperial College London said 40 students were hurt.", "40 students").claimant.type).toBe(
      "organization",
    );
  });
  it("near-misses: no 'the', a role after the kind, or a name read before keep their readings", () => {
    expect(quoting("College said 40 pupils were absent.", "40 pupils").claimant.type).toBe("person");
    expect(quoting("Eton College Principal Smith said 40 pupils were absent.", "40 pupils").claimant.type).toBe(
      "person",
    );
    expect(quoting("The council said 40 homes were empty.", "40 homes").text).toBe(
      "According to the council, 40 homes were empty",
    );
    expect(quoting("University College London said 40 students were hurt.", "40 students").text).toBe(
      "According to University College London, 40 students were hurt",
    );
    expect(quoting("Eton College said 40 pupils were absent.", "40 pupils").text).toBe(
      "According to Eton College, 40 pupils were absent",
    );
  });
});

describe("a field's first word keeps the body's 'the' (decision 725)", () => {
  it("words the Football Academy and the Music School with 'the'", () => {
    expect(quoting("The Football Academy said 40 boys had signed.", "40 boys").text).toBe(
      "According to the Football Academy, 40 boys had signed",
    );
    expect(quoting("The Music School said 40 pupils had left.", "40 pupils").text).toBe(
      "According to the Music School, 40 pupils had left",
    );
  });
  it("near-misses: a town's school, a firm and a person take none", () => {
    expect(quoting("Rugby School said 40 pupils were absent.", "40 pupils").text).toBe(
      "According to Rugby School, 40 pupils were absent",
    );
    expect(quoting("Sky Sports said 40 matches would be shown.", "40 matches").text).toBe(
      "According to Sky Sports, 40 matches would be shown",
    );
    expect(quoting("Harvard University said rents rose 12%.", "rents rose").text).toBe(
      "According to Harvard University, rents rose 12%",
    );
  });
});

describe("a channel's name after 'broadcaster' is a body (decision 725)", () => {
  it("types Canal Plus and France Télévisions as bodies, their kind kept as the title", () => {
    const canal = quoting("French broadcaster Canal Plus said 40 staff would go.", "40 staff");
    expect(canal.claimant).toMatchObject({ name: "Canal Plus", type: "organization", title: "French broadcaster" });
    expect(canal.text).toBe("According to French broadcaster Canal Plus, 40 staff would go");
    expect(quoting("Broadcaster Canal Plus said 40 staff would go.", "40 staff").claimant.type).toBe("organization");
    expect(quoting("French broadcaster France Télévisions said 40 staff would go.", "40 staff").claimant.type).toBe(
      "organization",
    );
  });
  it("near-misses: a broadcaster who is a person keeps a person's reading", () => {
    const byrne = quoting("Irish broadcaster Gay Byrne said 40 staff would go.", "40 staff");
    expect(byrne.claimant).toMatchObject({ name: "Gay Byrne", type: "person", title: "Irish broadcaster" });
    expect(quoting("French broadcaster Anne Sinclair said 40 staff would go.", "40 staff").claimant.type).toBe(
      "person",
    );
    expect(quoting("Veteran broadcaster David Dimbleby said 40 staff would go.", "40 staff").claimant.type).toBe(
      "person",
    );
    expect(quoting("Mail carrier Joe Plus said 40 letters were lost.", "40 letters").claimant.type).toBe("person");
  });
});

describe("a listener's lowercase place of two words before a clause (decision 725)", () => {
  it("ends 'workers at the car plant' where a clause's opener follows", () => {
    expect(quoting("Smith told workers at the car plant the factory would close.", "factory").text).toBe(
      "According to Smith, the factory would close",
    );
    expect(quoting("Smith told staff at the bus depot he had lost £200.", "£200").text).toBe(
      "Smith said he had lost £200",
    );
  });
  it("near-misses: no opener, a comma or a time after the place read as before", () => {
    expect(quoting("Smith told workers at the car plant fire crews had left.", "fire crews").quote).toBe(
      "workers at the car plant fire crews had left",
    );
    expect(quoting("Smith told workers at the car plant, the factory would close.", "factory").quote).toBe(
      "Smith told workers at the car plant, the factory would close",
    );
    expect(quoting("Smith told workers at the car plant a day earlier the factory would close.", "factory").quote).toBe(
      "workers at the car plant a day earlier the factory would close",
    );
  });
});

describe("a relative clause after a listener's lowercase place (decision 725)", () => {
  it("keeps the listener where a second finite verb follows the clause's own", () => {
    expect(quoting("Smith told workers at the plant he visited the factory would close.", "factory").quote).toBe(
      "workers at the plant he visited the factory would close",
    );
    expect(quoting("Smith told workers at the plant the Germans bought 40 jobs would go.", "40 jobs").quote).toBe(
      "workers at the plant the Germans bought 40 jobs would go",
    );
  });
  it("near-misses: one verb, an auxiliary first, or a joined clause still drop the listener", () => {
    expect(quoting("Smith told staff at the depot he had lost £200.", "£200").text).toBe("Smith said he had lost £200");
    expect(quoting("Smith told workers at the plant the factory closed in 2020.", "factory").quote).toBe(
      "the factory closed in 2020",
    );
    expect(quoting("Smith told workers at the plant he feared the factory would close.", "factory").text).toBe(
      "Smith said he feared the factory would close",
    );
    expect(quoting("Smith told workers at the plant he visited the site and jobs would go.", "site").quote).toMatch(
      /^he visited the site/,
    );
  });
});

describe("near-misses of decision 725's rules", () => {
  it("an office-holder after College is no city", () => {
    expect(quoting("Eton College Principal said 40 pupils were absent.", "40 pupils").claimant.type).toBe("person");
  });
  it("a clause of its own after the first verb, or a verb of thinking, still drops the listener", () => {
    expect(quoting("Smith told staff at the depot he lost £200 when the bus broke down.", "£200").quote).toBe(
      "he lost £200 when the bus broke down",
    );
    expect(quoting("Smith told staff at the depot he lost £200 because the bus was late.", "£200").quote).toBe(
      "he lost £200 because the bus was late",
    );
    expect(quoting("Smith told workers at the plant he believed the factory would close.", "factory").quote).toBe(
      "he believed the factory would close",
    );
  });
  it("a person's title after a force's or an academy's name is no city", () => {
    expect(quoting("Durham Constabulary Inspector said 3 men were arrested.", "3 men").claimant.type).toBe("person");
    expect(quoting("Durham Constabulary Superintendent said 3 men were arrested.", "3 men").claimant.type).toBe(
      "person",
    );
    expect(quoting("Royal Academy Curator said 40 paintings were damaged.", "40 paintings").claimant.type).toBe(
      "person",
    );
  });
  it("'the College' after the one college the article has named is that college, as it was before", () => {
    const eton = quoting(
      "Eton College has closed its boarding houses. The College said 40 pupils had tested positive.",
      "40 pupils",
    );
    expect(eton.text).toBe("According to Eton College, 40 pupils had tested positive");
    expect(eton.claimant).toMatchObject({ name: "Eton College", type: "organization" });
    expect(
      quoting(
        "Durham Constabulary has arrested 3 men after the raid. The Constabulary said 2 had been released on bail.",
        "released",
      ).text,
    ).toBe("According to Durham Constabulary, 2 had been released on bail");
    // Two colleges named: which one is not in the words.
    expect(
      quoting(
        "Eton College and King's College Wimbledon played on Saturday. The College said 40 pupils had tested positive.",
        "40 pupils",
      ).text,
    ).toBe("According to the College, 40 pupils had tested positive");
  });
  it("a preposition after the place's noun is no second noun of it", () => {
    expect(quoting("Smith told workers at the plant up the road the factory would close.", "factory").quote).toBe(
      "workers at the plant up the road the factory would close",
    );
    expect(quoting("Smith told staff at the hospital over the summer the ward would close.", "ward").quote).toBe(
      "staff at the hospital over the summer the ward would close",
    );
    expect(quoting("Smith told workers at the plant via a video link the factory would close.", "factory").quote).toBe(
      "workers at the plant via a video link the factory would close",
    );
  });
  it("a relative clause inside what was said, or a verb of promising, still drops the listener", () => {
    expect(quoting("Smith told workers at the plant the council spent money it did not have.", "money").quote).toBe(
      "the council spent money it did not have",
    );
    expect(
      quoting("Smith told workers at the plant the firm won the contract the rivals wanted.", "contract").quote,
    ).toBe("the firm won the contract the rivals wanted");
    expect(
      quoting("Smith told workers at the plant the company paid £40m to settle claims workers brought.", "£40m").quote,
    ).toBe("the company paid £40m to settle claims workers brought");
    expect(quoting("Smith told workers at the plant the company promised the jobs would stay.", "jobs").quote).toBe(
      "the company promised the jobs would stay",
    );
  });
});
