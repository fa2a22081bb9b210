import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Furniture, sentence breaks and kinds from the nineteenth read of news copy (decision 460): a
 * crown court sentencing in a local paper's style, a quarterly earnings report from a business
 * wire, a weather warning on a national broadcaster's live page, a waiting-list statistics story
 * from a health desk and a transfer-window story from a sports site. The articles are in
 * tests/fixtures/newsroom-read-460; the other texts are written for these tests.
 */
function claims(body: string, publishedOn = "2026-11-26"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));
/** The kind and the other kinds of the claim that quotes `fragment`. */
const kindsOf = (body: string, fragment: string) => {
  const c = claimQuoting(claims(body), fragment);
  return [c.kind, ...c.alsoKinds];
};

const LEAD = "The NHS waiting list fell to 7.31m in September.";
const LEAD_QUOTE = "The NHS waiting list fell to 7.31m in September";

describe("time stamps with a morning's zone and a 'Last modified' line", () => {
  it("makes no claim of an update's time with AM and a zone, or of 'Last modified on …'", () => {
    expect(quotes(`Updated on October 29, 2026 at 10:18 AM EDT\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Last modified on Thursday 13 November 2026 12:04 GMT\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Modified 13 November 2026 12:04 GMT\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence that opens with such words", () => {
    expect(quotes(`Last modified in 2024, the rules cost firms £40m by 10:18 AM EDT`)).toHaveLength(1);
    expect(quotes(`Modified crops covered 40% of farmland in 2026`)).toHaveLength(1);
    expect(quotes(`Updated figures show 4,000 homes lost power at 10:18 AM EDT`)).toHaveLength(1);
  });
});

describe("a picture credit as the Guardian and Bloomberg set it", () => {
  it("makes no claim of a caption closed by 'Photograph:' or of 'Photographer:' alone", () => {
    expect(
      quotes(
        `Patients on trolleys in a hospital corridor. The Royal College of Emergency Medicine says corridor care has become "normalised". Photograph: Peter Byrne/PA\n\n${LEAD}`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(quotes(`Photographer: Jamie Kelter Davis/Bloomberg\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence about photographs and photographers", () => {
    expect(quotes(`The photograph: it shows 40 patients on trolleys, the college said.`)).toHaveLength(1);
    expect(quotes(`Photographers were paid £40m by the agency in 2025.`)).toHaveLength(1);
    expect(kept(`A photograph was taken. Photograph: Peter Byrne said 40 patients waited`, "40 patients")).toBe(true);
  });
});

describe("lists of links under Bloomberg's and the Guardian's headings", () => {
  it("makes no claim of the headlines and tags under them", () => {
    expect(
      quotes(
        `${LEAD}\n\nMore From Bloomberg\nKraft Heinz Weighs Sale of Some Grocery Brands\nSnack Makers Face Reckoning as Weight-Loss Drugs Curb Cravings`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nExplore more on these topics\nNHS\nHealth\nWaiting lists\nnews`)).toEqual([LEAD_QUOTE]);
  });

  it("makes no claim of a headline that asks a question in such a list, nor of the lines after it", () => {
    expect(
      quotes(
        `${LEAD}\n\nMost viewed\nReeves to freeze income tax thresholds until 2030, sources say\nHeathrow third runway: what happens next?\nMan Utd 1-1 Arsenal: Player ratings`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence under such words", () => {
    expect(quotes(`More from Bloomberg: the fund lost $40m in 2025.`)).toHaveLength(1);
    expect(kept(`More from Bloomberg\nThe fund lost $40m in 2025.`, "$40m")).toBe(true);
    expect(kept(`Most viewed\nWhy did prices rise?\nPrices rose 4% in October, the ONS said.`, "4%")).toBe(true);
  });
});

describe("a wire's note on whom to contact", () => {
  it("makes no claim of Bloomberg's contact lines", () => {
    expect(
      quotes(
        `${LEAD}\n\nTo contact the reporters on this story:\nPriya Raman in New York at praman12@bloomberg.net;\nMark Oduya in Chicago at moduya@bloomberg.net\n\nTo contact the editors responsible for this story:\nAnne Riley Moffat at ariley@bloomberg.net`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence about contacting reporters", () => {
    expect(quotes(`To contact the reporters, the police used 40 phones, the inquiry heard.`)).toHaveLength(1);
  });
});

describe("a local paper's foot: tips, comments and the company's number", () => {
  it("makes no claim of a call for stories, a comment count or a registration", () => {
    for (const line of [
      "Got a story? Email newsdesk@bromsgrovestandard.co.uk or call 01527 555 210.",
      "Comments\nHave your say. Comments are subject to our community guidelines.",
      "1,142 comments",
      "© 2026 Bromsgrove Standard. All rights reserved. Registered in England No. 04821956.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences about stories, comments and registrations", () => {
    expect(quotes(`Got a story wrong, the paper paid £40,000 in damages.`)).toHaveLength(1);
    expect(quotes(`Email the council or call 101, the police said after 4,000 complaints.`)).toHaveLength(1);
    expect(quotes(`1,142 comments were posted under the video, the regulator found.`)).toHaveLength(1);
    expect(quotes(`Comments are subject to a £40m fine under the new law.`)).toHaveLength(1);
    expect(quotes(`Registered in England in 2019, the firm now employs 4,000 people.`)).toHaveLength(1);
  });
});

describe("a live page's summary, one line an item", () => {
  const SUMMARY =
    "Summary\n\nAn amber warning for rain covers much of south and mid Wales from 06:00 on Thursday to 06:00 on Friday\nUp to 150mm (6in) of rain could fall on high ground, the Met Office says\nNatural Resources Wales has issued 23 flood warnings and 61 flood alerts\nMore than 40 schools are closed in Powys and Ceredigion";

  it("reads each line under the heading as a sentence of its own", () => {
    const found = claims(SUMMARY, "2026-11-19");
    expect(claimQuoting(found, "23 flood warnings").claimant.type).toBe("article");
    expect(claimQuoting(found, "23 flood warnings").text).toMatch(/^Natural Resources Wales/);
    expect(claimQuoting(found, "More than 40 schools").quote).toBe(
      "More than 40 schools are closed in Powys and Ceredigion",
    );
    expect(claimQuoting(found, "amber warning").quote).not.toContain("150mm");
  });

  it("keeps a wrapped sentence under other headings, or one wrapped after a joining word", () => {
    const wrapped =
      "Background\n\nAn amber warning for rain covers much of south and mid Wales from Thursday, said\nNatural Resources Wales, which has issued 23 flood warnings in two days.";
    expect(quotes(wrapped)).toHaveLength(1);
    const underSummary =
      "Summary\n\nAn amber warning for rain covers much of south and mid Wales from Thursday, according to\nNatural Resources Wales, which has issued 23 flood warnings in two days.";
    expect(quotes(underSummary)).toHaveLength(1);
  });
});

describe("page labels, bylines' second lines and a publisher's foot", () => {
  it("makes no claim of a page's buttons and labels alone on their lines", () => {
    for (const line of [
      "Gift this article",
      "Share this post",
      "Reuse this content",
      "Get in touch",
      "More to follow...",
      "5:12 min",
      "@nickhallam_news",
      "Senior football reporter",
      "Key Highlights",
      "Free daily newsletter",
      "after newsletter promotion",
      "Sky Sports is part of Sky Group. © 2026 Sky UK",
      "Terms of Use About the BBC Privacy Policy Cookies Accessibility Help\nCopyright © 2026 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences that open with such words", () => {
    expect(quotes(`Get in touch with 40,000 voters by Friday, the party told activists.`)).toHaveLength(1);
    expect(quotes(`More to follow: 4,000 jobs will go by 2027.`)).toHaveLength(1);
    expect(quotes(`Share this post and 40% of your followers will see it, Meta said.`)).toHaveLength(1);
    expect(quotes(`Sky Sports is part of a group that lost £400m in 2025.`)).toHaveLength(1);
    expect(quotes(`Key highlights of the budget include a £4bn cut in fuel duty.`)).toHaveLength(1);
    expect(quotes(`Free daily newsletters cost the paper £40,000 a year.`)).toHaveLength(1);
    expect(kept(`Terms of use changed in 2025, and 4,000 privacy complaints followed.`, "Terms of use")).toBe(true);
  });
});

describe("kinds: a beaten forecast and a driving offence's name", () => {
  it("reads 'beats profit forecasts' as a result, not a forecast", () => {
    expect(
      claimQuoting(claims("Harlow Foods beats profit forecasts as price cuts lift volumes; shares jump 9%"), "9%").kind,
    ).not.toBe("prediction");
    expect(claimQuoting(claims("The retailer beat analysts' earnings forecasts by 12%."), "12%").kind).not.toBe(
      "prediction",
    );
  });

  it("keeps a forecast after a beaten one or a joining word", () => {
    expect(claimQuoting(claims("The bank beat rivals and forecasts growth of 2% in 2027."), "2%").kind).toBe(
      "prediction",
    );
    expect(claimQuoting(claims("The Treasury forecasts growth of 1.5% in 2027."), "1.5%").kind).toBe("prediction");
  });

  it("reads a plea to 'causing death by careless driving' as no causal claim", () => {
    expect(
      kindsOf(
        "Pryce pleaded guilty at an earlier hearing to causing death by careless driving while over the prescribed limit.",
        "pleaded guilty",
      ),
    ).not.toContain("causal");
    expect(
      kindsOf("He admitted causing serious injury by dangerous driving on the M5 in 2025.", "admitted"),
    ).not.toContain("causal");
  });

  it("keeps a cause that kills", () => {
    expect(
      kindsOf("The fire spread through the flats, causing death by smoke inhalation for 4 residents.", "causing death"),
    ).toContain("causal");
    expect(kindsOf("Careless driving is causing 40% of deaths on rural roads.", "40%")).toContain("causal");
  });
});

describe("the read's articles", () => {
  const read = (name: string) => fixtureClaims(`newsroom-read-460/${name}`);
  const counts: [string, number][] = [
    ["1-crown-court-sentencing-local.txt", 31],
    ["2-quarterly-earnings-wire.txt", 31],
    ["3-weather-warning-live-page.txt", 41],
    ["4-waiting-list-statistics-health-desk.txt", 28],
    ["5-transfer-window-sports-site.txt", 26],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(read(name)).toHaveLength(n);
  });

  it("keeps the sentencing's facts and drops the paper's foot", () => {
    const found = read("1-crown-court-sentencing-local.txt");
    const reading = claimQuoting(found, "61 micrograms");
    expect(reading.claimant.name).toBe("Prosecutor Helen Ashby");
    expect(reading.quantities.map((q) => q.text)).toContain("61 micrograms");
    expect(claimQuoting(found, "estimated 260 people").dates.map((d) => d.value)).toContain("2024");
    expect(claimQuoting(found, "pleaded guilty").kind).not.toBe("causal");
    expect(found.some((c) => /Registered in England|newsdesk@|community guidelines/.test(c.quote))).toBe(false);
  });

  it("keeps the earnings and the outlook and drops the wire's page", () => {
    const found = read("2-quarterly-earnings-wire.txt");
    expect(claimQuoting(found, "Net sales rose 3.4%").quantities.map((q) => q.text)).toEqual(["3.4%", "$4.31 billion"]);
    const outlook = claimQuoting(found, "The company now expects");
    expect(outlook.kind).toBe("prediction");
    expect(outlook.claimant.name).toBe("Harlow Foods");
    expect(claimQuoting(found, "beats profit forecasts").kind).not.toBe("prediction");
    expect(found.some((c) => /To contact|Photographer:|More From Bloomberg|Updated on|Kraft Heinz/.test(c.quote))).toBe(
      false,
    );
  });

  it("reads the live page's summary line by line and drops its foot", () => {
    const found = read("3-weather-warning-live-page.txt");
    expect(claimQuoting(found, "23 flood warnings").claimant.type).toBe("article");
    expect(claimQuoting(found, "Up to 150mm").claimant.name).toBe("Met Office");
    expect(claimQuoting(found, "94.4mm").quantities.map((q) => q.text)).toContain("94.4mm");
    expect(found.some((c) => /Terms of Use|external sites|external linking|Share this post/.test(c.quote))).toBe(false);
  });

  it("keeps the waiting-list figures and drops the caption, the box and the tags", () => {
    const found = read("4-waiting-list-statistics-health-desk.txt");
    expect(claimQuoting(found, "7.31m").claimant.name).toBe("NHS England");
    expect(claimQuoting(found, "61,426 people").quantities.map((q) => q.text)).toContain("61,426 people");
    expect(
      found.some((c) =>
        /Photograph:|corridor care|1,142 comments|Last modified|newsletter promotion|Heathrow/.test(c.quote),
      ),
    ).toBe(false);
  });

  it("keeps the fee and the league's spending and drops the site's foot", () => {
    const found = read("5-transfer-window-sports-site.txt");
    expect(claimQuoting(found, "club-record fee").quantities.map((q) => q.text)).toContain("up to £58m");
    expect(claimQuoting(found, "£2.95bn").claimant.name).toBe("financial analysts Deloitte");
    expect(found.some((c) => /Sky Group|© 2026|Player ratings|football reporter/.test(c.quote))).toBe(false);
  });
});

describe("counter-examples from a review", () => {
  it("reads a sentence that opens with 'Photographer' but is no credit", () => {
    expect(kept("Photographer by training, Jane Doe won the £40,000 Taylor Wessing prize in 2025.", "£40,000")).toBe(
      true,
    );
    expect(kept("Photographer/filmmaker Ana Ruiz said 40 journalists had been injured.", "40 journalists")).toBe(true);
    expect(kept("Photographers: 12 were detained in Minsk last year, the union said.", "12 were detained")).toBe(true);
    expect(kept("Photographers by the dozen lined the route as 40,000 fans arrived.", "40,000 fans")).toBe(true);
    expect(kept("Photographer: 'Police seized my camera and deleted 400 images'", "400 images")).toBe(true);
    // The credit alone on its line stays furniture, with a wire's name after the agency too.
    expect(quotes(`Photographer: Jamie Kelter Davis/Bloomberg\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`Photographer: Getty Images\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a live entry under 'More from' and a name that is no publisher's", () => {
    const body = (heading: string, line: string) => `${heading}\n${line}`;
    expect(
      kept(
        body("More from the Met Office", "Forecasters say up to 150mm of rain could fall on high ground by Friday"),
        "150mm",
      ),
    ).toBe(true);
    expect(
      kept(
        body("More from Starmer", "The Prime Minister said 40,000 troops would stay in Estonia until 2028"),
        "40,000 troops",
      ),
    ).toBe(true);
    expect(
      kept(body("More from BBC Wales", "Up to 150mm of rain could fall on high ground, the Met Office says"), "150mm"),
    ).toBe(true);
    expect(
      kept(body("More from the Senedd", "The Welsh government says it will spend £40m on flood defences"), "£40m"),
    ).toBe(true);
    // A publisher's heading in title case, or a title with "The", still heads its links.
    expect(quotes(`${LEAD}\n\nMore From The Times\nPolice arrest 4 after Newport shop fire`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nMore from The Verge\nApple sold 40 million phones in 2025`)).toEqual([LEAD_QUOTE]);
  });

  it("reads what follows 'To contact the authors of this report:' when it is no address", () => {
    expect(
      kept("To contact the authors of this report: the study found 40% of patients were misdiagnosed.", "40%"),
    ).toBe(true);
  });

  it("keeps a forecast made after 'beat rivals also' or 'beat Tesco now'", () => {
    expect(
      claimQuoting(claims("The firm which beat rivals also forecasts a 5% rise in sales in 2027."), "5%").kind,
    ).toBe("prediction");
    expect(claimQuoting(claims("The chain that beat Tesco now forecasts profit of £1bn in 2027."), "£1bn").kind).toBe(
      "prediction",
    );
  });

  it("reads a hard-wrapped sentence under a summary heading as one when the paragraph ends as prose", () => {
    const one = (text: string, fragment: string) => {
      const found = claims(text);
      return found.some((c) => c.quote.includes(fragment) && c.quote.includes("\n"));
    };
    expect(
      one(
        "Summary\n\nThe report found that waiting lists in England had risen to a record\n7.6 million in September, up from 7.4 million a year earlier.",
        "7.6 million",
      ),
    ).toBe(true);
    expect(
      one(
        "Key findings\n\nThe survey of 2,000 adults found that the average household spent nearly\n£4,000 on energy last year, according to the charity.",
        "£4,000",
      ),
    ).toBe(true);
    expect(
      one(
        "In brief\n\nMinisters have approved a plan to build 1.5 million homes by 2029, which the housing secretary said\nLabour would deliver in full, despite warnings from builders.",
        "Labour would deliver",
      ),
    ).toBe(true);
    const goldman =
      "Summary\n\nThe company said revenue would grow by 4% in 2027, and analysts at Goldman\nSachs said the shares were worth $40 each.";
    expect(claimQuoting(claims(goldman), "$40").claimant.name).toContain("Goldman Sachs");
    expect(
      one(
        "Summary\n\nNet migration fell to 204,000 in the year to June, the lowest level since 2021, the ONS said. It was\n431,000 a year earlier.",
        "431,000",
      ),
    ).toBe(true);
  });

  it("runs a summary's long line on when it ends on a verb or a word before a figure", () => {
    const one = (text: string, fragment: string) =>
      claims(text).some((c) => c.quote.includes(fragment) && c.quote.includes("\n"));
    expect(
      one(
        "Summary\n\nThe minister told the Commons that the cost of the scheme had risen to about\n£4bn and would rise again next year",
        "£4bn",
      ),
    ).toBe(true);
    expect(
      one(
        "At a glance\n\nThe study tracked 4,000 patients over ten years and found that those who took the drug were\n40% less likely to have a heart attack",
        "40% less likely",
      ),
    ).toBe(true);
  });
});
