import { describe, expect, it } from "vitest";
import { claims, quotes, STORY, STORY_QUOTE, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture decision 635 left (decision 675): regional papers' names alone on the first line,
 * an irregular past before a paper's name in a headline, a reporter's given name in "-s" before
 * "Fall at" the ground, "Mystery Fall at Zoo", and headlines in "-med" and "-ved" over a desk line.
 */

describe("a regional paper's name alone on the first line", () => {
  it("drops a name ending in 'Echo' or 'Mail' though the page never signs itself again", () => {
    for (const name of ["Liverpool Echo", "Northern Echo", "Birmingham Mail", "Western Mail"]) {
      expect(quotes(`${name}\n${STORY}`)).toEqual([STORY_QUOTE]);
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
    }
  });

  it("drops a place's 'Evening News' and the 'Press and Journal'", () => {
    for (const name of ["Manchester Evening News", "Edinburgh Evening News", "Press and Journal", "LIVERPOOL ECHO"])
      expect(quotes(`${name}\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("reads a headline ending in 'Echo', 'Mail' or 'News' (near-misses)", () => {
    expect(quotes(`Voices Echo\n${STORY}`)).toContain("Voices Echo");
    expect(quotes(`Councillor Sent Mail\n${STORY}`)).toContain("Councillor Sent Mail");
    expect(quotes(`Good News\n${STORY}`)).toContain("Good News");
    expect(quotes(`Evening News\n${STORY}`)).toContain("Evening News");
    expect(quotes(`Strikes Hit Royal Mail\n${STORY}`)).toContain("Strikes Hit Royal Mail");
    expect(quotes(`Press Freedom Falls\n${STORY}`)).toContain("Press Freedom Falls");
  });
});

describe("a headline with an irregular past before a paper's name", () => {
  it("reads 'Musk Got Washington Post' and its like", () => {
    expect(quotes(`Musk Got Washington Post\n${STORY}`)).toContain("Musk Got Washington Post");
    expect(quotes(`Bezos Gave Post\n\n${STORY}`)).toContain("Bezos Gave Post");
    expect(quotes(`Trump Told Times\n${STORY}`)).toContain("Trump Told Times");
  });

  it("drops the papers named before as before (near-misses)", () => {
    for (const name of ["The Washington Post", "Sydney Morning Herald", "Los Angeles Times"])
      expect(quotes(`${name}\n${STORY}`)).toEqual([STORY_QUOTE]);
    expect(quotes(`Musk Buys Washington Post\n${STORY}`)).toContain("Musk Buys Washington Post");
  });
});

describe("'Fall at' the ground", () => {
  it("drops a reporter whose given name ends in '-s'", () => {
    expect(quotes(`James Fall at Twickenham\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Charles Fall at Lord's\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Thomas Fall at the Emirates\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads 'Mystery Fall at Zoo' and its like as a headline", () => {
    expect(quotes(`Mystery Fall at Zoo\n\n${LEAD}`)).toContain("Mystery Fall at Zoo");
    expect(quotes(`Unexplained Fall at Quarry\n\n${LEAD}`)).toContain("Unexplained Fall at Quarry");
    expect(quotes(`Deadly Fall at Cliffs\n\n${LEAD}`)).toContain("Deadly Fall at Cliffs");
  });

  it("reads a plural's fall and drops other reporters as before (near-misses)", () => {
    expect(quotes(`Profits Fall at Tesco\n\n${LEAD}`)).toContain("Profits Fall at Tesco");
    expect(quotes(`Shares Fall at Open\n\n${LEAD}`)).toContain("Shares Fall at Open");
    expect(quotes(`Miles Fall at Aintree\n\n${LEAD}`)).toContain("Miles Fall at Aintree");
    expect(quotes(`Tom Fall at Twickenham\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a two- or three-word headline in '-med' or '-ved' over a desk line", () => {
  it("reads it as a headline", () => {
    for (const headline of ["Minister Blamed", "Nurse Saved", "Winner Named", "Pharma Plans Approved"])
      expect(quotes(`${LEAD}\n\n${headline}\nHealth Correspondent`)).toContain(headline);
  });

  it("drops a writer's name in '-med' or '-ved' as before (near-misses)", () => {
    for (const name of ["Hamed Karimi", "Javed Iqbal", "Ahmed Khaled", "Naved Hussain", "Mohammed Hamed"])
      expect(quotes(`${LEAD}\n\n${name}\nHealth Correspondent`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a bar-separated table with no figures and no delimiter line", () => {
  const TEAM = "Name | Role | Team\nJo Smith | Captain | Bath\nAl Jones | Coach | Leeds";
  const SEATS = "Candidate | Party\nJo Smith | Labour\nAl Jones | Conservative";

  it("reads the rows under a row of column headings, as with a delimiter line", () => {
    expect(quotes(`${LEAD}\n\n${TEAM}\n`)).toEqual([
      LEAD_QUOTE,
      "Jo Smith | Captain | Bath",
      "Al Jones | Coach | Leeds",
    ]);
    // Decision 715: a cell of words under a name of words reads after a colon.
    expect(claims(`${LEAD}\n\n${TEAM}\n`)[1]!.text).toBe("Jo Smith: Role: Captain; Team: Bath");
    expect(quotes(`${LEAD}\n\n${SEATS}\n`)).toEqual([LEAD_QUOTE, "Jo Smith | Labour", "Al Jones | Conservative"]);
  });

  it("reads a site's menu and a table with its delimiter line as before (near-misses)", () => {
    expect(quotes(`${LEAD}\n\nHome | News | Sport\nWeather | iPlayer | Sounds\n`)).toEqual([
      LEAD_QUOTE,
      "Weather | iPlayer | Sounds",
    ]);
    expect(quotes(`${LEAD}\n\nPolitics | Economy | Brexit\n`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nName | Role | Team\n--- | --- | ---\nJo Smith | Captain | Bath\n`)).toEqual([
      LEAD_QUOTE,
      "Jo Smith | Captain | Bath",
    ]);
    // Decision 745: a row that opens with a person's name confirms the header, though "Sport" is a
    // menu's word; the row is read as the table's ("Jo Smith: Sport: Rugby; Team: Bath"), not dropped.
    expect(quotes(`${LEAD}\n\nName | Sport | Team\nJo Smith | Rugby | Bath\n`)).toEqual([
      LEAD_QUOTE,
      "Jo Smith | Rugby | Bath",
    ]);
  });
});

describe("near-misses of decision 675's rules", () => {
  it("reads no row of a site's menu as a table's row under a row of column headings", () => {
    expect(quotes(`${LEAD}\n\nTeam | Club | Country\nNews | Sport | Weather\n`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nRegion | Country | City\nHome | News | Sport\nWeather | Travel | Business\n`)).toEqual([
      LEAD_QUOTE,
    ]);
  });
});
