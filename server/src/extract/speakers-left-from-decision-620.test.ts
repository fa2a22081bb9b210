import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 620 (decision 660). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("a place's name and its kind takes no 'the' (decision 660)", () => {
  it("names Harvard University, Kent Police and Leeds City Council without 'the'", () => {
    const harvard = quoting("According to the Harvard University, rents rose 12%.", "rents rose");
    expect(harvard.text).toBe("According to Harvard University, rents rose 12%");
    expect(quoting("Harvard University said rents rose 12%.", "rents rose").text).toBe(
      "According to Harvard University, rents rose 12%",
    );
    expect(quoting("Kent Police said 40 people were arrested.", "40 people").text).toBe(
      "According to Kent Police, 40 people were arrested",
    );
    expect(quoting("Leeds City Council said rents rose 12%.", "rents rose").text).toBe(
      "According to Leeds City Council, rents rose 12%",
    );
  });
  it("near-misses: a described body and a body 'of' a place keep their 'the'", () => {
    expect(quoting("The Open University said rents rose 12%.", "rents rose").text).toBe(
      "According to the Open University, rents rose 12%",
    );
    expect(quoting("The City Council said 40 homes were empty.", "40 homes").text).toBe(
      "According to the City Council, 40 homes were empty",
    );
    expect(quoting("The University of Leeds said rents rose 12%.", "rents rose").text).toBe(
      "According to the University of Leeds, rents rose 12%",
    );
    expect(quoting("Harvard University's report said rents rose 12%.", "rents rose").text).toBe(
      "According to Harvard University's report, rents rose 12%",
    );
  });
});

describe("a document in its owner's possessive (decision 660)", () => {
  it("types the Guardian's analysis and Ofgem's research bodies", () => {
    const guardian = quoting("The Guardian's analysis found rents rose 12%.", "rents rose");
    expect(guardian.text).toBe("According to the Guardian's analysis, rents rose 12%");
    expect(guardian.claimant).toMatchObject({ name: "Guardian's analysis", type: "organization" });
    const bbc = quoting("The BBC's research found rents rose 12%.", "rents rose");
    expect(bbc.claimant).toMatchObject({ name: "BBC's research", type: "organization" });
    const ofgem = quoting("Ofgem's analysis found bills rose 12%.", "bills rose");
    expect(ofgem.claimant).toMatchObject({ name: "Ofgem's analysis", type: "organization" });
  });
  it("near-misses: an owner's analyst is a person, the Guardian's report a body as before", () => {
    const analyst = quoting("The Guardian's analyst said rents rose 12%.", "rents rose");
    expect(analyst.claimant).toMatchObject({ type: "person" });
    const report = quoting("The Guardian's report said rents rose 12%.", "rents rose");
    expect(report.claimant).toMatchObject({ name: "Guardian's report", type: "organization" });
  });
});

describe("a named day in a document's origin aside (decision 660)", () => {
  it("reads 'from Christmas Eve' and 'from Boxing Day' as dates, not whose the report is", () => {
    const eve = quoting("The report, from Christmas Eve, said rents rose 12%.", "rents rose");
    expect(eve.text).toBe("According to the report, rents rose 12%");
    expect(eve.claimant).toMatchObject({ name: "report", type: "organization" });
    expect(quoting("The survey, from Boxing Day, said rents rose 12%.", "rents rose").text).toBe(
      "According to the survey, rents rose 12%",
    );
  });
  it("near-misses: a body's name and a month read as before", () => {
    expect(quoting("The report, from the Resolution Foundation, said rents rose 12%.", "rents rose").text).toBe(
      "According to the report from the Resolution Foundation, rents rose 12%",
    );
    expect(quoting("The report, from March, said rents rose 12%.", "rents rose").text).toBe(
      "According to the report, rents rose 12%",
    );
  });
});

describe("a place's kind after a listener's place (decision 660)", () => {
  it("leaves 'at Leeds station' out of what the witness said", () => {
    const lost = quoting("A man told officers at Leeds station he had lost £200.", "had lost");
    expect(lost.quote).toBe("he had lost £200");
    expect(lost.text).toBe("The man said he had lost £200");
    const saw = quoting("The woman told detectives at Leeds police station that she saw 3 men.", "saw 3 men");
    expect(saw.text).toBe("The woman said she saw 3 men");
  });
  it("near-misses: 'court documents' after a place, and a place alone, read as before", () => {
    const court = quoting("Smith told reporters at Westminster court documents showed 40 errors.", "40 errors");
    expect(court.text).toBe("According to Smith, court documents showed 40 errors");
    const iowa = quoting("Smith told voters in Iowa the economy grew 2%.", "economy grew");
    expect(iowa.text).toBe("According to Smith, the economy grew 2%");
  });
});

describe("a relative clause with a prepositional aside of its own (decision 660)", () => {
  it("gives 'Smith, who lives, in the main, in Leeds, said' to Smith", () => {
    const smith = quoting("Smith, who lives, in the main, in Leeds, said the rise would cost £40m.", "£40m");
    expect(smith.text).toBe("According to Smith, the rise would cost £40m");
    expect(smith.claimant).toMatchObject({ name: "Smith", type: "person" });
    const firm = quoting("The firm, which trades, for the most part, in Europe, said sales rose 4%.", "sales rose");
    expect(firm.text).toBe("According to the firm, sales rose 4%");
  });
  it("near-misses: two asides with no relative clause, and one relative clause, read as before", () => {
    const asides = quoting("Smith, in the main, in Leeds, said the rise would cost £40m.", "£40m");
    expect(asides.claimant).toMatchObject({ type: "article" });
    const lives = quoting("Smith, who lives in Leeds, said the rise would cost £40m.", "£40m");
    expect(lives.text).toBe("According to Smith, the rise would cost £40m");
  });
});

describe("near-misses of decision 660's rules", () => {
  it("keeps 'the' before a council, police or school named by what it does, not where it is", () => {
    expect(quoting("The Security Council said 40,000 people had fled.", "had fled").text).toBe(
      "According to the Security Council, 40,000 people had fled",
    );
    expect(quoting("The UN Security Council said 40,000 people had fled.", "had fled").text).toBe(
      "According to the UN Security Council, 40,000 people had fled",
    );
    expect(quoting("The Parish Council said the hall would cost £40,000.", "the hall").text).toBe(
      "According to the Parish Council, the hall would cost £40,000",
    );
    expect(quoting("The Arts Council said funding fell 30% in real terms.", "funding fell").text).toBe(
      "According to the Arts Council, funding fell 30% in real terms",
    );
    expect(quoting("The Grammar School said 98% of pupils passed.", "pupils passed").text).toBe(
      "According to the Grammar School, 98% of pupils passed",
    );
  });
  it("keeps 'the' after a nationality or a party's control as the first word", () => {
    expect(quoting("The Norwegian Refugee Council said 2 million people had fled.", "had fled").text).toBe(
      "According to the Norwegian Refugee Council, 2 million people had fled",
    );
    expect(quoting("The Labour-run City Council said it had saved £4m.", "saved £4m").text).toBe(
      "The Labour-run City Council said it had saved £4m",
    );
  });
  it("reads a paper's name joined by 'on' or 'and' as whose the poll is, not a day", () => {
    expect(quoting("The poll, from the Mail on Sunday, found Labour led by 4 points.", "Labour led").text).toBe(
      "According to the poll from the Mail on Sunday, Labour led by 4 points",
    );
    expect(quoting("The poll, from Scotland on Sunday, found 52% backed independence.", "backed").text).toBe(
      "According to the poll from Scotland on Sunday, 52% backed independence",
    );
    expect(quoting("The survey, from Adam and Eve, found 40% of adverts were ignored.", "adverts").text).toBe(
      "According to the survey from Adam and Eve, 40% of adverts were ignored",
    );
  });
});
