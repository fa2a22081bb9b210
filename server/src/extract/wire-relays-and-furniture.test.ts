import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import { claimQuoting } from "./claim-lookup.test-helper.ts";

/**
 * Wire relays, hedges, courts, counsel and the furniture of wire copy and explainers, from the
 * fourteenth read of news copy (decision 295). The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2025-10-14"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
/** Each claim as [quote, claimant, type, via]. */
const who = (body: string) => claims(body).map((c) => [c.quote, c.claimant.name, c.claimant.type, c.claimant.via]);
const fromMarkdown = (markdown: string) => claims(parseArticleInput(markdown, "markdown").body);

describe("courts that heard evidence", () => {
  it("reads a named court or its jurors hearing or being told something as unnamed evidence heard by it", () => {
    expect(
      claims(
        "Leeds Crown Court heard that Smith had taken £340,000 from the charity. Southwark Crown Court was told that Smith had forged 12 invoices. Jurors at Leeds Crown Court heard that Smith had spent £90,000 on cars. Jurors heard how Smith hid the money. The jury was told Smith had lied to auditors. The Old Bailey heard that Smith had fled to Spain.",
      ).map((c) => [c.claimant.name, c.claimant.type]),
    ).toEqual([
      ["evidence heard by Leeds Crown Court", "unnamed_sources"],
      ["evidence heard by Southwark Crown Court", "unnamed_sources"],
      ["evidence heard by Leeds Crown Court", "unnamed_sources"],
      ["evidence heard by the jury", "unnamed_sources"],
      ["evidence heard by the jury", "unnamed_sources"],
      ["evidence heard by the Old Bailey", "unnamed_sources"],
    ]);
  });

  it("leaves a court that heard no statement, and one only named, as the article's (counter-examples)", () => {
    expect(
      claims("Leeds Crown Court heard evidence for three days. Smith appeared at Leeds Crown Court on Monday.").map(
        (c) => c.claimant.type,
      ),
    ).toEqual(["article", "article"]);
  });
});

describe("wire relays", () => {
  it("reads “was quoted as saying” as the speaker's, with the outlet that quoted them", () => {
    expect(who("Prime Minister Eduardo Arana was quoted as saying that 41 people had been detained.")).toEqual([
      ["41 people had been detained", "Eduardo Arana", "person", null],
    ]);
    expect(
      who("Arana was quoted by the Andina news agency as saying 41 people had been detained.")[0]!.slice(1),
    ).toEqual(["Arana", "person", "Andina"]);
    expect(who("41 people had been detained, Arana was quoted as saying on Monday.")).toEqual([
      ["41 people had been detained", "Arana", "person", null],
    ]);
  });

  it("reads “<outlet> cited/quoted X as saying” as X's, via the outlet, before or after the content", () => {
    expect(who("Moscow had no plans to deploy troops, Interfax news agency cited Lavrov as saying.")).toEqual([
      ["Moscow had no plans to deploy troops", "Lavrov", "person", "Interfax"],
    ]);
    expect(who("State news agency Xinhua quoted Wang Yi as saying that China opposed the sanctions.")).toEqual([
      ["China opposed the sanctions", "Wang Yi", "person", "Xinhua"],
    ]);
    const unnamed = claims("Xinhua quoted an unnamed official as saying that 300 people had died.")[0]!;
    expect([unnamed.claimant.type, unnamed.claimant.via, unnamed.flags]).toEqual([
      "unnamed_sources",
      "Xinhua",
      ["unnamed_source"],
    ]);
  });

  it("reads “said in comments carried by …” and “in remarks broadcast by …” as the speaker's via the outlet, with no claim of its own", () => {
    expect(
      who("Moscow had no plans to deploy troops, Lavrov said in comments carried by the TASS news agency."),
    ).toEqual([["Moscow had no plans to deploy troops", "Lavrov", "person", "TASS"]]);
    expect(
      who("Lavrov said in comments carried by the TASS news agency that Moscow had no plans to deploy troops."),
    ).toEqual([["Moscow had no plans to deploy troops", "Lavrov", "person", "TASS"]]);
    expect(
      who("Moscow had no plans to deploy troops, Lavrov said in remarks broadcast by state television.")[0]!.slice(1),
    ).toEqual(["Lavrov", "person", "state television"]);
    expect(who("Lavrov said in an interview with the Financial Times that the talks had failed.")[0]!.slice(1)).toEqual(
      ["Lavrov", "person", "Financial Times"],
    );
  });

  it("reads an outlet told by its kind (“told state television”) as the via, and “told the BBC” after the content too", () => {
    expect(
      claims(
        "Lavrov told state television that the talks had failed. The talks had failed, Lavrov told Russian state television. Lavrov told the Interfax news agency the talks had failed. The talks had failed, Lavrov told the BBC on Monday.",
      ).map((c) => c.claimant.via),
    ).toEqual(["state television", "Russian state television", "Interfax", "BBC"]);
    // An audience told, after the content as before it, is no outlet.
    expect(claims("The talks had failed, Lavrov told the Senate.")[0]!.claimant.via).toBeNull();
  });

  it("leaves what relays nothing as it was (counter-examples)", () => {
    // "was quoted" without "as saying": the article's.
    expect(who("Arana was quoted in the newspaper.")[0]![1]).toBe("the article");
    // Reporters and an outlet named by its name are read as before.
    expect(
      claims("Lavrov told reporters that the talks had failed. Lavrov told Reuters that the talks had failed.").map(
        (c) => [c.claimant.name, c.claimant.via],
      ),
    ).toEqual([
      ["Lavrov", null],
      ["Lavrov", "Reuters"],
    ]);
  });
});

describe("hedges the outlet was told", () => {
  it("reads “is reported to be …” as unnamed sources, flagged", () => {
    const [c] = claims(
      "The agent is reported to be receiving a fee of around £6m from City for brokering the transfer.",
    );
    expect([c!.claimant.type, c!.flags]).toEqual(["unnamed_sources", ["unnamed_source"]]);
  });

  it("leaves “is thought to” the article's: it is as often what everyone thinks (a review)", () => {
    const [c] = claims("Dinosaurs are thought to have died out 66 million years ago.");
    expect([c!.claimant.type, c!.flags]).toEqual(["article", []]);
  });

  it("splits a joined “…, with the 29-year-old said to be keen …” into the article's claim and a hedged one", () => {
    const all = claims(
      "City are close to selling Dan Perrault to Sevilla for €18m, with the 29-year-old said to be keen on a move to Spain.",
    );
    expect(all.map((c) => [c.text, c.claimant.type, c.flags])).toEqual([
      ["City are close to selling Dan Perrault to Sevilla for €18m", "article", []],
      ["The 29-year-old is said to be keen on a move to Spain", "unnamed_sources", ["unnamed_source"]],
    ]);
    // In the past, and with a plural subject, the verb follows.
    expect(
      claimQuoting(
        claims("City were close to selling Perrault for €18m, with both clubs said to be keen on a deal."),
        "both clubs",
      ).text,
    ).toBe("Both clubs were said to be keen on a deal");
  });

  it("leaves “is believed to”, a report made to someone and a “with” that hedges nothing as the article's (counter-examples)", () => {
    for (const text of [
      "The striker is believed to be the club's highest earner.",
      "Cases are reported to health officials within 24 hours.",
      "The club won 3-1, with the manager saying he was delighted.",
    ])
      expect(claims(text).map((c) => c.claimant.type)).toEqual(["article"]);
  });
});

describe("counsel for a party", () => {
  it("reads “Lawyers for the family said …” as the family's lawyers on the record, not anonymous", () => {
    const [c] = claims("Lawyers for the family said the hospital had ignored 14 warnings.");
    expect([c!.claimant.name, c!.claimant.type, c!.flags]).toEqual(["lawyers for the family", "organization", []]);
    expect(claims("Attorneys representing the driver said he was not speeding.")[0]!.claimant.type).toBe(
      "organization",
    );
  });

  it("keeps lawyers no one names as unnamed sources (counter-examples)", () => {
    for (const text of [
      "Lawyers said the hospital had ignored 14 warnings.",
      "Lawyers familiar with the case said the hospital had ignored 14 warnings.",
    ]) {
      const [c] = claims(text);
      expect([c!.claimant.type, c!.flags]).toEqual(["unnamed_sources", ["unnamed_source"]]);
    }
  });
});

describe("wire furniture", () => {
  it("gives no claim for a wire's correction note or a desk's sign-off", () => {
    const all = claims(
      "LIMA, Oct 14 (AFP) - Five people were killed in clashes, police said.\n\n(Corrects paragraph 3 to show the toll is five, not four)\n\n(Adds quote from minister in paragraph 5. Updates toll.)\n\n(Updates with details of arrests)\n\nbur-jm/dc/lb\n\njm/rox",
    );
    expect(all.map((c) => c.text)).toEqual(["According to the police, five people were killed in clashes"]);
  });

  it("keeps a sentence in brackets that notes no change (counter-examples)", () => {
    expect(
      claims(
        "Five people were killed.\n\n(Changes to the rules were announced in May, officials said.)\n\n(The toll was later raised to six.)",
      ).length,
    ).toBe(3);
  });
});

describe("explainer furniture", () => {
  it("keeps a question heading that carries a figure, and labels with a colon for the line readers (a review)", () => {
    expect(
      fromMarkdown(
        "## Is the NHS getting £20bn more a year?\n\nNo. The Treasury's own figures show the rise is £11bn.",
      ).map((c) => c.text)[0],
    ).toBe("Is the NHS getting £20bn more a year");
    const transcript = fromMarkdown(
      "**REYES:** We cut crime by 40 percent.\n\n**Biden drops out.** The president said he would step aside.",
    );
    expect(transcript.map((c) => [c.quote, c.claimant.name])[0]).toEqual(["We cut crime by 40 percent", "Reyes"]);
    expect(transcript.map((c) => c.quote)).toContain("Biden drops out");
  });

  it("gives no claim for a question heading or a bold run-in label; the sentence after the label is one", () => {
    const all = fromMarkdown(
      "## What happened?\n\nOfgem said the cap will rise by £34 a year.\n\n## Is the promise being kept?\n\n**The opposition.** Shadow energy secretary Claire Coutinho said bills were £200 higher.\n\n**Why it matters:** The cap covers 22 million homes.",
    );
    expect(all.map((c) => [c.text, c.claimant.name])).toEqual([
      ["According to Ofgem, the cap will rise by £34 a year", "Ofgem"],
      ["According to Shadow energy secretary Claire Coutinho, bills were £200 higher", "Claire Coutinho"],
      ["The cap covers 22 million homes", "the article"],
    ]);
  });

  it("keeps a heading that states a figure, a bold sentence, a question inside a paragraph and a question that ends the text (counter-examples)", () => {
    const all = fromMarkdown(
      "## Bills rise by £34 a year\n\n**Prices rose 4%.** Ofgem said the cap would rise.\n\nWhy did the council spend £4m on consultants? The answer is simple.\n\nDo you realize we spend $73 billion a year on it?",
    );
    expect(all.map((c) => c.text)).toEqual([
      "Bills rise by £34 a year",
      "Prices rose 4%",
      "According to Ofgem, the cap would rise",
      "Why did the council spend £4m on consultants",
      "The answer is simple",
      "Do you realize we spend $73 billion a year on it",
    ]);
  });
});
