import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Speakers from the twenty-third read of news copy (decision 1065): a markets close report, a
 * public inquiry's evidence day, an exam results day, a marathon race report and a theatre review.
 * The articles are in tests/fixtures/newsroom-read-1065; the other texts are written for these
 * tests.
 */
const { quoting } = claimsOn("2026-11-30");

const LEAD = "Tom Reid said the plan would cost 40 jobs.";

describe("a verb of saying with where it was said before 'that'", () => {
  it("gives the speaker what was said outside the hearing", () => {
    const found = quoting("Kirsty Dunne said outside the hearing that the evidence had been hard.", "evidence");
    expect(found.claimant.name).toBe("Kirsty Dunne");
    expect(found.quote).toBe("the evidence had been hard");
  });

  it("gives her next quotation to her, after a 'whose' aside", () => {
    const body = `${LEAD}\n\nKirsty Dunne, whose son Alfie died in August 2022, said outside court that the evidence had been hard.\n\n"We were told nothing could have been done," she said.`;
    expect(quoting(body, "We were told").claimant.name).toBe("Kirsty Dunne");
  });

  it("keeps a medium and a place with no 'that' as they were", () => {
    // "in a statement" was read before; "outside investors" with no "that" is the clause's subject.
    expect(quoting("Kirsty Dunne said in a statement that the evidence had been hard.", "evidence").claimant.name).toBe(
      "Kirsty Dunne",
    );
    const found = quoting("The mayor said outside investors would fund 40% of the plan.", "40%");
    expect(found.claimant.name).toMatch(/mayor/);
    expect(found.quote).toBe("outside investors would fund 40% of the plan");
  });
});

describe("a person named with their post between commas", () => {
  it("names the subject before 'the …'s artistic director,'", () => {
    const body = `Adrian Lester said the play ran 40 minutes too long.\n\nRupert Goold, the National's incoming artistic director, has defended the length. "Chekhov needs air," he said.`;
    expect(quoting(body, "Chekhov needs air").claimant.name).toBe("Rupert Goold");
  });

  it("names no one where the aside holds no post", () => {
    // "the capital" and "the man who found it" are no posts: the "he" stays with the speaker before.
    const place = `${LEAD}\n\nNew Delhi, the capital, hosted 40 events. "It was a mistake," he said.`;
    expect(quoting(place, "It was a mistake").claimant.name).toBe("Tom Reid");
    const man = `${LEAD}\n\nSam Cole, the man who found it, has spoken. "It was a mistake," he said.`;
    expect(quoting(man, "It was a mistake").claimant.name).toBe("Tom Reid");
  });
});

describe("an office and its field before a name", () => {
  it("names the director of nursing between commas", () => {
    const body = `Sarah Kemp said the plan would cost 40 jobs.\n\nThe trust's former director of nursing, Angela Fairburn, is due to give evidence next week. In a written statement, she said she had asked for extra funding in 2021.`;
    expect(quoting(body, "extra funding").claimant.name).toBe("Angela Fairburn");
  });

  it("keeps a place's nickname before a name unread", () => {
    const body = `Sarah Kemp said the plan would cost 40 jobs.\n\nThe city of light, Paris, hosted 40 events. She said the plan was flawed.`;
    expect(quoting(body, "the plan was flawed").claimant.name).toBe("Sarah Kemp");
  });
});

describe("the twenty-third read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-1065/${name}`);

  // Before decision 1065: 53, 47, 50, 47 and 49. The inquiry's "said outside the hearing that"
  // splits the mother's sentence into her claim and the article's aside (48). Decision 1070 drops
  // page furniture: the markets box's heading and the disclaimer (51), the analysis label (47), the
  // byline with its job first and "Key figures" (48), the section path and the critics' round-up (45).
  const counts: [string, number][] = [
    ["1-markets-close-report.txt", 51],
    ["2-public-inquiry-evidence-day.txt", 47],
    ["3-exam-results-day.txt", 48],
    ["4-marathon-race-report.txt", 47],
    ["5-theatre-review.txt", 45],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(read(name)).toHaveLength(n);
  });

  it("gives the mother and the director of nursing their own words", () => {
    const found = read("2-public-inquiry-evidence-day.txt");
    expect(claimQuoting(found, "hard to sit through").claimant.name).toBe("Kirsty Dunne");
    expect(claimQuoting(found, "We were told at the time").claimant.name).toBe("Kirsty Dunne");
    expect(claimQuoting(found, "asked for extra funding").claimant.name).toBe("Angela Fairburn");
    expect(claimQuoting(found, "14 midwives per shift").claimant.name).toBe("Sarah Kemp");
  });

  it("keeps the market's figures", () => {
    const found = read("1-markets-close-report.txt");
    expect(claimQuoting(found, "rose 86.4 points").kind).toBe("statistic");
    expect(claimQuoting(found, "62% chance").claimant.name).toBe("LSEG data");
    expect(claimQuoting(found, "We have heard the same words").claimant.name).toBe("Neil Carver");
  });

  it("keeps the exam figures and their sources", () => {
    const found = read("3-exam-results-day.txt");
    expect(claimQuoting(found, "27.1% of entries").claimant.name).toMatch(/Joint Council for Qualifications/);
    expect(claimQuoting(found, "435,000 applicants").claimant.name).toBe("Ucas");
  });

  it("keeps the race's times", () => {
    const found = read("4-marathon-race-report.txt");
    expect(claimQuoting(found, "1 minute 36 seconds outside the course record").kind).toBe("statistic");
    expect(claimQuoting(found, "raised more than $29 million").claimant.name).toBe("Carey Pinkowski");
  });

  it("keeps the review's figures", () => {
    const found = read("5-theatre-review.txt");
    expect(claimQuoting(found, "£1.2 million").kind).toBe("statistic");
    expect(claimQuoting(found, "60,000 tickets").kind).toBe("statistic");
  });
});

describe("near-misses of decision 1065's rules", () => {
  it("keeps 'outside experts that it hired' whole", () => {
    // "outside" is the plural noun's adjective here, and "that" a relative word.
    expect(quoting("The firm said outside experts that it hired found no fault.", "no fault").quote).toBe(
      "outside experts that it hired found no fault",
    );
  });
});

describe("near-misses of decision 1065's rules (review)", () => {
  it("keeps 'outside advice that it sought' whole: the adjective and its noun, a relative 'that'", () => {
    // Texts written for the review. A bare noun bridges only as a place of AUDIENCES ("outside court").
    const advice = quoting("The firm said outside advice that it sought had cleared the deal.", "cleared the deal");
    expect(advice.claimant.name).toBe("the article");
    const money = quoting("The charity said outside money that came in last year totalled £2 million.", "£2 million");
    expect(money.claimant.name).toBe("the article");
    const court = quoting("Mr Hale said outside court that he would appeal against the £40,000 fine.", "£40,000");
    expect(court.quote).toBe("he would appeal against the £40,000 fine");
  });

  it("keeps a place's relative 'that' before its verb in the article's sentence", () => {
    const found = quoting("Officials said inside the perimeter that was sealed off no one had been hurt.", "no one");
    expect(found.claimant.name).toBe("the article");
  });

  it("names no one where the role in the aside follows a relative word", () => {
    const body = `${LEAD}\n\nThames Water, the utility whose chief executive quit, was fined £40 million. "It is a disgrace," he said.`;
    expect(quoting(body, "It is a disgrace").claimant.name).toBe("Tom Reid");
  });

  it("names no one where the office and its field follow a preposition", () => {
    const critics = `${LEAD}\n\nCritics of the minister of finance, Ana Reyes, have called for her to resign. "She misled us," he said.`;
    expect(quoting(critics, "She misled us").claimant.name).toBe("Tom Reid");
    const allies = `${LEAD}\n\nAllies of the secretary of state, Tom Hale, have rallied round. "He will survive," she said.`;
    expect(quoting(allies, "He will survive").claimant.name).toBe("Tom Reid");
  });
});
