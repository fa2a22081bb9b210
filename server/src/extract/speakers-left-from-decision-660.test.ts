import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 660 (decision 700). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("a capitalised name ending in College, Academy or Constabulary is a body (decision 700)", () => {
  it("types the Royal Academy, the Royal College and Eton College as bodies", () => {
    const academy = quoting("The Royal Academy said rents rose 12%.", "rents rose");
    expect(academy.text).toBe("According to the Royal Academy, rents rose 12%");
    expect(academy.claimant).toMatchObject({ name: "Royal Academy", type: "organization" });
    expect(quoting("The National Academy said rents rose 12%.", "rents rose").text).toBe(
      "According to the National Academy, rents rose 12%",
    );
    expect(quoting("The Royal College said 40 nurses had quit.", "40 nurses").text).toBe(
      "According to the Royal College, 40 nurses had quit",
    );
    const eton = quoting("Eton College said 40 pupils were absent.", "40 pupils");
    expect(eton.text).toBe("According to Eton College, 40 pupils were absent");
    expect(eton.claimant).toMatchObject({ name: "Eton College", type: "organization" });
    expect(quoting("Dyfed-Powys Constabulary said 40 people were arrested.", "40 people").claimant.type).toBe(
      "organization",
    );
    expect(quoting("The Royal Academy's report said rents rose 12%.", "rents rose").text).toBe(
      "According to the Royal Academy's report, rents rose 12%",
    );
  });
  it("near-misses: a person's field in lowercase and names already read keep their readings", () => {
    const student = quoting("College student Amy Lee said rents rose 12%.", "rents rose");
    expect(student.claimant).toMatchObject({ name: "Amy Lee", type: "person", title: "college student" });
    expect(quoting("A college lecturer said 40 pupils were absent.", "40 pupils").claimant.type).toBe("person");
    const principal = quoting("Academy principal Jane Smith said 40 pupils were absent.", "40 pupils");
    expect(principal.claimant).toMatchObject({ name: "Jane Smith", type: "person" });
    expect(quoting("Imperial College said 40 pupils were absent.", "40 pupils").text).toBe(
      "According to Imperial College, 40 pupils were absent",
    );
    expect(quoting("Harvard University said rents rose 12%.", "rents rose").text).toBe(
      "According to Harvard University, rents rose 12%",
    );
  });
});

describe("a first word naming a body's field keeps the 'the' (decision 700)", () => {
  it("words the Dental, Postal and Technical bodies with 'the'", () => {
    expect(quoting("The Dental Council said 40 dentists had quit.", "40 dentists").text).toBe(
      "According to the Dental Council, 40 dentists had quit",
    );
    expect(quoting("The Postal Council said 40 offices had shut.", "40 offices").text).toBe(
      "According to the Postal Council, 40 offices had shut",
    );
    expect(quoting("The Professional Council said 40 members had quit.", "40 members").text).toBe(
      "According to the Professional Council, 40 members had quit",
    );
  });
  it("near-misses: a place's name and its kind still take none", () => {
    expect(quoting("Leeds City Council said 40 homes were empty.", "40 homes").text).toBe(
      "According to Leeds City Council, 40 homes were empty",
    );
    expect(quoting("Kent Police said 40 people were arrested.", "40 people").text).toBe(
      "According to Kent Police, 40 people were arrested",
    );
  });
});

describe("a body written after its kind is named alone (decision 700)", () => {
  it("names Aena and Northern alone, keeping the kind for the wording", () => {
    const aena = quoting("Airport operator Aena said passenger numbers rose 12%.", "passenger numbers");
    expect(aena.text).toBe("According to the airport operator Aena, passenger numbers rose 12%");
    expect(aena.claimant).toMatchObject({ name: "Aena", title: "airport operator", type: "organization" });
    const northern = quoting("Rail operator Northern said 40 trains were cancelled.", "40 trains");
    expect(northern.claimant).toMatchObject({ name: "Northern", type: "organization" });
  });
  it("near-misses: a person's trade and a later 'the operator' read as before", () => {
    const crane = quoting("Crane operator Mick News said the crane was 40m tall.", "the crane was");
    expect(crane.claimant).toMatchObject({ name: "Mick News", type: "person", title: "crane operator" });
    const later = quoting(
      "Rail operator Northern will run 140 fewer trains. The operator said 40 drivers had left.",
      "40 drivers",
    );
    expect(later.claimant).toMatchObject({ name: "Northern", type: "organization" });
  });
});

describe("a listener's lowercase place before a clause (decision 700)", () => {
  it("ends 'workers at the plant' where a clause's opener follows its noun", () => {
    expect(quoting("Smith told workers at the plant the factory would close.", "factory").text).toBe(
      "According to Smith, the factory would close",
    );
    expect(quoting("Smith told staff at the depot he had lost £200.", "£200").text).toBe("Smith said he had lost £200");
  });
  it("near-misses: no opener after the noun, or a comma, reads as before", () => {
    expect(quoting("Smith told workers at the plant fire crews had left.", "fire crews").text).toBe(
      "According to Smith, workers at the plant fire crews had left",
    );
    expect(quoting("Smith told voters in Iowa the economy grew 2%.", "economy").text).toBe(
      "According to Smith, the economy grew 2%",
    );
  });
});

describe("near-misses of decision 700's rules", () => {
  it("a place's or founder's name ending in -tal keeps no 'the'; a field's -mental still takes one", () => {
    expect(quoting("Coastal Carolina University said 40 students were hurt.", "40 students").text).toBe(
      "According to Coastal Carolina University, 40 students were hurt",
    );
    expect(quoting("Occidental College said 40 students were arrested.", "40 students").text).toBe(
      "According to Occidental College, 40 students were arrested",
    );
    expect(quoting("Capital City College said 300 jobs would go.", "300 jobs").text).toBe(
      "According to Capital City College, 300 jobs would go",
    );
    expect(quoting("Crystal Palace Academy said 40 boys had signed.", "40 boys").text).toBe(
      "According to Crystal Palace Academy, 40 boys had signed",
    );
    expect(quoting("The Environmental Council said 40 rivers were polluted.", "40 rivers").text).toBe(
      "According to the Environmental Council, 40 rivers were polluted",
    );
    expect(quoting("The Mental Health Council said 40% of patients waited a year.", "40%").text).toBe(
      "According to the Mental Health Council, 40% of patients waited a year",
    );
  });
  it("an honorific, a weekday or a label before College is no body's name", () => {
    expect(quoting("Mr College said 40 pupils were absent.", "40 pupils").claimant.type).toBe("person");
    expect(quoting("On Monday Eton College said fees would rise 20%.", "fees").claimant.name).toBe("Eton College");
    expect(quoting("Live: Eton College said fees would rise 20%.", "fees").text).toBe(
      "According to Live: Eton College, fees would rise 20%",
    );
  });
  it("a time after a listener's lowercase place is no start of what was said", () => {
    expect(quoting("Smith told workers at the plant a day earlier the factory would close.", "factory").quote).toBe(
      "workers at the plant a day earlier the factory would close",
    );
    expect(quoting("Smith told workers at the plant the day before the factory would close.", "factory").quote).toBe(
      "workers at the plant the day before the factory would close",
    );
    expect(quoting("Smith told reporters at the weekend the deficit was £40bn.", "deficit").quote).toBe(
      "the deficit was £40bn",
    );
  });
});
