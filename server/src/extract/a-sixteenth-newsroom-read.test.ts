import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Furniture, flags, kinds and wording from the sixteenth read of news copy (decision 350): a
 * health study, an NBA game story, a rail derailment report, a wildlife survey and a storm live
 * blog. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const quotes = (body: string) => claims(body).map((c) => c.quote);

const LEAD = "The Thunder beat the Nuggets 118-104 on Saturday.";

describe("bylines", () => {
  it("makes no claim of a byline with the reporter's job on its line", () => {
    expect(quotes(`By TIM REYNOLDS AP Basketball Writer\n\n${LEAD}`)).toEqual([
      "The Thunder beat the Nuggets 118-104 on Saturday",
    ]);
    expect(quotes(`By Hannah Devlin Science correspondent\n\n${LEAD}`)).toHaveLength(1);
  });

  it("makes no claim of a Guardian byline without “By”", () => {
    expect(quotes(`Hannah Devlin Science correspondent\n\n${LEAD}`)).toHaveLength(1);
    expect(quotes(`Pippa Crerar Deputy political editor\n\n${LEAD}`)).toHaveLength(1);
  });

  it("keeps a headline or sentence that names an editor", () => {
    // A title-case headline capitalises the job; a sentence has a verb.
    expect(quotes(`Guardian Names Katharine Viner Editor\n\n${LEAD}`)).toHaveLength(2);
    expect(quotes(`Hannah Devlin was named science correspondent in 2019.\n\n${LEAD}`)).toHaveLength(2);
    expect(quotes(`By Tuesday the Thunder had won 68 games.`)).toEqual(["By Tuesday the Thunder had won 68 games"]);
  });
});

describe("notes and prompts at a story's foot", () => {
  it("makes no claim of a correction note set after a bullet", () => {
    expect(
      quotes(`${LEAD}\n\n• This article was amended on 10 May 2026 to clarify the number of participants.`),
    ).toHaveLength(1);
    expect(quotes(`${LEAD}\n\nThis story has been updated to include comment from the team.`)).toHaveLength(1);
  });

  it("keeps a sentence about a document's amendment", () => {
    expect(quotes(`${LEAD}\n\nThe law was amended on 10 May 2026 to cap rents.`)).toHaveLength(2);
  });

  it("makes no claim of a prompt to follow the writer", () => {
    expect(quotes(`${LEAD}\n\nFollow Helen on X.`)).toHaveLength(1);
    expect(quotes(`${LEAD}\n\nFollow us on Instagram`)).toHaveLength(1);
    // Not an instruction about anything else.
    expect(quotes(`${LEAD}\n\nFollow the money on X and you find 40 shell companies.`)).toHaveLength(2);
  });

  it("makes no claim of a link alone on its line, with or without a label", () => {
    expect(quotes(`${LEAD}\n\nAP NBA: https://apnews.com/hub/nba`)).toHaveLength(1);
    expect(quotes(`${LEAD}\n\nwww.example.org/report`)).toHaveLength(1);
    expect(
      quotes(`${LEAD}\n\nThe full report, at https://example.org/report, shows a 14% rise in derailments.`),
    ).toHaveLength(2);
  });

  it("makes no claim of a sports story's “UP NEXT” or a live blog's “Key events”", () => {
    expect(quotes(`${LEAD}\n\nUP NEXT\n\nGame 4 is in Oklahoma City.`)).toHaveLength(2);
    expect(quotes(`Key events\n\n${LEAD}`)).toHaveLength(1);
    expect(quotes(`Key events unfolded on Saturday in 14 cities.`)).toHaveLength(1);
  });
});

describe("a live blog's welcome and sign-off", () => {
  it("reads the welcome's relative clause as the blog's first fact", () => {
    const all = claims(
      "Good morning and welcome to our live coverage of Storm Imogen, which has brought gusts of up to 90mph to parts of Ireland overnight.",
    );
    expect(all.map((c) => c.text)).toEqual([
      "Storm Imogen has brought gusts of up to 90mph to parts of Ireland overnight",
    ]);
    expect(all[0]!.scores.checkworthy).toBeGreaterThan(0.5);
    expect(all[0]!.quantities.map((q) => q.value)).toEqual([90]);
  });

  it("reads other sentences with “welcome” and “which” as before", () => {
    expect(
      quotes("The mayor welcomed the coverage of Storm Imogen, which has brought gusts of up to 90mph."),
    ).not.toContain("which has brought gusts of up to 90mph");
    expect(quotes("Welcome to our live coverage of the storm.")).toEqual(["Welcome to our live coverage of the storm"]);
  });

  it("makes no claim of the sign-off and the handover on its line", () => {
    expect(
      quotes(`${LEAD}\n\nThat's all from me for now. My colleague Jamie Grierson will be taking over the blog.`),
    ).toHaveLength(1);
    expect(quotes(`${LEAD}\n\nThat’s it for today.`)).toHaveLength(1);
    // Not the middle of a paragraph.
    expect(quotes(`${LEAD} That's all from me for now, the coach said.`)).toHaveLength(2);
  });
});

describe("flags and kinds", () => {
  it("marks “scandalous” as loaded language", () => {
    const c = claims("“It is scandalous that we still have no national plan,” she said.")[0]!;
    expect(c.loadedTerms).toEqual(["scandalous"]);
  });

  it("marks “must do more” as opinion, not “must do more checks”", () => {
    expect(claimQuoting(claims("Dr Susan Mitchell said the government must do more."), "must do more").flags).toContain(
      "opinion",
    );
    expect(
      claimQuoting(claims("Ministers must do more to cut dementia risk, the charity said."), "must do more").flags,
    ).toContain("opinion");
    expect(
      claimQuoting(claims("Under the rules, banks must do more checks on 3,000 accounts."), "checks").flags,
    ).not.toContain("opinion");
  });

  it("does not read “no plan to” as a prediction", () => {
    const c = claims("“It is scandalous that we still have no national plan to cut dementia risk,” she said.")[0]!;
    expect([c.kind, ...c.alsoKinds]).not.toContain("prediction");
    expect(claims("The government has no plan to raise taxes.")[0]!.kind).not.toBe("prediction");
    // A plan someone has is still one.
    expect(claims("The government plans to raise taxes by 2% next year.")[0]!.kind).toBe("prediction");
    expect(claims("The council has a new plan to cut emissions by 40%.")[0]!.kind).toBe("prediction");
  });
});

describe("a participle phrase inside the subject", () => {
  it("keeps the subject with its predicate when an auxiliary follows the phrase", () => {
    expect(
      quotes(
        "A freight train that derailed near Millersburg, Ohio, last month, spilling about 20,000 gallons of diesel fuel into a creek, was travelling 12 miles per hour over the speed limit.",
      ),
    ).toEqual([
      "A freight train that derailed near Millersburg, Ohio, last month, spilling about 20,000 gallons of diesel fuel into a creek, was travelling 12 miles per hour over the speed limit",
    ]);
  });

  it("splits a participle phrase hung on a clause as before", () => {
    expect(quotes("Drones struck five regions on Monday, killing four people.")).toEqual([
      "Drones struck five regions on Monday",
      "killing four people",
    ]);
    expect(quotes("Drones struck five regions, killing four people, and destroyed 12 homes.")).toHaveLength(2);
  });
});

describe("condolences", () => {
  it("scores “Our thoughts are with his family” as a pleasantry", () => {
    const c = claimQuoting(claims("A man in his 60s died. Our thoughts are with his family."), "Our thoughts");
    expect(c.scores.checkworthy).toBeLessThan(0.1);
    expect(
      claimQuoting(claims("Our thoughts on the budget are clear: it raises taxes by 2%."), "budget").scores.checkworthy,
    ).toBeGreaterThan(0.5);
  });
});

describe("a toll of none", () => {
  it("scores “No one was injured” as a toll a desk checks", () => {
    const all = claims("Thirty-one cars derailed. No one was injured, but about 400 residents were evacuated.");
    const c = claimQuoting(all, "No one was injured");
    expect(c.scores.checkworthy).toBeGreaterThan(0.5);
    expect(c.reasons.checkworthy[0]!.feature).toBe("rule:casualties");
  });

  it("leaves a “no one was hurt by” that is no toll as it was", () => {
    const c = claims("No one was hurt by the decision to delay the vote.")[0]!;
    expect(c.reasons.checkworthy.map((r) => r.feature)).not.toContain("rule:casualties");
  });
});
