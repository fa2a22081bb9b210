import { describe, expect, it } from "vitest";
import { claimQuoting, claimsOn, fixtureClaims } from "./claim-lookup.test-helper.ts";
import { quotes, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture, speakers and kinds left from the twenty-third read (decision 1070): a markets
 * box's heading, a review's critics' round-up, an investment disclaimer, an analysis box's label
 * with its writer, a section path and a "Key figures" heading. The articles are in
 * tests/fixtures/newsroom-read-1065; the other texts are written for these tests.
 */

describe("page furniture alone on its line", () => {
  it.each([
    ["a markets box's heading", "Market close"],
    ["a markets box's heading", "Markets at a glance"],
    ["a critics' round-up heading", "Our critics' verdict"],
    ["a paper's stars", "Evening Standard ★★☆☆☆"],
    ["a paper's stars", "The Stage ★★★★☆"],
    ["an investment disclaimer", "This article is for information only and is not investment advice."],
    ["a financial disclaimer", "This content does not constitute financial advice."],
    ["an analysis box's label", "Analysis: Tom Haldane, Health Correspondent"],
    ["a section path", "Culture | Theatre"],
    ["a section path", "News › UK › Politics"],
    ["a box's heading", "Key figures"],
    ["a byline with the job first", "Education editor Lucy Bramwell"],
  ])("gives no claim for %s (%s)", (_what, line) => {
    expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });
});

const { quoting } = claimsOn("2026-11-30");

describe("groups of people who speak unnamed", () => {
  it.each([
    ["A record 54,280 runners started the race, organisers said.", "54,280 runners", "organisers"],
    ["Opec+ delegates said the group would delay output until April.", "delay output", "Opec+ delegates"],
    ["Head teachers said the figures reflected years of underfunding.", "underfunding", "Head teachers"],
    ["Union negotiators said the offer of 4% was not enough.", "offer of 4%", "Union negotiators"],
  ])("types %s as unnamed sources", (body, fragment, name) => {
    const found = quoting(body, fragment);
    expect(found.claimant.name).toBe(name);
    expect(found.claimant.type).toBe("unnamed_sources");
  });
});

const LEAD_SPEAKER = "Tom Reid said the plan would cost 40 jobs.";

describe("an age word before a name", () => {
  it("names the student after the opening scene and her age", () => {
    const body = `${LEAD_SPEAKER}\n\nAt Kingsbridge Sixth Form College in Sunderland, 18-year-old Amira Yusuf got three A*s. "I didn't sleep at all," she said.`;
    expect(quoting(body, "I didn't sleep at all").claimant.name).toBe("Amira Yusuf");
  });

  it("names the person after an age word that opens the sentence", () => {
    const body = `${LEAD_SPEAKER}\n\n34-year-old Dan Cole was jailed for six years. "I am sorry," he said.`;
    expect(quoting(body, "I am sorry").claimant.name).toBe("Dan Cole");
  });
});

describe("the twenty-third read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-1065/${name}`);

  it("keeps the markets box's rows and drops its heading and the disclaimer", () => {
    const found = read("1-markets-close-report.txt").map((c) => c.quote);
    expect(found).toContain("FTSE 100 9,412.7 +0.9%");
    expect(found).not.toContain("Market close");
    expect(found.some((q) => q.includes("investment advice"))).toBe(false);
  });

  it("drops the analysis label and keeps the analysis", () => {
    const found = read("2-public-inquiry-evidence-day.txt").map((c) => c.quote);
    expect(found.some((q) => q.startsWith("Analysis:"))).toBe(false);
    expect(found.some((q) => q.startsWith("Today was the first time a board member"))).toBe(true);
  });

  it("drops the byline and the box heading and keeps the box's figures", () => {
    const found = read("3-exam-results-day.txt").map((c) => c.quote);
    expect(found).not.toContain("Education editor Lucy Bramwell");
    expect(found).not.toContain("Key figures");
    expect(found).toContain("A* or A: 27.1% (2025: 27.8%)");
  });

  it("types the race's organisers and the head teachers as unnamed sources", () => {
    expect(claimQuoting(read("4-marathon-race-report.txt"), "54,280 runners").claimant.type).toBe("unnamed_sources");
    expect(claimQuoting(read("3-exam-results-day.txt"), "years of underfunding").claimant.type).toBe("unnamed_sources");
  });

  it("gives the student her own words", () => {
    expect(claimQuoting(read("3-exam-results-day.txt"), "My mum cried").claimant.name).toBe("Amira Yusuf");
  });

  it("drops the review's section path and the critics' round-up", () => {
    const found = read("5-theatre-review.txt").map((c) => c.quote);
    for (const furniture of ["Culture | Theatre", "Our critics' verdict", "Evening Standard", "The Stage"])
      expect(found).not.toContain(furniture);
  });
});

describe("near-misses of decision 1070's rules", () => {
  it("names no one after an age word before a noun", () => {
    // "An 18-year-old man", "18-year-old students", "The 18-year-old": no name follows the age.
    for (const opening of [
      "An 18-year-old man was arrested.",
      "18-year-old students got three A*s.",
      "The 18-year-old got three A*s.",
    ])
      expect(quoting(`${LEAD_SPEAKER}\n\n${opening} "It was hard," he said.`, "It was hard").claimant.name).toBe(
        "Tom Reid",
      );
  });

  it("keeps a named negotiator as a person", () => {
    // The singular with a name is one person, not a group.
    expect(quoting("Chief negotiator Michel Barnier said 12 issues remained.", "12 issues").claimant).toMatchObject({
      name: "Michel Barnier",
      type: "person",
    });
  });

  it.each([
    ["Market close was delayed by 40 minutes after a fault.", "Market close was delayed by 40 minutes after a fault"],
    ["The Stage gave it ★★★★☆ and 40 shows sold out.", "The Stage gave it ★★★★☆ and 40 shows sold out"],
    [
      "The regulator said the app's tips were not investment advice and fined it £40,000.",
      "the app's tips were not investment advice",
    ],
    ["Analysis: Tom Haldane found 40 errors in the ledger.", "Analysis: Tom Haldane found 40 errors in the ledger"],
    ["Sport | 40 clubs cut jobs", "Sport | 40 clubs cut jobs"],
    ["Key figures resigned after the vote of 40 to 12.", "Key figures resigned after the vote of 40 to 12"],
    [
      "Former editor Lucy Bramwell resigned in March after 40 years.",
      "Former editor Lucy Bramwell resigned in March after 40 years",
    ],
    ["Newly appointed editor Katharine Viner", "Newly appointed editor Katharine Viner"],
    ["Recently promoted deputy editor Tom Clark", "Recently promoted deputy editor Tom Clark"],
  ])("reads a story's line that opens alike: %s", (line, quote) => {
    expect(quotes(`${LEAD}\n\n${line}`)).toContain(quote);
  });
});

describe("near-misses of decision 1070's rules (review)", () => {
  // Title-case headlines about a writer, written for the review: the job-first byline took them
  // whole, with the headline's participle or verb read as a third word of the name.
  it.each([
    "Former editor Lucy Bramwell Resigns",
    "Veteran war correspondent Marie Colvin Killed",
    "Disgraced editor Andy Coulson Jailed",
    "Jailed reporter Evan Gershkovich",
  ])("reads a headline about a writer: %s", (line) => {
    expect(quotes(`${LEAD}\n\n${line}`)).toContain(line);
  });

  it("still drops a byline whose name ends in '-ed'", () => {
    expect(quotes(`${LEAD}\n\nPolitical correspondent Nadia Ahmed`)).toEqual([LEAD_QUOTE]);
  });
});
