import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers and the wording that names them, left by decisions 770 and 800 (decision 820). The
 * texts are written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");

describe("a later 'the regulator' after a person named with that post (decision 820)", () => {
  it("gives the later claim to the person, typed a person", () => {
    const jane = "Jane Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close.";
    expect(quoting(jane, "12 offices").claimant).toMatchObject({ name: "Jane Holcroft", type: "person" });
    const mr = "Mr Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close.";
    expect(quoting(mr, "12 offices").claimant).toMatchObject({ name: "Holcroft", type: "person", title: "Mr" });
    const full =
      "Jane Holcroft took the post in May. Holcroft, the regulator, cut 40 jobs. The regulator said 12 offices would close.";
    expect(quoting(full, "12 offices").claimant).toMatchObject({ name: "Jane Holcroft", type: "person" });
  });
  it("near-misses: a body, a former post and a trade before a name read as before", () => {
    const ofwat = "Ofwat, the water regulator, fined Thames Water. The regulator said 12 offices would close.";
    expect(quoting(ofwat, "12 offices").claimant).toMatchObject({ name: "Ofwat", type: "organization" });
    const bare = "Ofwat, the regulator, said 40 jobs would go. The regulator said 12 offices would close.";
    expect(quoting(bare, "12 offices").claimant).toMatchObject({ name: "Ofwat", type: "organization" });
    const one = "Harwell, the operator, cut 40 trains. The operator said 12 stations would close.";
    expect(quoting(one, "12 stations").claimant).toMatchObject({ name: "Harwell", type: "organization" });
    const former =
      "Hector Lomax, the former regulator, said 40 banks were weak. The regulator said 12 had failed stress tests.";
    expect(quoting(former, "12 had").claimant.name).toBe("regulator");
    const trade =
      "Banking regulator Andrea Pell said 12 banks were at risk. The regulator said capital rules would tighten.";
    expect(quoting(trade, "capital rules").claimant.name).toBe("regulator");
  });
  it("near-misses: another's post and a pair's read as before", () => {
    const chief = "Ann Reyes, the carrier's chief, said 40 flights were cut. The carrier said 12 routes would end.";
    expect(quoting(chief, "12 routes").claimant.name).toBe("carrier");
    const pair = "Ann Reyes and Tom Hale, the regulator, said 40 firms were fined. The regulator said 12 had appealed.";
    expect(quoting(pair, "12 had").claimant.name).toBe("regulator");
  });
});

describe("a time that opens the sentence is no speaker (decision 820)", () => {
  it("gives 'Tonight, a spokeswoman said' to the spokeswoman", () => {
    for (const time of ["Tonight", "Today", "Yesterday", "Earlier", "Meanwhile"]) {
      expect(quoting(`${time}, a spokeswoman said 40 staff would go.`, "40 staff").text).toBe(
        "According to the spokeswoman, 40 staff would go",
      );
    }
  });
  it("takes a time written with no comma off the speaker's name", () => {
    for (const time of ["Tonight", "Today", "Yesterday", "Last night", "This morning", "Earlier today"]) {
      expect(quoting(`${time} a spokeswoman said 40 staff would go.`, "40 staff").text).toBe(
        "According to the spokeswoman, 40 staff would go",
      );
    }
    expect(quoting("Yesterday the company said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "company",
      type: "organization",
    });
    expect(quoting("Last night Mr Holcroft said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Holcroft",
      title: "Mr",
    });
    expect(quoting("Tonight Holcroft said 40 staff would go.", "40 staff").claimant.name).toBe("Holcroft");
  });
  it("near-misses: a name before the description, and a programme named by its day, read as before", () => {
    expect(quoting("Kelly, a spokeswoman said 40 staff would go.", "40 staff").claimant.name).toBe("Kelly");
    expect(quoting("Paul Renshaw, a spokesman for the firm said 40 staff would go.", "40 staff").claimant.name).toBe(
      "Paul Renshaw",
    );
    expect(quoting("Tonight Show host Jimmy Farrow said 40 staff would go.", "40 staff").claimant).toMatchObject({
      name: "Jimmy Farrow",
      title: "Tonight Show host",
    });
    expect(quoting("Last week a spokeswoman said 40 staff would go.", "40 staff").text).toBe(
      "According to the spokeswoman, 40 staff would go",
    );
    // A surname that is a common word too.
    expect(quoting("Young, a spokesman for the club said 12 players were injured.", "12 players").claimant.name).toBe(
      "Young",
    );
    expect(quoting("Last Night of the Proms organisers said 40,000 tickets were sold.", "40,000").text).toBe(
      "According to Last Night of the Proms organisers, 40,000 tickets were sold",
    );
  });
});

describe("a college's possessive, and its team (decision 820)", () => {
  it("reads the Royal College of Nursing's survey as the body's, worded with 'the'", () => {
    const survey = quoting("The Royal College of Nursing's survey found 40% of nurses had quit.", "40%");
    expect(survey.text).toBe("According to the Royal College of Nursing's survey, 40% of nurses had quit");
    expect(survey.claimant.type).toBe("organization");
    const arts = quoting("The Royal Academy of Arts's report found 40% of galleries had shut.", "40%");
    expect(arts.claimant.type).toBe("organization");
  });
  it("gives a later 'the College' to the college, not to its team", () => {
    const eagles = "Boston College Eagles lost 40-12 on Saturday. The College said 12 players were hurt.";
    expect(quoting(eagles, "12 players").text).toBe("According to Boston College, 12 players were hurt");
  });
  it("near-misses: a person of the body, a member named before 'of' and a college's city read as before", () => {
    const cullen = quoting("Royal College of Nursing's Pat Renwick said 40 wards were unsafe.", "40 wards");
    expect(cullen.claimant.type).toBe("person");
    const renwick = quoting(
      "Royal College of Nursing General Secretary Pat Renwick's report found 40% of nurses had quit.",
      "40%",
    );
    expect(renwick.claimant.type).toBe("person");
    const member = quoting("Professor Jane Orme of the Royal College of Nursing said 40% of nurses had quit.", "40%");
    expect(member.claimant).toMatchObject({ type: "person", title: "Professor" });
    const dublin = "Trinity College Dublin has closed its halls. The College said 40 students had tested positive.";
    expect(quoting(dublin, "40 students").text).toBe(
      "According to Trinity College Dublin, 40 students had tested positive",
    );
  });
});

describe("a listener's gerund subject and a present after 'who' (decision 820)", () => {
  it("leaves the listener out of a gerund subject with its own phrase", () => {
    expect(quoting("The minister told staff housing for key workers would be a priority.", "housing").text).toBe(
      "According to the minister, housing for key workers would be a priority",
    );
    expect(quoting("The minister told staff spending on training would rise by 2%.", "2%").text).toBe(
      "According to the minister, spending on training would rise by 2%",
    );
  });
  it("reads a present verb after 'who' and the place after it as the listener's", () => {
    expect(quoting("Smith told residents who live near the plant the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
    expect(quoting("Smith told workers who work at the depot the smell would go.", "smell").text).toBe(
      "According to Smith, the smell would go",
    );
  });
  it("near-misses: a participle's longer phrase and a clause with no place keep the listener whole", () => {
    expect(quoting("The guard told fans waiting for the bus the match was off.", "match").text).toBe(
      "According to the guard, fans waiting for the bus the match was off",
    );
    expect(quoting("The boss told staff working on contracts would be paid less.", "paid less").text).toBe(
      "According to the boss, staff working on contracts would be paid less",
    );
    expect(quoting("Smith told residents who live nearby the smell would go.", "smell").text).toBe(
      "According to Smith, residents who live nearby the smell would go",
    );
    expect(quoting("Smith told residents living near the site the plant would close.", "plant").text).toBe(
      "According to Smith, the plant would close",
    );
  });
});

describe("near-misses of decision 820's rules", () => {
  it("a body named by a region's or a service's word beside 'the operator' is no person in the post", () => {
    for (const [written, kind] of [
      ["Northern Rail", "operator"],
      ["Great Western", "operator"],
      ["Southern Water", "regulator"],
      ["Thames Water", "carrier"],
    ]) {
      const text = `${written}, the ${kind}, cut 40 services. The ${kind} said 12 stations would close.`;
      expect(quoting(text, "12 stations").claimant.type).toBe("organization");
    }
  });
  it("a day before a second speaker after 'and' is no part of the speaker, so the first does not take the claim", () => {
    const text = "Today the council said 40 staff would go, and yesterday a union said 12 more would follow.";
    expect(quoting(text, "40 staff").claimant.name).toBe("council");
    expect(quoting(text, "12 more").text).toBe("According to the union, 12 more would follow");
  });
});
