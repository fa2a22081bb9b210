import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers left from decisions 1095 and 1120 (decision 1130): an adverb on no speaker list after a
 * perfect's "has" ("Berg has always said …", "has consistently denied …"); a pronoun-like head
 * before a name and its saying without a time ("Everything Smith said the plan is untrue"); and a
 * field word before a role between commas without "the" ("Oliver Fane, research director at
 * Halden, said …"); and a past of four letters after an office and a name between commas ("The
 * Liberal Democrat leader, Ed Davey, used his two questions …"). The texts are written for these
 * tests.
 */

const { quoting } = claimsOn("2026-05-10");
const LEAD_SPEAKER = "Tom Reid said the plan would cost 40 jobs.";
const BERG = `Anna Berg ran the firm for 12 years.\n\n${LEAD_SPEAKER}`;
const GOOLD = `Rupert Goold directs the play.\n\n"It is far too long," Adrian Lester told me.`;

describe("an adverb on no speaker list in the perfect", () => {
  it("reads the speaker of 'has always said' and 'have always said'", () => {
    for (const [body, fragment, speaker] of [
      ["Berg had always said the plan would fail.", "would fail", "Berg"],
      ["Ministers have always said the plan would work.", "would work", "ministers"],
      ["Jane Hollis has always said the council would balance its books.", "balance", "Jane Hollis"],
      ["The mayor has always said the council would balance its books.", "balance", "mayor"],
    ]) {
      const c = quoting(body!, fragment!);
      // The reported clause alone, not the whole sentence.
      expect([c.quote.startsWith("the "), c.claimant.name], body).toEqual([true, speaker]);
    }
  });

  it("names the person after a surname's 'has always said' for the next 'he' or 'she'", () => {
    const body = `${GOOLD}\n\nGoold has always said the play needs air. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Rupert Goold");
  });

  it("names her after 'has consistently denied', 'has always denied' and 'has strongly denied'", () => {
    for (const adverb of ["consistently", "always", "strongly", "routinely", "vehemently"]) {
      const body = `${BERG}\n\nBerg has ${adverb} denied the claims. "They are false," she said.`;
      expect(quoting(body, "They are false").claimant.name, adverb).toBe("Anna Berg");
    }
  });
});

describe("a pronoun-like head before a name and its saying, without a time", () => {
  it("reads the sentence as the article's, naming no one", () => {
    for (const [body, fragment, head] of [
      ["Everything Smith said the plan is untrue.", "untrue", "Everything Smith said"],
      ["Nothing Jane Hollis said the figures are wrong.", "wrong", "Nothing Jane Hollis said"],
      ["Whatever Smith said the plan would cost, it will fail.", "fail", "Whatever Smith said"],
      [`${LEAD_SPEAKER} Everything Smith said the plan is untrue.`, "untrue", "Everything Smith said"],
    ]) {
      const c = quoting(body!, fragment!);
      expect([c.claimant.name, c.quote.startsWith(head!)], body).toEqual(["the article", true]);
    }
  });
});

describe("a field word before a role between commas, without 'the'", () => {
  it("reads the name before 'research director at Halden' as the speaker", () => {
    for (const [body, fragment, speaker] of [
      [
        "Oliver Fane, research director at Halden, said the poll showed Labour 4 points ahead.",
        "the poll",
        "Oliver Fane",
      ],
      ["Jane Hollis, policy director at the Resolution Foundation, said wages had risen 3%.", "wages", "Jane Hollis"],
      ["Tom Reid, finance director of Tesco, said sales rose 4%.", "sales", "Tom Reid"],
      ["Oliver Fane, senior research director at Halden, said the poll was wrong.", "the poll", "Oliver Fane"],
    ]) {
      const c = quoting(body!, fragment!);
      expect([c.quote.startsWith(fragment!), c.claimant.name], body).toEqual([true, speaker]);
    }
  });

  it("gives the next 'she' to the speaker so named", () => {
    const body = `${LEAD_SPEAKER}\n\nAmy Liu, policy director at Ofgem, said prices would rise. "It is a hard winter," she said.`;
    expect(quoting(body, "hard winter").claimant.name).toBe("Amy Liu");
  });
});

describe("a past of four letters after an office and a name between commas", () => {
  it("names the person after 'used', 'owed', 'eyed' and 'axed' for the next 'he' or 'she'", () => {
    for (const [post, speaker, verb, quotation] of [
      [
        "The Liberal Democrat leader, Ed Davey,",
        "Ed Davey",
        "used his two questions to ask about care.",
        "It is a scandal",
      ],
      ["The chancellor, Rachel Reeves,", "Rachel Reeves", "owed her job to the prime minister.", "I am grateful"],
      ["The Labour leader, Keir Starmer,", "Keir Starmer", "eyed the clock.", "Time is short"],
      ["The chief executive, Jane Hollis,", "Jane Hollis", "axed 200 jobs in March.", "It was hard"],
    ]) {
      const pronoun = speaker === "Rachel Reeves" || speaker === "Jane Hollis" ? "she" : "he";
      const body = `${LEAD_SPEAKER}\n\n${post} ${verb} "${quotation}," ${pronoun} said.`;
      expect(quoting(body, quotation!).claimant.name, body).toBe(speaker);
    }
  });
});

describe("near-misses of decision 1130's rules", () => {
  it("still names no one after a negation or a denying habit in the perfect", () => {
    for (const adverb of ["never", "rarely", "seldom"]) {
      const body = `${BERG}\n\nBerg has ${adverb} denied the claims. "They are false," she said.`;
      expect(quoting(body, "They are false").claimant.name, adverb).toBe("Tom Reid");
    }
  });

  it("still passes over a founder's surname whose perfect with a habit is no saying", () => {
    const body = `Walt Disney built the studio.\n\nBob Iger said the firm would grow.\n\nDisney has always cut jobs. "We must adapt," he said.`;
    expect(quoting(body, "We must adapt").claimant.name).toBe("Bob Iger");
  });

  it("still reads a habit that is no perfect as before", () => {
    const c = quoting("Berg always said the plan would fail.", "fail");
    expect(c.claimant.name).toBe("the article");
  });

  it("keeps a band or a show whose name opens with a head as the speaker", () => {
    for (const [body, speaker] of [
      ["Little Mix said the tour is over.", "Little Mix"],
      ["Everything Everything said the tour is over.", "Everything Everything"],
      ["Anything Goes said the show would close in June.", "Anything Goes"],
    ])
      expect(quoting(body!, "the ").claimant.name, body).toBe(speaker);
  });

  it("keeps the head before a time to decision 1095's reading and a lowercase head to no rule", () => {
    expect(quoting("Everything Smith said today is untrue.", "untrue").claimant.name).toBe("the article");
    expect(quoting("Smith said everything was fine.", "fine").claimant.name).toBe("Smith");
  });

  it("still gives the next 'he' to the speaker before after a club or a noun after 'used'", () => {
    for (const sentence of [
      "The leader, Leeds United, used three strikers.",
      "The dealer, Ed Davey, used cars are cheap.",
      "The Liberal Democrat leader, Ed Davey, aged 59, spoke first.",
    ]) {
      const body = `${LEAD_SPEAKER}\n\n${sentence} "It is a scandal," he said.`;
      expect(quoting(body, "scandal").claimant.name, sentence).toBe("Tom Reid");
    }
  });

  it("still reads no speaker through an owner, a capitalised title or a club before the role", () => {
    for (const [body, fragment] of [
      ["Halden, its research director, said the poll was wrong.", "poll"],
      ["Leeds United, club director, said the deal was done.", "deal"],
      ["Oliver Fane, research and policy director at Halden, said the poll was wrong.", "poll"],
    ])
      expect(quoting(body!, fragment!).claimant.name, body).toBe("the article");
  });
});
