import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { quotes, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Decision 930: a source's conceding present ("…, the company admits", "Tesco concedes that …") and
 * a trailing tag whose medium goes on past a place ("…, Tesco said in a statement posted to its
 * website on Monday"), left by decision 885.
 */

const { claims } = claimsOn("2026-05-10");
const read = (body: string) => claims(body).map((c) => ({ text: c.text, claimant: c.claimant.name }));
const article = (sentence: string) => [{ text: sentence.replace(/\.$/, ""), claimant: "the article" }];

describe("a source's conceding present after it or before its clause", () => {
  it("credits the source at the sentence's end", () => {
    for (const [sentence, source] of [
      ["Prices will rise by 5% next year, the company admits.", "company"],
      ["Prices will rise by 5% next year, Tesco concedes.", "Tesco"],
      ["Prices will rise by 5% next year, Tesco maintains.", "Tesco"],
      ["Its stores are the cheapest in Britain, Tesco boasts.", "Tesco"],
    ] as const)
      expect(read(sentence)[0]!.claimant).toBe(source);
    expect(read("Prices will rise by 5% next year, the company admits.")[0]!.text).toBe(
      "According to the company, prices will rise by 5% next year",
    );
  });

  it("credits the source before 'that' and a clause, or a pronoun and its verb", () => {
    expect(read("Tesco concedes that prices will rise by 5% next year.")).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
    ]);
    expect(read("Tesco maintains that it has done nothing wrong.")[0]!.claimant).toBe("Tesco");
    expect(read("Tesco admits that 40 stores will close.")[0]!.claimant).toBe("Tesco");
    expect(read("Tesco boasts that its prices are the lowest in Britain.")[0]!.claimant).toBe("Tesco");
    expect(read("Tesco maintains it has done nothing wrong.")[0]!.claimant).toBe("Tesco");
  });

  it("keeps an object of the verb the article's (near-miss)", () => {
    for (const sentence of [
      "The hospital admits 40 patients a day.",
      "The council maintains 400 miles of roads.",
      "Tesco boasts 40 stores in Leeds.",
      "The hospital admits patients who were injured in the crash.",
      "The council maintains that road, which was built in 1960.",
      "The school admits that many pupils each year, about 40% of them from abroad.",
      "The hospital admits them when 40 beds are free.",
      "The prison maintains that wing for 40 inmates who were moved in 2024.",
      "The hospital admits that many patients when 40 beds are free.",
      "Labour concedes that seat to the Greens every 4 years.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
  });
});

describe("near-misses of decision 930's rules", () => {
  it("keeps a conceding present's object the article's when a subordinate clause, 'whose', a second 'that' or a past form after 'of' follows it", () => {
    for (const sentence of [
      "The hospital admits that patient because 40 beds are free.",
      "The hospital admits that patient if 40 beds are free.",
      "The hospital admits that patient although it has 40 beds.",
      "The school admits that many pupils although only 30 places are funded.",
      "The trust maintains that building that was built in 1960.",
      "The trust maintains that house for families whose children are in hospital.",
      "The airline maintains that fleet of 40 aircraft built in 2010.",
      "The airline maintains that fleet of aircraft made in France.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
    expect(read("The council maintains that the road was built in 1960.")[0]!.claimant).toBe("council");
  });
});

describe("a trailing tag whose medium goes on past a place", () => {
  it("credits the source with what came before the tag", () => {
    for (const sentence of [
      "Prices will rise by 5% next year, Tesco said in a statement posted to its website on Monday.",
      "Prices will rise by 5% next year, Tesco said in a video posted to its website on Monday.",
      "Prices will rise by 5% next year, Tesco said in a statement posted on its website on Monday.",
      "Prices will rise by 5% next year, the minister said in a speech delivered to business leaders in Leeds.",
    ])
      expect(read(sentence)[0]!.text).toMatch(
        /^According to (?:Tesco|the minister), prices will rise by 5% next year$/,
      );
  });

  it("credits the source with an addition after the longer tag", () => {
    expect(
      read(
        "Prices will rise by 5% next year, Tesco said in a statement posted to its website on Monday, adding that 40 stores would close.",
      ),
    ).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
      { text: "According to Tesco, 40 stores would close", claimant: "Tesco" },
    ]);
  });

  it("keeps a tag with a verb of its own, or no described medium, as before (near-miss)", () => {
    for (const sentence of [
      "Prices will rise by 5% next year, Tesco said in a statement posted to its website after shares fell 4%.",
      "Prices will rise, Tesco said in a statement posted to its website on Monday as shares fell 4%.",
    ])
      expect(read(sentence)).toEqual(article(sentence));
    expect(read("Prices will rise by 5% next year, Tesco said in a statement posted on Monday.")[0]!.claimant).toBe(
      "Tesco",
    );
  });
});

describe("a player's 'Watch live 12:30' alone on its line", () => {
  it("gives no claim for it, as decision 885's player line reads it (near-miss)", () => {
    expect(quotes(`${LEAD}\n\nWatch live 12:30`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nWatch live: 12:30`)).toContain("Watch live: 12:30");
  });
});
