import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Speakers left from decisions 1035 and 1075 (decision 1095): a pronoun-like head before a name
 * and its saying ("Everything Smith said today is untrue") is what was said, not a speaker; a
 * surname in the perfect with an adverb after "has" ("Goold has long defended …"); a surname the
 * article writes only after a courtesy title ("Mr Goold runs the theatre."); and a pollster and a
 * theatre named by one word ("Kantar", "the National") are bodies. The texts are written for
 * these tests.
 */

const { quoting } = claimsOn("2026-05-10");
const LEAD_SPEAKER = "Tom Reid said the plan would cost 40 jobs.";
const GOOLD = `Rupert Goold directs the play.\n\n"It is far too long," Adrian Lester told me.`;
const MR_GOOLD = `Mr Goold runs the theatre.\n\n"It is far too long," Adrian Lester told me.`;

describe("a pronoun-like head before a name and its saying", () => {
  it("reads everything a surname said today as the article's", () => {
    const c = quoting("Everything Smith said today is untrue.", "untrue");
    expect([c.quote, c.claimant.name]).toEqual(["Everything Smith said today is untrue", "the article"]);
  });

  it("reads nothing a full name said last week as the article's", () => {
    const c = quoting("Nothing Jane Hollis said last week was a surprise.", "surprise");
    expect([c.quote, c.claimant.name]).toEqual(["Nothing Jane Hollis said last week was a surprise", "the article"]);
  });

  it("reads much a surname said yesterday as the article's", () => {
    const c = quoting("Much Smith said yesterday was wrong.", "wrong");
    expect(c.claimant.name).toBe("the article");
  });
});

describe("a surname in the perfect with an adverb after 'has'", () => {
  it("names the director after 'has long defended'", () => {
    const body = `${GOOLD}\n\nGoold has long defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Rupert Goold");
  });

  it("names her after 'has repeatedly denied'", () => {
    const body = `Anna Berg ran the firm for 12 years.\n\n${LEAD_SPEAKER}\n\nBerg has repeatedly denied the claims. "They are false," she said.`;
    expect(quoting(body, "They are false").claimant.name).toBe("Anna Berg");
  });
});

describe("a surname the article writes only after a courtesy title", () => {
  it("names Mr Goold after 'Goold has defended'", () => {
    const body = `${MR_GOOLD}\n\nGoold has defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Goold");
  });

  it("names Ms Berg after 'Berg resigned'", () => {
    const body = `Ms Berg ran the firm for 12 years.\n\n${LEAD_SPEAKER}\n\nBerg resigned in March. "I had no choice," she said.`;
    expect(quoting(body, "I had no choice").claimant.name).toBe("Berg");
  });
});

describe("a body that shares the surname of someone named in full", () => {
  it("keeps the chief executive's words after the firm's possessive", () => {
    const body = `Walt Disney built the studio. Disney's shares fell 3% on Monday.\n\nBob Iger said the firm would grow.\n\nDisney has cut 7,000 jobs. "We must adapt," he said.`;
    expect(quoting(body, "We must adapt").claimant.name).toBe("Bob Iger");
  });

  it("keeps the chief executive's words after 'which'", () => {
    const body = `Walt Disney built the studio. Disney, which owns Pixar, is based in California.\n\nBob Iger said the firm would grow.\n\nDisney cut 7,000 jobs. "We must adapt," he said.`;
    expect(quoting(body, "We must adapt").claimant.name).toBe("Bob Iger");
  });
});

describe("a pollster and a theatre named by one word", () => {
  it("types Kantar a body", () => {
    expect(quoting("Kantar said Labour was 4 points ahead.", "4 points").claimant.type).toBe("organization");
  });

  it("types the National a body", () => {
    const c = quoting("The National said the play would run for 3 hours.", "3 hours");
    expect(c.claimant.type).toBe("organization");
  });
});

describe("near-misses of decision 1095's rules", () => {
  it("keeps a speaker whose time opens the clause", () => {
    const c = quoting("Smith said today is a good day for the town.", "good day");
    expect(c.claimant.name).toBe("Smith");
  });

  it("keeps a full name that opens the sentence before its saying", () => {
    const c = quoting("Jane Hollis said last week was the busiest of the year.", "busiest");
    expect(c.claimant.name).toBe("Jane Hollis");
  });

  it("names no one after a club in the perfect with an adverb", () => {
    const body = `${LEAD_SPEAKER}\n\nBrentford has also signed a striker. "It is a coup," he said.`;
    expect(quoting(body, "It is a coup").claimant.name).toBe("Tom Reid");
  });

  it("names no one after a surname the article never titles or names in full", () => {
    const body = `${LEAD_SPEAKER}\n\nGoold has defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Tom Reid");
  });

  it("names no one after a titled surname in the present", () => {
    const body = `${MR_GOOLD}\n\nGoold directs with a heavy hand. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Adrian Lester");
  });

  it("keeps a titled namesake of a body as no person in the perfect", () => {
    const body = `Mr Avanti of the RMT spoke.\n\n${LEAD_SPEAKER}\n\nAvanti has cut 40 trains. "It is a disgrace," he said.`;
    expect(quoting(body, "It is a disgrace").claimant.name).toBe("Tom Reid");
  });

  it("keeps a person whose surname is a theatre's word", () => {
    expect(quoting("Sarah Donmar said the theatre would reopen in May.", "reopen").claimant.name).toBe("Sarah Donmar");
  });

  it("keeps a person whose shares in a firm are written with his surname", () => {
    const body = `Elon Musk runs the carmaker. Musk's shares in the firm are worth $200bn.\n\n${LEAD_SPEAKER}\n\nMusk has sold 5% of his stake. "I had to," he said.`;
    expect(quoting(body, "I had to").claimant.name).toBe("Elon Musk");
  });

  it("keeps the founder when the article writes the surname as no body", () => {
    const body = `Walt Disney built the studio.\n\nBob Iger said the firm would grow.\n\nDisney had founded the studio in 1923. "It all started with a mouse," he said.`;
    expect(quoting(body, "It all started").claimant.name).toBe("Walt Disney");
  });
});

describe("near-misses of decision 1095's rules (review)", () => {
  it("keeps the people of a place whose name opens with 'Much' as the speakers", () => {
    const c = quoting("Much Wenlock residents said last month was the wettest they could remember.", "wettest");
    expect(c.claimant.name).toBe("Much Wenlock residents");
  });

  it("keeps the council of a place whose name opens with 'Much' as the speaker", () => {
    const c = quoting("Much Hadham council said last year was a record.", "record");
    expect(c.claimant.name).not.toBe("the article");
  });

  it("keeps the founder whose shares are worth a sum", () => {
    const body = `Elon Musk runs the carmaker.\n\nMusk's shares are worth $200bn.\n\nTom Reid said the firm was overvalued.\n\nMusk has sold 5% of his stake. "I had to," he said.`;
    expect(quoting(body, "I had to").claimant.name).toBe("Elon Musk");
  });

  it("keeps a candidate whose website is written with her surname", () => {
    const body = `Jane Smith is standing for mayor.\n\nSmith's website lists 10 pledges.\n\nTom Reid said the plan was costed.\n\nSmith has denied the claims. "They are false," she said.`;
    expect(quoting(body, "They are false").claimant.name).toBe("Jane Smith");
  });

  it("keeps a politician whose stock is written with his surname", () => {
    const body = `Boris Johnson spoke in London.\n\nJohnson's stock has fallen among MPs.\n\nRishi Sunak said the party was united.\n\nJohnson denied the claims. "They are lies," he said.`;
    expect(quoting(body, "They are lies").claimant.name).toBe("Boris Johnson");
  });

  it("keeps a rider named in full whose surname is a theatre's", () => {
    const body = `Joao Almeida won the stage.\n\nAlmeida said he had gained 30 seconds.`;
    expect(quoting(body, "30 seconds").claimant).toMatchObject({ name: "Joao Almeida", type: "person" });
  });

  it("keeps a researcher named in full whose surname is a pollster's", () => {
    const body = `Jane Kantar leads the research.\n\nKantar said the data showed a 5% fall.`;
    expect(quoting(body, "5% fall").claimant).toMatchObject({ name: "Jane Kantar", type: "person" });
  });

  it("keeps a titled author whose surname is a theatre's a person", () => {
    const body = `Dr Almeida, the lead author, spoke.\n\nAlmeida found the vaccine was 90% effective. "It works," she said.`;
    expect(quoting(body, "90% effective").claimant.type).toBe("person");
  });
});
