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

describe("counter-examples from a review", () => {
  const kinds = (c: ExtractedClaim) => [c.kind, ...c.alsoKinds];
  const rules = (c: ExtractedClaim) => c.reasons.checkworthy.map((r) => r.feature);

  it("ends a sign-off at its sentence, and keeps what follows it", () => {
    expect(
      quotes(
        `${LEAD}\n\nThat's all from us for tonight. To recap: at least 12 people have died, 40,000 homes remain without power and the Met Office has issued a red warning for Monday.`,
      ),
    ).toHaveLength(2);
    expect(
      quotes(
        "That's all from me for now. Here's a summary of where things stand: the storm has killed three people and left 200,000 homes without power.",
      ).join(" "),
    ).toContain("the storm has killed three people");
    expect(
      quotes(
        "That's all from us on the Budget. The chancellor raised the personal allowance to £13,000 and froze fuel duty for a 16th year.",
      ).join(" "),
    ).toContain("The chancellor raised the personal allowance");
    // A sign-off is a sentence of its own: not "tonight's debate", nor "for now from Westminster, where …".
    expect(
      quotes(
        "That's it for tonight's debate: Harris and Trump clashed over abortion and the economy for 90 minutes, and Harris said inflation had fallen to 2.4%.",
      ).length,
    ).toBeGreaterThan(0);
    expect(quotes("That's it for today's Senate session, which ended with the bill passing 51-49.")).toHaveLength(1);
    expect(quotes("That's it for now from Westminster, where MPs voted 320 to 290 to pass the bill.").length).toBe(1);
    expect(quotes(`${LEAD}\n\nThat's all for now, as MPs voted 320 to 290 to pass the bill.`)).toHaveLength(2);
    expect(quotes(`${LEAD}\n\nThat's it for today – thanks for reading.`)).toHaveLength(1);
  });

  it("ends a note that the story was changed at its sentence", () => {
    expect(
      quotes(
        "This story has been updated to include new figures. At least 40 people were killed and 200 injured in the blast, the health ministry said.",
      ),
    ).toEqual(["At least 40 people were killed and 200 injured in the blast"]);
    expect(
      quotes(
        "This article was updated on 10 May 2026. The death toll from the earthquake has risen to 312, Turkey's disaster agency said on Sunday.",
      ),
    ).toHaveLength(1);
    expect(
      quotes(
        "This article was amended to correct the age of the victim, who was 17, not 16. Police have charged a 19-year-old man with murder.",
      ),
    ).toEqual(["Police have charged a 19-year-old man with murder"]);
    // The note's own account of what was wrong is part of it; a note with no "on" or "to" is one too.
    expect(
      quotes(
        "This article was amended on 3 June 2026. An earlier version said 80,000 people took part in the study; the correct figure is 72,083.",
      ),
    ).toEqual([]);
    expect(quotes(`${LEAD}\n\nThis story has been corrected.`)).toHaveLength(1);
  });

  it("words a welcome's relative clause only when the clause is about the name", () => {
    for (const text of [
      "Welcome to our live coverage of Storm Imogen, which the Met Office named on Thursday.",
      "Good morning and welcome to our live coverage of Storm Imogen, which you can follow here throughout the day.",
      "Welcome to our live coverage of Glastonbury, which we'll be bringing you all weekend.",
    ])
      expect(claims(text).map((c) => c.text)).toEqual([text.slice(0, -1)]);
  });

  it("splits a welcome's relative clause as any clause, and words only the first part", () => {
    expect(
      claims(
        "Good morning and welcome to our live coverage of Storm Imogen, which has brought gusts of up to 90mph overnight, and the Met Office has issued a red warning for Wales.",
      ).map((c) => c.text),
    ).toEqual([
      "Storm Imogen has brought gusts of up to 90mph overnight",
      "the Met Office has issued a red warning for Wales",
    ]);
  });

  it("scores condolences as a pleasantry only when nothing else is said", () => {
    const crash = claims(
      "Our thoughts are with the families of the people who died in the crash, the airline's worst since 1994.",
    );
    expect(crash[0]!.scores.checkworthy).toBeGreaterThan(0.5);
    const union = claims(
      "Our thoughts are with the 40,000 workers who lost their jobs when the plant closed, the union said.",
    );
    expect(union[0]!.scores.checkworthy).toBeGreaterThan(0.9);
    for (const text of [
      "Our thoughts are with his family and friends at this difficult time.",
      "“Our thoughts are with everyone affected,” the club said in a statement.",
      "Our thoughts are with the victims' families, and we are cooperating fully with investigators, the airline said.",
    ])
      expect(claimQuoting(claims(text), "Our thoughts").scores.checkworthy).toBeLessThan(0.1);
  });

  it("reads “Follow … on X” as a prompt only with handles, networks and “for updates” after it", () => {
    expect(quotes("Follow Elon Musk on X for a day and you will see 100 posts about immigration.")).toHaveLength(1);
    expect(quotes("Follow Donald Trump on X and Instagram, where he has 90 million followers.")).toHaveLength(1);
    for (const text of [
      "Follow BBC Wales on Facebook, X and Instagram.",
      "Follow Helen on X @hbriggs",
      "Follow us on X for the latest updates.",
    ])
      expect(quotes(`${LEAD}\n\n${text}`)).toHaveLength(1);
  });

  it("scores “no one was hurt in …” as a toll only after an incident", () => {
    for (const text of [
      "No one was hurt in the making of this advert, the RSPCA confirmed.",
      "No one was hurt in the market turmoil, analysts said.",
      "No one was hurt when the council cut the library budget, the leader insisted.",
    ])
      expect(rules(claims(text)[0]!)).not.toContain("rule:casualties");
    for (const text of [
      "No one was killed in the strike, Russia's defence ministry claimed.",
      "No one was injured in Saturday's derailment.",
      "There were no injuries.",
      "The driver died. No one else was injured.",
    ])
      expect(rules(claims(text).at(-1)!)).toContain("rule:casualties");
  });

  it("does not read a duty set by a law or a court as an opinion", () => {
    expect(
      claims(
        "Under the new law, which takes effect in April, employers must do more to protect workers from extreme heat.",
      )[0]!.flags,
    ).not.toContain("opinion");
    expect(
      claims(
        "The judge ruled that the council must do more to protect tenants from damp, and ordered it to pay £12,000 in damages.",
      )[0]!.flags,
    ).not.toContain("opinion");
    expect(claims("The government must do more to tackle knife crime, the mayor said.")[0]!.flags).toContain("opinion");
  });

  it("reads “no” before a plan's adjective as no plan, not a noun before “plans to”", () => {
    expect(
      kinds(claims("A startup with no revenue plans to raise $500m when it lists on Nasdaq next month.")[0]!),
    ).toContain("prediction");
    expect(
      kinds(claims("Families with no savings plan to cut spending on holidays this year, the survey found.")[0]!),
    ).toContain("prediction");
    expect(kinds(claims("Ministers have no immediate plans to reopen the inquiry.")[0]!)).not.toContain("prediction");
  });

  it("keeps a title-case headline whose verb comes before the job", () => {
    for (const headline of [
      "Guardian Appoints Katharine Viner editor",
      "Daily Mail Names New deputy editor",
      "BBC Sacks Newsnight political editor",
      "Rupert Murdoch Fires Sun editor",
      "Boris Johnson Sacked Times reporter",
    ])
      expect(quotes(`${headline}\n\n${LEAD}`)).toHaveLength(2);
    // A byline whose name ends so, or with a comma before the job, is still one.
    expect(quotes(`Kamal Ahmed Economics editor\n\n${LEAD}`)).toHaveLength(1);
    expect(quotes(`Hannah Devlin, Science correspondent\n\n${LEAD}`)).toHaveLength(1);
  });
});
