import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decision 725 (decision 770). The texts are
 * written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("a body named with 'of' after College or Academy (decision 770)", () => {
  it("types the College of Policing and the Royal College of Nursing as bodies, worded with 'the'", () => {
    const policing = quoting("The College of Policing said 40 officers were hurt.", "40 officers");
    expect(policing.text).toBe("According to the College of Policing, 40 officers were hurt");
    expect(policing.claimant).toMatchObject({ name: "College of Policing", type: "organization" });
    const academy = quoting("The Academy of Medical Sciences said 40 trials had stopped.", "40 trials");
    expect(academy.text).toBe("According to the Academy of Medical Sciences, 40 trials had stopped");
    expect(academy.claimant.type).toBe("organization");
    const nursing = quoting("The Royal College of Nursing said 40 nurses quit.", "40 nurses");
    expect(nursing.text).toBe("According to the Royal College of Nursing, 40 nurses quit");
    expect(nursing.claimant.type).toBe("organization");
    const glasgow = "The Royal College of Physicians and Surgeons of Glasgow said 40 trials had stopped.";
    expect(quoting(glasgow, "40 trials").text).toBe(
      "According to the Royal College of Physicians and Surgeons of Glasgow, 40 trials had stopped",
    );
  });
  it("near-misses: a peer's or a bishop's title with 'of' is a person", () => {
    expect(quoting("The Duke of Sussex said 40 officers were hurt.", "40 officers").claimant.type).toBe("person");
    expect(quoting("The Bishop of London said 40 churches had shut.", "40 churches").claimant.type).toBe("person");
  });
});

describe("listeners news copy names that the listener list lacked (decision 770)", () => {
  it("drops fans, visitors and passengers from the wording as it drops workers", () => {
    expect(quoting("Smith told fans the club would be sold.", "club").text).toBe(
      "According to Smith, the club would be sold",
    );
    expect(quoting("Smith told visitors the museum would close.", "museum").text).toBe(
      "According to Smith, the museum would close",
    );
    expect(quoting("Smith told passengers the flight would be late.", "flight").text).toBe(
      "According to Smith, the flight would be late",
    );
    expect(quoting("Smith told fans at the ground the club would be sold.", "club").text).toBe(
      "According to Smith, the club would be sold",
    );
  });
  it("near-misses: shareholders and delegates read as before", () => {
    expect(quoting("Smith told shareholders profits rose 12%.", "profits").text).toBe(
      "According to Smith, profits rose 12%",
    );
    expect(quoting("Smith told delegates the party would win.", "party").text).toBe(
      "According to Smith, the party would win",
    );
  });
});

describe("a name ending in '+' keeps it (decision 770)", () => {
  it("names Canal+, Disney+ and Apple TV+ with their '+', as bodies", () => {
    const canal = quoting("Canal+ said 40 staff would go.", "40 staff");
    expect(canal.text).toBe("According to Canal+, 40 staff would go");
    expect(canal.claimant).toMatchObject({ name: "Canal+", type: "organization" });
    expect(quoting("Disney+ said it had 40 million subscribers.", "40 million").claimant).toMatchObject({
      name: "Disney+",
      type: "organization",
    });
    expect(quoting("Apple TV+ said it had 40 million subscribers.", "40 million").claimant).toMatchObject({
      name: "Apple TV+",
      type: "organization",
    });
    expect(quoting("French broadcaster Canal+ said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Canal+",
      type: "organization",
      title: "French broadcaster",
    });
  });
});

describe("a later kind after a body named by it (decision 770)", () => {
  it("gives 'the broadcaster', 'the airline' and 'the regulator' to the body the sentence before named", () => {
    const text = "French broadcaster Canal Plus will cut 40 jobs. The broadcaster said 12 shows would end.";
    expect(quoting(text, "12 shows").claimant).toMatchObject({ name: "Canal Plus", type: "organization" });
    const airline = "Irish airline Aer Lingus will cut 40 jobs. The airline said 12 routes would end.";
    expect(quoting(airline, "12 routes").claimant).toMatchObject({ name: "Aer Lingus", type: "organization" });
    const regulator = "British regulator Ofcom will fine the firm. The regulator said 12 complaints were upheld.";
    expect(quoting(regulator, "12 complaints").claimant).toMatchObject({ name: "Ofcom", type: "organization" });
  });
  it("near-misses: a broadcaster who is a person is left as written", () => {
    const byrne = "Irish broadcaster Gay Byrne has died. The broadcaster said 12 shows would end.";
    expect(quoting(byrne, "12 shows").claimant.name).toBe("broadcaster");
    const itv = "Broadcaster ITV will cut 40 jobs. The broadcaster said 12 shows would end.";
    expect(quoting(itv, "12 shows").claimant.name).toBe("ITV");
  });
});

describe("a college named so far with its city, and a wire style weekday (decision 770)", () => {
  it("gives 'the College' the college's whole name", () => {
    const text = "Trinity College Dublin has closed its halls. The College said 40 students had tested positive.";
    expect(quoting(text, "40 students").text).toBe(
      "According to Trinity College Dublin, 40 students had tested positive",
    );
    const nursing = "The Royal College of Nursing said 40 nurses quit. The College said 12 wards had shut.";
    expect(quoting(nursing, "12 wards").text).toBe("According to the Royal College of Nursing, 12 wards had shut");
    const policing = "The College of Policing said 40 officers were hurt. The College said 12 had returned.";
    expect(quoting(policing, "12 had").text).toBe("According to the College of Policing, 12 had returned");
  });
  it("keeps the weekday out of the body's name", () => {
    const boston = quoting("Boston College Monday said 40 students had tested positive.", "40 students");
    expect(boston.claimant).toMatchObject({ name: "Boston College", type: "organization" });
    expect(quoting("Acme Corp Tuesday said 40 staff would go.", "40 staff").text).toBe(
      "According to Acme Corp, 40 staff would go",
    );
    expect(quoting("Harvard University on Monday said 40 staff would go.", "40 staff").text).toBe(
      "According to Harvard University, 40 staff would go",
    );
  });
  it("near-misses: a person's name and a document's description keep a day's name", () => {
    expect(quoting("Joe Friday said 40 staff would go.", "40 staff").claimant.name).toBe("Joe Friday");
    // A document's day is when it came out: "figures released by the ministry on Monday".
    const figures = "Figures released by the ministry on Monday showed exports fell 3%.";
    expect(quoting(figures, "exports").claimant.name).toBe("figures released by the ministry on Monday");
  });
  it("near-misses: one college named alone, and a college's office, read as before", () => {
    const eton = "Eton College has closed its boarding houses. The College said 40 pupils had tested positive.";
    expect(quoting(eton, "40 pupils").text).toBe("According to Eton College, 40 pupils had tested positive");
    const chapel = "Eton College Chapel has closed. The College said 40 pupils had tested positive.";
    expect(quoting(chapel, "40 pupils").text).toBe("According to Eton College, 40 pupils had tested positive");
    const union = "Trinity College Dublin Students Union said 40 were ill. The College said 12 halls had shut.";
    expect(quoting(union, "12 halls").claimant.name).toBe("Trinity College");
    const two = "The College of Policing and Eton College said 40 were hurt. The College said 12 had returned.";
    expect(quoting(two, "12 had").text).toBe("According to the College, 12 had returned");
    expect(quoting("Eton College Principal Smith said 40 pupils were absent.", "40 pupils").claimant.type).toBe(
      "person",
    );
  });
});

describe("near-misses of decision 770's rules", () => {
  it("reads no office, day or event after a body's 'of' as its name", () => {
    const cullen =
      "The Royal College of Nursing General Secretary Pat Cullen said 40 wards were unsafe. The College said 12 trusts had been warned.";
    expect(quoting(cullen, "12 trusts").text).toBe("According to the Royal College, 12 trusts had been warned");
    const marsh =
      "The College of Policing Chief Executive Andy Marsh said 40 forces had adopted the code. The College said 3 had not.";
    expect(quoting(marsh, "3 had").text).toBe("According to the College, 3 had not");
    const letter =
      "A letter to the Royal College of Surgeons President Tim Mitchell said 40 surgeons were bullied. The College said 12 complaints were upheld.";
    expect(quoting(letter, "12 complaints").claimant.name).toBe("Royal College");
    const monday =
      "The Royal College of Nursing Monday said 40 wards were unsafe. The College said 12 trusts had been warned.";
    expect(quoting(monday, "12 trusts").claimant.name).toBe("Royal College");
    const show =
      "The Royal Academy of Arts Summer Exhibition drew 200,000 visitors. The Academy said 12 works were sold.";
    expect(quoting(show, "12 works").claimant.name).toBe("Royal Academy");
    const congress =
      "Nurses at the Royal College of Nursing Congress in Liverpool voted to strike. The College said 40,000 members took part.";
    expect(quoting(congress, "40,000 members").claimant.name).toBe("Royal College");
  });
  it("keeps a person named with a body's possessive a person", () => {
    const cullen = quoting("Royal College of Nursing's Pat Cullen said 40 wards were unsafe.", "40 wards");
    expect(cullen.claimant.type).toBe("person");
  });
  it("reads no team and no headline's 'In' after a college as its city", () => {
    const football =
      "Fans of Boston College Football said the season was a disaster. The College said ticket sales fell 12%.";
    expect(quoting(football, "ticket sales").text).toBe("According to Boston College, ticket sales fell 12%");
    const eton = "Smith joined Eton College In 1998. The College said 40 pupils had tested positive.";
    expect(quoting(eton, "40 pupils").claimant.name).toBe("Eton College");
  });
  it("leaves a possessive listener in what was told", () => {
    expect(quoting("Smith told fans' groups the club would be sold by the summer.", "club").text).toContain(
      "fans' groups",
    );
    expect(quoting("The headteacher told parents' evening 40 pupils had been sent home.", "40 pupils").text).toContain(
      "parents' evening",
    );
  });
  it("leaves 'the regulator' as written after a regulator who is a person", () => {
    const sants =
      "Former City regulator Hector Sants said banks had too little capital. The regulator said 12 banks had failed stress tests.";
    expect(quoting(sants, "12 banks").claimant.name).toBe("regulator");
    const enria =
      "Banking regulator Andrea Enria said 12 banks were at risk. The regulator said capital rules would tighten.";
    expect(quoting(enria, "capital rules").claimant.name).toBe("regulator");
  });
  it("keeps 'on Sunday' in a Sunday paper's name", () => {
    const paper = quoting("The Independent on Sunday said 40 MPs had claimed expenses.", "40 MPs");
    expect(paper.claimant.name).toBe("Independent on Sunday");
  });
});
