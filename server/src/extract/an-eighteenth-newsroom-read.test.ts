import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@claimdesk/shared/schemas/extracted-claim";
import { extractClaims } from "./extract-claims.ts";
import { claimQuoting, fixtureClaims } from "./claim-lookup.test-helper.ts";

/**
 * Furniture, sentence breaks and kinds from the eighteenth read of news copy (decision 425): a
 * weekend box-office report in Deadline style, a missing-person appeal in Manchester Evening News
 * style, an auction record from Reuters, a cloud outage from AP and a rail timetable change in
 * Yorkshire Post style. The articles are in tests/fixtures/newsroom-read-425; the other texts are
 * written for these tests.
 */
function claims(body: string, publishedOn = "2026-11-27"): ExtractedClaim[] {
  return extractClaims(body, { publishedOn });
}
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "Northern will run 140 fewer trains on Sundays.";
const LEAD_QUOTE = "Northern will run 140 fewer trains on Sundays";

describe("time stamps as the Reach papers and Reuters paste them", () => {
  it("makes no claim of a time, a date and an update glued to it", () => {
    expect(quotes(`11:42, 27 Nov 2026Updated 14:05, 27 Nov 2026\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`November 18, 20262:14 AM GMTUpdated 3 hours ago\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`18:05, 3 Dec 2026\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences that hold a date and a time", () => {
    expect(quotes(`11:42, 27 Nov 2026: police were called to 40 homes.`)).toHaveLength(1);
    expect(quotes(`At 11:42 on 27 Nov 2026 police arrested 4 men.`)).toHaveLength(1);
    expect(quotes(`The flight left at 2:14 AM GMT on November 18, 2026, with 180 passengers.`)).toHaveLength(1);
    expect(quotes(`Updated figures for 2026 show 3 hours ago the grid failed.\n\n${LEAD}`)).toHaveLength(2);
  });
});

describe("Reuters' picture gallery and link labels", () => {
  const CAPTION =
    "Auctioneer Oliver Barker takes bids for Gustav Klimt's \"Portrait of Fräulein Lieser\" at Sotheby's in New York, U.S., November 17, 2026. REUTERS/Mike Segar";
  it("makes no claim of a caption closed by an agency's credit", () => {
    expect(quotes(`Item 1 of 3 ${CAPTION}\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`[1/3]${CAPTION} Purchase Licensing Rights, opens new tab\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
    expect(
      quotes(`Rescuers search the rubble in Kahramanmaras, Turkey. REUTERS/Umit Bektas/File Photo\n\n${LEAD}`),
    ).toEqual([LEAD_QUOTE]);
  });

  it("makes no claim of Reuters' link labels", () => {
    expect(quotes(`${LEAD}\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab`)).toEqual([
      LEAD_QUOTE,
    ]);
    expect(quotes(`${LEAD}\n\nPurchase Licensing Rights, opens new tab`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence that names a Reuters poll or ends with a one-word credit", () => {
    expect(quotes(`Support for the party fell to 31%, according to REUTERS/Ipsos`)).toHaveLength(1);
    expect(quotes(`Turnout was 61%, a poll by REUTERS/IPSOS found\n\n${LEAD}`)).toHaveLength(2);
    expect(quotes(`The ministry said 40 people died, opens new tab, in the attack on Monday.\n\n${LEAD}`)).toHaveLength(
      2,
    );
  });
});

describe("a subscription pitch, newsletter prompts and a consent box", () => {
  it("makes no claim of a paper's pitch for subscribers", () => {
    expect(
      quotes(
        `${LEAD}\n\nThank you for reading. Can we ask for your support? Subscribe to The Yorkshire Post for just £1 for your first month.`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("makes no claim of a prompt to sign up or join", () => {
    for (const prompt of [
      "Our newsletter brings you the latest headlines from across Greater Manchester. Sign up here",
      "Get the biggest stories from across Greater Manchester straight to your inbox by signing up to our free newsletter here",
      "Join the Manchester Evening News WhatsApp community for breaking news alerts. Click here to join.",
      "I'd like to be emailed about offers, events and updates from National World, and receive news from our partners.",
    ])
      expect(quotes(`${LEAD}\n\n${prompt}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences about newsletters, inboxes, WhatsApp groups and thanks", () => {
    expect(
      kept(`Thank you for reading the report, the minister told MPs, as 40 pages were missing.`, "reading the report"),
    ).toBe(true);
    expect(quotes(`Our newsletter brings in £4m a year, the publisher said.`)).toHaveLength(1);
    expect(quotes(`Get ready for 40mph winds on Friday, the Met Office said.`)).toHaveLength(1);
    expect(quotes(`Join the 40,000 people who marched on Saturday, organisers urged.`)).toHaveLength(1);
    expect(
      quotes(`The gang used a WhatsApp community of 4,000 members to sell the drugs, the court heard.`),
    ).toHaveLength(1);
    expect(quotes(`Click fraud cost advertisers $40bn last year.`)).toHaveLength(1);
  });
});

describe("lists of links under more headings", () => {
  it("makes no claim of tags and headlines under Deadline's, the MEN's and Reuters' headings", () => {
    expect(
      quotes(`${LEAD}\n\nRead More About:\nBox Office, Frostbound, Gold Coast, Iron Harbor 2, The Quiet Hours`),
    ).toEqual([LEAD_QUOTE]);
    expect(
      quotes(
        `${LEAD}\n\nMust Read Stories\nNetflix Sets Date For ‘Stranger Things’ Spinoff\n‘SNL’ Lines Up December Hosts`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nMore On\nGreater Manchester Police\nOldham\nMissing people`)).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nSuggested Topics:\nArts\nLifestyle`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence under such words", () => {
    expect(kept(`Must read\nThe council spent £4m on taxis last year.`, "£4m")).toBe(true);
    expect(quotes(`More on that later: the fund lost $40m in 2025.`)).toHaveLength(1);
    expect(quotes(`Suggested topics included a 4% pay rise.`)).toHaveLength(1);
  });
});

describe("a police appeal's contact lines", () => {
  it("makes no claim of how to call the police or a helpline", () => {
    for (const line of [
      "Anyone with information about where Amelia might be is asked to call police on 101 quoting log number 1843 of 24/11/26, or use the LiveChat service at www.gmp.police.uk.",
      "In an emergency, always dial 999.",
      "You can also contact Missing People free and confidentially by calling or texting 116 000.",
      "Anyone with information is urged to contact Crimestoppers anonymously on 0800 555 111.",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps what happened to an appeal and a helpline's figures", () => {
    expect(
      kept(
        `Anyone with information was asked to call 101, but 4,000 calls went unanswered, the inspectorate found.`,
        "4,000 calls",
      ),
    ).toBe(true);
    expect(quotes(`In an emergency, 999 calls are answered within 10 seconds, the NHS said.`)).toHaveLength(1);
    expect(quotes(`You can also contact the council, which received 12,000 complaints in 2025.`)).toHaveLength(1);
  });
});

describe("AP's foot: a reporter's place and the funding note", () => {
  it("makes no claim of where a reporter was or of AP's support", () => {
    expect(
      quotes(
        `${LEAD}\n\nChan reported from London. AP writers Dee-Ann Durbin in Detroit and David Koenig in Dallas contributed to this report.`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(
      quotes(
        `${LEAD}\n\nThe Associated Press receives support from several private foundations to enhance its explanatory coverage of technology. The AP is solely responsible for all content.`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("keeps a report made from a place and a sentence about AP's funding", () => {
    expect(quotes(`Chan reported from London that 40 flights were cancelled.`)).toHaveLength(1);
    expect(quotes(`Nobody reported from Gaza for 40 days.`)).toHaveLength(1);
    expect(kept(`${LEAD}\n\nNobody reported from Gaza.`, "Nobody")).toBe(true);
    expect(quotes(`The Associated Press receives $40m a year from its members, its annual report shows.`)).toHaveLength(
      1,
    );
  });
});

describe("Deadline's page and a caption with its credit after it", () => {
  it("makes no claim of share buttons, an image credit, a desk or a publisher's line", () => {
    expect(
      quotes(
        `By Anthony D'Alessandro\nBox Office Editor\n\nShare on Facebook\nShare on X\nShare on Reddit\nShare on LinkedIn\n\nImage Credit: Walt Disney Studios/Everett Collection\n\n${LEAD}`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(
      quotes(
        `${LEAD}\n\nDeadline is part of Penske Media Corporation. © 2026 Deadline Hollywood, LLC. All Rights Reserved.`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(quotes(`${LEAD}\n\nWe will update this post with Monday actuals.`)).toEqual([LEAD_QUOTE]);
  });

  it("makes no claim of a caption whose credit follows it on its line", () => {
    expect(quotes(`Northern trains at Leeds station. Picture: Simon Hulme\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps sentences that share, credit or update", () => {
    expect(quotes(`Share on Facebook fell 4% on Monday.`)).toHaveLength(1);
    expect(quotes(`Image credits cost the paper £40,000 last year.`)).toHaveLength(1);
    expect(quotes(`The council will update its plan in 2027, it said.`)).toHaveLength(1);
    expect(quotes(`Arsenal is part of a group that owns 40 clubs.`)).toHaveLength(1);
    expect(quotes(`The picture is clear: 40% of trains ran late.\n\n${LEAD}`)).toHaveLength(2);
    expect(quotes(`Picture: Simon Hulme said the line lost 140 trains.`)).toHaveLength(1);
  });
});

describe("AP's share widget and a follow prompt over its networks", () => {
  it("makes no claim of the widget's labels", () => {
    expect(quotes(`Share\nCopy\nLink copied\nEmail\n\nLeer en español\n\n${LEAD}`)).toEqual([LEAD_QUOTE]);
  });

  it("makes no claim of “Follow” and a name over the networks' names", () => {
    expect(quotes(`${LEAD}\n\nFollow Manchester Evening News\nFacebook\nX\nInstagram`)).toEqual([LEAD_QUOTE]);
  });

  it("keeps a sentence after “Follow” and a name", () => {
    expect(kept(`Follow the Money\nThe council spent £4m on taxis last year.`, "£4m")).toBe(true);
    expect(kept(`Link copied 40,000 times, the site said.`, "40,000")).toBe(true);
  });
});

describe("sentence breaks", () => {
  it("reads “Warner Bros.’ The Long Winter” as one sentence", () => {
    const all = quotes(
      "Warner Bros.’ The Long Winter rounded out the top five in its fourth weekend with $7.9 million, down 38%.",
    );
    expect(all).toHaveLength(1);
    expect(all[0]).toContain("Warner Bros.’ The Long Winter");
  });

  it("still ends a quotation in single marks after an abbreviation", () => {
    expect(quotes("He called it ‘a gift to Warner Bros.’ The studio made $40m from it.")).toHaveLength(2);
    expect(quotes("Sales rose 4% at Smith & Co. The firm hired 40 staff.")).toHaveLength(2);
  });

  it("reads each line of a numbered list on its own", () => {
    const all = quotes(
      "1. Frostbound (Dis) 4,150 theaters, Wed-Sun $118.2M, 3-day $84.5M / Total: $118.2M / Wk 1\n2. Iron Harbor 2 (Par) 3,870 theaters, 3-day $31.6M (-52%) / Total: $97.3M / Wk 2",
    );
    expect(all).toHaveLength(2);
    expect(all[0]).not.toMatch(/\n/);
  });

  it("reads each labelled line of a list on its own", () => {
    const all = quotes(
      "The full list of Sunday changes is:\n\nLeeds – Harrogate – Knaresborough: hourly, down from half-hourly\nHuddersfield – Penistone – Sheffield: first train at 11.04am, previously 8.04am\nHull – Bridlington – Scarborough: five trains, down from eight",
    );
    expect(all.filter((q) => q.includes("\n"))).toEqual([]);
    expect(all.some((q) => q.startsWith("Hull – Bridlington"))).toBe(true);
  });

  it("keeps a wrapped sentence whose next line opens with a figure or a label", () => {
    expect(
      quotes("The council said the number of homes built in the county rose to\n2. The rest were delayed."),
    ).toHaveLength(2);
    expect(
      quotes(
        "The minister said the plan was simple in one respect: the tax on\nfuel would rise by 5p a litre, she said, from April 2027 onwards.",
      ),
    ).toHaveLength(1);
  });
});

describe("kinds", () => {
  it("reads “most services were restored” as no record", () => {
    const c = claimQuoting(claims("The company said most services were restored by 12:30 p.m."), "most services");
    expect(c.kind).not.toBe("comparison_record");
    expect(c.alsoKinds).not.toContain("comparison_record");
  });

  it("keeps a superlative “most” as a record", () => {
    for (const [text, fragment] of [
      ["The airport handled the most passengers in its history in 2025.", "most passengers"],
      ["Downdetector received the most reports ever for a single incident.", "most reports"],
      ["Leeds was the most visited city in the north last year.", "most visited"],
      ["The country's most dangerous were the mountain roads, which killed 40 people.", "most dangerous"],
    ] as const) {
      const c = claimQuoting(claims(text), fragment);
      expect([c.kind, ...c.alsoKinds]).toContain("comparison_record");
    }
  });

  it("reads an appeal in “I would urge” as no prediction", () => {
    const c = claimQuoting(
      claims(
        'Inspector Gareth Lowe said: "I would urge Amelia, if she sees this, to get in touch with us or with her family."',
      ),
      "urge",
    );
    expect(c.kind).not.toBe("prediction");
  });

  it("keeps what someone said they would do, and a forecast beside an appeal, as predictions", () => {
    expect(claimQuoting(claims("Sen. Maria Cantwell said she would ask Amazon to brief lawmakers."), "ask").kind).toBe(
      "prediction",
    );
    expect(
      claimQuoting(claims('"I would urge people to stay indoors, as the storm will hit at 6pm," she said.'), "urge")
        .kind,
    ).toBe("prediction");
  });
});

describe("the read's articles", () => {
  const counts: [string, number][] = [
    ["1-box-office-deadline.txt", 31],
    ["2-missing-person-appeal-men.txt", 27],
    ["3-auction-record-reuters.txt", 31],
    ["4-cloud-outage-ap.txt", 35],
    ["5-rail-timetable-yorkshire-post.txt", 34],
  ];
  it.each(counts)("reads %s as %i claims", (name, n) => {
    expect(fixtureClaims(`newsroom-read-425/${name}`)).toHaveLength(n);
  });
});

describe("counter-examples from a review", () => {
  it("reads a police appeal or a helpline line that carries a fact of its own", () => {
    expect(
      kept(
        "Anyone who has information is being asked to contact officers, after £40,000 of jewellery was stolen from a home in Bury.",
        "£40,000 of jewellery",
      ),
    ).toBe(true);
    expect(
      kept(
        "Anyone with information is urged to contact police; a reward of £20,000 has been offered by the family.",
        "£20,000",
      ),
    ).toBe(true);
    expect(
      kept(
        "Anyone with information is asked to call 101, but 4,000 calls to the number went unanswered last year, the inspectorate found.",
        "4,000 calls",
      ),
    ).toBe(true);
    expect(
      kept(
        "Anyone with information about the crash, which killed two men aged 19 and 21 on the A56 at 2am, is urged to contact Lancashire Police.",
        "killed two men",
      ),
    ).toBe(true);
    expect(
      kept(
        "Anyone who has information about doping is asked to report it to UKAD, which received 1,200 tips in 2025.",
        "1,200 tips",
      ),
    ).toBe(true);
    expect(kept("Call the helpline free on 0800 123 4567, which took 40,000 calls last year.", "40,000 calls")).toBe(
      true,
    );
    expect(
      kept("Contact Childline free and confidentially on 0800 1111: calls rose 12% to 300,000 in 2025.", "12%"),
    ).toBe(true);
    expect(
      kept(
        "You can contact the council, which received 12,000 complaints in 2025, free on 0800 123 456.",
        "12,000 complaints",
      ),
    ).toBe(true);
  });

  it("still makes no claim of the appeal and the helpline as a paper prints them", () => {
    expect(
      quotes(
        `Anyone with information is asked to contact police on 101 or Crimestoppers anonymously on 0800 555 111.\n\n${LEAD}`,
      ),
    ).toEqual([LEAD_QUOTE]);
    expect(
      quotes(
        `Anyone with information or dashcam footage of the crash on the M62 near junction 22 is asked to call 101 quoting incident 1234 of 12 November.\n\n${LEAD}`,
      ),
    ).toEqual([LEAD_QUOTE]);
  });

  it("reads a prompt's words when a source says them or a figure goes with them", () => {
    expect(
      kept(
        "Our newsletter gives you more reason to subscribe, the editor said, after 40,000 readers cancelled in 2025.",
        "40,000 readers",
      ),
    ).toBe(true);
    expect(
      kept("Get rid of the idea that 40% of emails sent to your inbox are spam, the regulator said.", "40% of emails"),
    ).toBe(true);
    expect(kept("Join the Labour Party WhatsApp group for activists, the leaked message said.", "Labour Party")).toBe(
      true,
    );
    expect(
      kept("I'd like to hear news from the government about why 40,000 patients waited, the MP said.", "40,000"),
    ).toBe(true);
    expect(
      kept(
        "The Associated Press receives support from the Gates Foundation, which gave $4m in 2025, a filing showed.",
        "Gates Foundation",
      ),
    ).toBe(true);
  });

  it("keeps a sentence before a Reuters/Ipsos poll's name", () => {
    expect(kept("Support for Trump was 40% in the poll. REUTERS/Ipsos Core Political", "40%")).toBe(true);
  });

  it("keeps a sentence wrapped after a comma or a joining word whose next line opens with a label", () => {
    const body =
      "Lisbon, Portugal: the city where prices rose 40% in three years, the report said, and\nBarcelona, Spain: where rents rose 30%, led the list of the most expensive cities.";
    expect(claimQuoting(claims(body), "rents rose 30%").claimant.name).toBe("report");
    // A speaker's turn in capitals still starts its own sentence.
    const transcript = "REYES: We have added 46,000 jobs, and\nLIU: That is simply not true, knife crime rose by 12%";
    expect(claimQuoting(claims(transcript), "knife crime").claimant.name).toBe("Liu");
  });
});

describe("counter-examples from a review: a pledge put as a wish", () => {
  it("keeps 'we would like to build …' a prediction, and 'I would like to thank …' none", () => {
    expect(
      claimQuoting(claims("We would like to build 1.5 million homes by 2029, the party said."), "1.5 million").kind,
    ).toBe("prediction");
    expect(claimQuoting(claims("I would like to thank the 40,000 volunteers."), "40,000").kind).not.toBe("prediction");
  });
});
