import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";

/**
 * Figures, dates, kinds, flags and furniture from the fifteenth read of news copy (decision 330):
 * a quarterly earnings story, a by-election night, a Supreme Court ruling, a fact-check and a
 * comet flyby. The texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-05-10"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const quotes = (body: string) => claims(body).map((c) => c.quote);
const figures = (body: string) =>
  claims(body).flatMap((c) => c.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier]));
const dates = (body: string) => claims(body).flatMap((c) => c.dates.map((d) => [d.text, d.value, d.granularity]));

describe("a fact-check's furniture", () => {
  it("makes no claim of “Our sources” and the list of sources under it", () => {
    expect(
      quotes(
        "Police data shows violent crime rose 14%.\n\nOur sources\n\nFBI Crime Data Explorer, accessed March 9, 2026\n\nPhone interview, Miriam Kolb, Urban Data Lab, March 10, 2026\n\nBrookhaven Police Department, annual reports, 2021-2025",
      ),
    ).toEqual(["violent crime rose 14%"]);
  });

  it("reads prose after a sources heading as before, and a line that only names sources in a sentence", () => {
    // A line with a sentence break in it is no entry: the list ends there.
    expect(quotes("Sources\n\nThe mayor said crime fell 20%. It did not fall, the data show.")).toContain(
      "crime fell 20%",
    );
    // Not a heading alone on its line.
    expect(quotes("Sources say the mayor will resign on Friday.")).toEqual(["the mayor will resign on Friday"]);
  });

  it("makes no claim of “We rate it False”, which still marks the claim it rates", () => {
    const all = claims("Dunmore said violent crime doubled. We rate it False.");
    expect(all.map((c) => [c.text, c.flags])).toEqual([["According to Dunmore, violent crime doubled", ["disputed"]]]);
    expect(quotes("Dunmore said violent crime doubled. We rate this claim Half True.")).toEqual([
      "violent crime doubled",
    ]);
  });

  it("keeps a rating sentence that gives its reason", () => {
    expect(quotes("Dunmore said violent crime doubled. We rate it False because the data show a 14% rise.")).toEqual([
      "violent crime doubled",
      "We rate it False because the data show a 14% rise",
    ]);
  });
});

describe("a disclosure about the speaker", () => {
  it("makes no claim of “who is not involved in the mission”", () => {
    const all = claims(
      "Dr. Kenji Morimoto of the University of Tokyo, who is not involved in the mission, said similar comets had survived for centuries.",
    );
    expect(all.map((c) => [c.text, c.claimant.name])).toEqual([
      [
        "According to Dr. Kenji Morimoto of the University of Tokyo, similar comets had survived for centuries",
        "Kenji Morimoto of the University of Tokyo",
      ],
    ]);
  });

  it("keeps an aside that says more than the disclosure", () => {
    expect(
      quotes("Smith, who was not involved in the 2019 audit that found $4 million missing, said the books were clean."),
    ).toEqual(["was not involved in the 2019 audit that found $4 million missing", "the books were clean"]);
    expect(quotes("Smith, who was not paid for the work, said the books were clean.")).toEqual([
      "was not paid for the work",
      "the books were clean",
    ]);
  });
});

describe("number words that count nothing, and multiples", () => {
  it("reads no figure in “at one point”, “the one achieved by” or “comet Wild 2”, and a multiple in “three times closer”", () => {
    expect(
      figures(
        'Justice Kavanaugh at one point asked whether there was "any limit at all" to what the county could charge.',
      ),
    ).toEqual([]);
    expect(
      figures(
        "The flyby was roughly three times closer than the one achieved by NASA's Stardust mission, which passed 236 kilometres from comet Wild 2 in 2004.",
      ),
    ).toEqual([
      ["roughly three times", 3, "fold", "approximately"],
      ["236 kilometres", 236, "kilometres", null],
    ]);
  });

  it("still counts one point won, one school and occurrences", () => {
    expect(figures("Smith won by one point. At one school, one pupil died.")).toEqual([
      ["one point", 1, "point", null],
      ["one school", 1, "school", null],
      ["one pupil", 1, "pupil", null],
    ]);
    expect(figures("The bell sounded at least three times.")).toEqual([
      ["at least three times", 3, "times", "at_least"],
    ]);
    // A country before a count is no name's kind: "sent Ukraine 300 tanks".
    expect(figures("The city sent Ukraine 300 tanks.")).toEqual([["300 tanks", 300, "tanks", null]]);
  });
});

describe("rates per a measure of two words", () => {
  it("reads “$8,000 a metric ton” and “$45 per square foot”", () => {
    expect(figures("Cocoa traded at $8,000 a metric ton. Rents hit $45 per square foot.")).toEqual([
      ["$8,000 a metric ton", 8000, "USD per metric ton", null],
      ["$45 per square foot", 45, "USD per square foot", null],
    ]);
  });

  it("reads no rate in “a long time”", () => {
    expect(figures("It cost $5 a long time ago.")).toEqual([["$5", 5, "USD", null]]);
  });
});

describe("a court's vote and the appositive after its ruling", () => {
  it("reads “ruled 6-3 that” as a vote and ends the ruling before “, a decision that advocates said”", () => {
    const all = claims(
      "The Supreme Court on Thursday ruled 6-3 that a Texas county did not violate the Constitution by charging inmates up to $1.50 a minute for phone calls, a decision that advocates said would leave families paying steep fees.",
    );
    expect(all.map((c) => c.quote)).toEqual([
      "The Supreme Court on Thursday ruled 6-3 that a Texas county did not violate the Constitution by charging inmates up to $1.50 a minute for phone calls",
      "would leave families paying steep fees",
    ]);
    expect(all[0]!.quantities.map((q) => q.text)).toEqual(["up to $1.50 a minute"]);
    expect(all[1]!.text).toBe("According to advocates, the decision would leave families paying steep fees");
  });

  it("keeps a range after “confirmed” and a relative clause with no appositive", () => {
    expect(figures("Officials confirmed 10-15 deaths.")).toEqual([
      ["10", 10, "deaths", null],
      ["15 deaths", 15, "deaths", null],
    ]);
    expect(quotes("The governor praised the program, which she said had brought 4,000 jobs.")).toEqual([
      "The governor praised the program",
      "had brought 4,000 jobs",
    ]);
  });
});

describe("years counted from another year, and an open-ended year", () => {
  it("dates “a year earlier” from the year the sentence gave, and “as early as 2035”", () => {
    expect(
      dates(
        "The 5th Circuit upheld the fees in 2024, while the 9th Circuit struck down a similar scheme in Arizona a year earlier.",
      ),
    ).toEqual([
      ["in 2024", "2024", "year"],
      ["a year earlier", "2023", "year"],
    ]);
    expect(dates("He joined in 2010 and left two years later.")).toEqual([
      ["in 2010", "2010", "year"],
      ["two years later", "2012", "year"],
    ]);
    expect(
      dates("The agency will seek approval in November for a follow-up mission, which could launch as early as 2035."),
    ).toEqual([
      ["November", "2026-11", "month"],
      ["as early as 2035", "2035", "year"],
    ]);
  });

  it("dates no “a year earlier” without a year written before it", () => {
    expect(dates("Sales rose 4% from a year earlier.")).toEqual([]);
  });
});

describe("kinds and flags", () => {
  it("reads “is due to report” as a schedule, not a cause", () => {
    const [due] = claims("Brennan Confectionery is due to report results on Thursday.");
    expect([due!.kind, due!.alsoKinds]).toEqual(["prediction", []]);
    expect(claims("The delay was due to the storm.")[0]!.kind).toBe("causal");
  });

  it("leaves open only the claim with the figure a hedge names, not the verdict beside it", () => {
    const all = claims(
      "Kessler's campaign called Dunmore's statement \"a flat-out lie\" and said the mayor had added 60 police officers since 2022. We could not independently verify that figure.",
    );
    expect(all.map((c) => c.flags.includes("unconfirmed"))).toEqual([false, true, false]);
  });

  it("still leaves open every claim when the hedge names no figure", () => {
    const all = claims(
      "Russia said it had destroyed 30 drones and accused Kyiv of terrorism. The claims could not be independently verified.",
    );
    expect(all.map((c) => c.flags.includes("unconfirmed"))).toEqual([true, true, false]);
  });
});

describe("a figure sentence that goes on with “it”", () => {
  it("words “In 2025, it recorded 1,609.” with the subject and what the sentence before counted", () => {
    const all = claims(
      "Police data shows the city recorded 1,412 violent crimes in 2021. In 2025, it recorded 1,609. That is an increase of about 14%.",
    );
    const second = all.find((c) => c.quote === "In 2025, it recorded 1,609")!;
    expect(second.text).toBe("In 2025, the city recorded 1,609 violent crimes");
    expect(second.quantities.map((q) => [q.text, q.unit])).toEqual([["1,609", "crimes"]]);
  });

  it("leaves “it” as written with another verb or more than a bare figure", () => {
    const texts = (body: string) => claims(body).map((c) => c.text);
    expect(texts("The city recorded 1,412 violent crimes. In 2025, it reported 1,609.")).toEqual([
      "The city recorded 1,412 violent crimes",
      "In 2025, it reported 1,609",
    ]);
    expect(texts("The company recorded 40 complaints. It recorded a loss of $3 million.")).toEqual([
      "The company recorded 40 complaints",
      "It recorded a loss of $3 million",
    ]);
  });
});

describe("a claim's reach in the speaker's tag", () => {
  it("makes the views of the video the claim was made in a claim of the article's", () => {
    const all = claims(
      '"Violent crime has doubled," Ray Dunmore said in a March 3 video posted to his campaign\'s Facebook page, which has been viewed more than 85,000 times.',
    );
    expect(all.map((c) => [c.text, c.claimant.name])).toEqual([
      ["Ray Dunmore said: “Violent crime has doubled”", "Ray Dunmore"],
      [
        "The March 3 video posted to his campaign's Facebook page has been viewed more than 85,000 times",
        "the article",
      ],
    ]);
    expect(all[1]!.quantities.map((q) => [q.text, q.value, q.unit, q.qualifier])).toEqual([
      ["more than 85,000 times", 85000, "times", "more_than"],
    ]);
  });

  it("reads no reach in a clause that counts no times or is about something else", () => {
    expect(quotes('"We will win," Smith said in a video, which has been shared widely.')).toEqual(['"We will win,"']);
    expect(quotes('"We will win," Smith said in a speech in Leeds, which was attended by 300 people.')).toEqual([
      '"We will win,"',
    ]);
  });
});

describe("“its” after a body's clause", () => {
  it("words “but its majority was slashed” with the body that opened the sentence", () => {
    const texts = claims("Labour won narrowly, but its majority was slashed from more than 11,000 to just 1,284.").map(
      (c) => c.text,
    );
    expect(texts).toEqual(["Labour won narrowly", "Labour's majority was slashed from more than 11,000 to just 1,284"]);
  });

  it("keeps “its” after a person or a common noun", () => {
    expect(claims("Smith thanked Labour, but its vote fell 4%.").map((c) => c.text)).toEqual([
      "Smith thanked Labour",
      "its vote fell 4%",
    ]);
    expect(claims("The party held the seat, but its majority fell.").map((c) => c.text)).toEqual([
      "The party held the seat",
      "its majority fell",
    ]);
  });
});

describe("counter-examples from a review", () => {
  const texts = (body: string) => claims(body).map((c) => c.text);

  it("keeps “its” after a clause with an object, which may own it", () => {
    expect(texts("Israel struck Gaza City, but its hospitals stayed open.")).toEqual([
      "Israel struck Gaza City",
      "its hospitals stayed open",
    ]);
    expect(texts("Moody's downgraded the bank, but its shares rose 3%.")).toEqual([
      "Moody's downgraded the bank",
      "its shares rose 3%",
    ]);
    expect(
      texts("Labour narrowly held the seat, but its majority was slashed from more than 11,000 to just 1,284."),
    ).toEqual(["Labour narrowly held the seat", "its majority was slashed from more than 11,000 to just 1,284"]);
  });

  it("lends “it recorded N” no unit with a scale or a comparison in it", () => {
    const second = (body: string) => {
      const c = claims(body)[1]!;
      return [c.text, c.quantities.map((q) => [q.value, q.unit])];
    };
    expect(
      second("Police data shows the city recorded 2.1 million visitors in 2024. In 2025, it recorded 950,000."),
    ).toEqual(["In 2025, it recorded 950,000", [[950000, null]]]);
    expect(second("Data show the airport handled 48 million passengers in 2019. In 2021, it handled 22.")).toEqual([
      "In 2021, it handled 22",
      [[22, null]],
    ]);
    expect(
      second("Smith said the army deployed 300 soldiers and the city recorded 12 more deaths. In 2025, it recorded 9."),
    ).toEqual(["In 2025, it recorded 9", [[9, null]]]);
  });

  it("dates no duration “for 30 years before” or “in the 10 years after”", () => {
    const second = (body: string) => {
      const c = claims(body)[1]!;
      return [c.quantities.map((q) => q.text), c.dates.map((d) => d.value)];
    };
    expect(second("She joined the firm in 1990, and she worked there for 30 years before retiring.")).toEqual([
      ["30 years"],
      [],
    ]);
    expect(second("Smith won the seat in 2010, and she held it for two years before losing to Jones.")).toEqual([
      ["two years"],
      [],
    ]);
    expect(
      second("The mill opened in 1950, and the town's population doubled in the 10 years after it opened."),
    ).toEqual([["10 years"], []]);
    // The adverb at a clause's end still counts from the year before it.
    expect(second("The law was passed in 2019, but it took effect two years later.")).toEqual([[], ["2021"]]);
  });

  it("dates no baseline “from a year earlier” from a year in an aside", () => {
    expect(dates("Revenue at the firm, which was founded in 1998, rose 12% from a year earlier.")).toEqual([
      ["in 1998", "1998", "year"],
    ]);
    expect(dates("The mayor, who took office in 2022, said crime was down 14% compared with a year earlier.")).toEqual([
      ["in 2022", "2022", "year"],
    ]);
    expect(dates("In a report published in 2023, the agency said emissions fell 3% from a year earlier.")).toEqual([
      ["in 2023", "2023", "year"],
      ["in 2023", "2023", "year"],
    ]);
  });

  it("leaves every claim open when the hedge names the figures and something else", () => {
    const flagged = (body: string) => claims(body).map((c) => [c.text, c.flags.includes("unconfirmed")]);
    expect(
      flagged(
        "Hamas said Israeli strikes killed 40 people and accused Israel of targeting a school. The figures and the allegation could not be independently verified.",
      ).slice(0, 2),
    ).toEqual([
      ["According to Hamas, Israeli strikes killed 40 people", true],
      ["Hamas accused Israel of targeting a school", true],
    ]);
    expect(
      flagged(
        "Russia said it had destroyed 30 drones and that Ukrainian troops had retreated from Bakhmut. Reuters could not independently verify the figures or the battlefield claims.",
      ).slice(0, 2),
    ).toEqual([
      ["Russia said it had destroyed 30 drones", true],
      ["According to Russia, Ukrainian troops had retreated from Bakhmut", true],
    ]);
  });

  it("ends a source list at a line that says something happened, or at an update", () => {
    expect(
      texts(
        "Our sources\n\nFBI Crime Data Explorer, accessed March 9, 2026\n\nUpdate, May 3: Dunmore's campaign said on Friday that it had removed the video, which had been viewed 2 million times.",
      ),
    ).toEqual(["Dunmore's campaign said it had removed the video, which had been viewed 2 million times"]);
    expect(
      texts(
        "Sources\n\nThe figures come from the Census Bureau, which counted 331 million residents in 2020.\n\nPolice say, however, that crime fell 14% last year.",
      ),
    ).toEqual([
      "The figures come from the Census Bureau, which counted 331 million residents in 2020",
      "According to the police, crime fell 14% last year",
    ]);
    expect(texts("Sources\n\nIn Washington, officials said 40 people had been arrested.")).toEqual([
      "According to officials, 40 people had been arrested",
    ]);
  });

  it("counts occurrences before a time, not multiples", () => {
    expect(figures("He has been arrested 12 times over the past decade.")).toEqual([["12 times", 12, "times", null]]);
    expect(figures("Police were called to the address 14 times that year.")).toEqual([["14 times", 14, "times", null]]);
    expect(figures("The drone struck the building three times after midnight.")).toEqual([
      ["three times", 3, "times", null],
    ]);
    expect(figures("The bill was amended nine times the previous session.")).toEqual([
      ["nine times", 9, "times", null],
    ]);
    // A multiple of what follows is still one.
    expect(figures("Rents are five times the national average.")).toEqual([["five times", 5, "fold", null]]);
    expect(figures("We have had three times the inflation rate.")).toEqual([["three times", 3, "fold", null]]);
  });

  it("counts “the one hospital”: a noun after “the one” is what it counts", () => {
    expect(figures("The one hospital in the county closed in 2023.")).toEqual([["one hospital", 1, "hospital", null]]);
    expect(figures("Labour lost the one seat it held in Scotland.")).toEqual([["one seat", 1, "seat", null]]);
    expect(figures("The storm was worse than the one we had in Georgia.")).toEqual([]);
    expect(figures("Not the one we've been on, and on the one side stood the Soviet Union.")).toEqual([]);
  });

  it("counts the years after a craft's name", () => {
    expect(figures("It took the probe Juno 5 years to reach Jupiter.")).toEqual([["5 years", 5, "years", null]]);
    expect(figures("It took the lander Philae 10 years to reach the comet.")).toEqual([
      ["10 years", 10, "years", null],
    ]);
  });

  it("reads “due to” before a noun as a cause", () => {
    expect(claims("Turnout fell due to vote suppression, activists said.")[0]!.kind).toBe("causal");
    expect(claims("The drop in arrests was due to rule changes introduced by the state.")[0]!.kind).toBe("causal");
    expect(claims("The plant closed due to end-of-year losses.")[0]!.kind).toBe("causal");
    expect(claims("The court is due to rule on the case next week.")[0]!.kind).toBe("prediction");
  });

  it("keeps “not involved in the investigation”, which an insider's claim may be", () => {
    expect(
      texts("The former chief of staff, who was not involved in the investigation, said the report was accurate."),
    ).toEqual([
      "The former chief of staff was not involved in the investigation",
      "According to the former chief of staff, the report was accurate",
    ]);
    expect(texts("The senator, who is not affiliated with the campaign, said it had raised $40 million.")).toEqual([
      "The senator is not affiliated with the campaign",
      "According to the senator, it had raised $40 million",
    ]);
  });
});
