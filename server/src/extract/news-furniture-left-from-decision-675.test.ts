import { describe, expect, it } from "vitest";
import { quotes, STORY, STORY_QUOTE, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Page furniture decision 675 left (decision 720): regional papers' names that end neither in
 * "Echo" nor "Mail", headlines in "-med" or "-ved" whose participle the common-words list lacks
 * over a desk line, a pasted page's cookie banner, its controls and labels, and the links under "You
 * might also like".
 */

const PAGE = `Council to cut 38 bus routes

${LEAD}

Share on Facebook
Share on X

We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
Accept all cookies
Manage preferences

142 comments
View comments`;

describe("a regional paper's name alone on the first line", () => {
  it("drops a regional paper's 'Messenger', 'Argus', 'Courier', 'Examiner' or 'Sentinel'", () => {
    for (const name of [
      "Kent Messenger",
      "Brighton Argus",
      "Dundee Courier",
      "Huddersfield Examiner",
      "Stoke Sentinel",
    ])
      expect(quotes(`${name}\n\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("drops a place's 'Live' and a place's 'Daily Press' or 'Evening Press'", () => {
    for (const name of ["Bristol Live", "Hull Live", "Eastern Daily Press", "York Evening Press", "KENT MESSENGER"])
      expect(quotes(`${name}\n${STORY}`)).toEqual([STORY_QUOTE]);
  });

  it("reads headlines and names that end the same way (near-misses)", () => {
    expect(quotes(`Shoot the Messenger\n${STORY}`)).toContain("Shoot the Messenger");
    expect(quotes(`Premier League Live\n${STORY}`)).toContain("Premier League Live");
    expect(quotes(`Detroit Free Press\n${STORY}`)).toContain("Detroit Free Press");
    expect(quotes(`Councillor Quits Bristol Live\n${STORY}`)).toContain("Councillor Quits Bristol Live");
    expect(quotes(`Courier Sacked Over Parcels\n${STORY}`)).toContain("Courier Sacked Over Parcels");
  });
});

describe("a headline in '-med' or '-ved' the common-words list lacks, over a desk line", () => {
  it("reads it as a headline", () => {
    for (const headline of ["Minister Shamed", "Victory Claimed", "Council Tax Claimed", "Bodies Exhumed"])
      expect(quotes(`${LEAD}\n\n${headline}\nHealth Correspondent`)).toContain(headline);
  });

  it("drops a writer's name in '-med' or '-ved' as before (near-misses)", () => {
    for (const name of ["Sajid Javed", "Nadia Mohammed", "Hamed Karimi", "Sara Ahmed"])
      expect(quotes(`${LEAD}\n\n${name}\nHealth Correspondent`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a pasted page's cookie banner and comment link", () => {
  it("gives no claim for the banner's notice, its buttons or 'View comments'", () => {
    expect(quotes(PAGE)).toEqual([LEAD_QUOTE]);
  });

  it("drops the banner's other buttons alone on their line", () => {
    for (const button of ["Reject all", "Cookie settings", "Accept necessary cookies only", "Read all comments"])
      expect(quotes(`${LEAD}\n\n${button}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a sentence about cookies that holds a claim or goes on (near-misses)", () => {
    expect(quotes("We use cookies on 40% of our pages, the regulator found.")).toEqual([
      "We use cookies on 40% of our pages",
    ]);
    expect(quotes("By continuing to cut rates, the Bank has kept borrowing cheap.")).toEqual([
      "By continuing to cut rates, the Bank has kept borrowing cheap",
    ]);
    expect(quotes("Accept all cookies, the regulator urged websites on Tuesday.")).toEqual([
      "Accept all cookies, the regulator urged websites on Tuesday",
    ]);
    expect(quotes("The site uses cookies to track 3 million users, according to the watchdog.")).toEqual([
      "The site uses cookies to track 3 million users",
    ]);
  });
});

const CONTROLS = `Rail fares to rise by 4.6% in March

${LEAD}

Advertisement
Skip advertisement

You might also like
Council tax to rise by 5% in April

Credit: John Smith/Reuters
Listen to this article · 4 min
Save article
Print this page
Sign up to our free newsletter
Please enter a valid email address
Leave a comment
Report this comment
Back to top`;

describe("a pasted page's controls and its 'You might also like' links", () => {
  it("gives no claim for the controls, the picture's credit or another story's headline", () => {
    expect(quotes(CONTROLS)).toEqual(["Rail fares to rise by 4.6% in March", LEAD_QUOTE]);
  });

  it("reads a sentence that opens as a control does and goes on (near-misses)", () => {
    expect(quotes("Back to top form, the striker scored 30 goals this season.")).toEqual([
      "Back to top form, the striker scored 30 goals this season",
    ]);
    expect(quotes("Credit: Moody's cut the rating to A3 in March.")).toEqual([
      "Credit: Moody's cut the rating to A3 in March",
    ]);
    expect(quotes("Recommended\nAdults should eat five portions of fruit a day, the NHS says.")).toEqual([
      "Adults should eat five portions of fruit a day",
    ]);
  });
});

describe("near-misses of decision 720's rules", () => {
  it("reads a title-case headline that ends in a paper's word after its verb", () => {
    for (const headline of [
      "Police Hunt Fake Courier",
      "POLICE HUNT FAKE COURIER",
      "Police Hunt Courier",
      "Police Raid Daily Press",
    ])
      expect(quotes(`${headline}\n\n${STORY}`)).toContain(headline);
    expect(quotes(`Police Hunt Fake Courier\nBy Jane Smith, Crime Reporter\n\n${STORY}`)).toContain(
      "Police Hunt Fake Courier",
    );
  });

  it("reads a story's sentence about a site's cookies that a source reports", () => {
    for (const [sentence, quote] of [
      ["We use cookies to track children, a TikTok whistleblower claimed.", "We use cookies to track children"],
      ["This website uses cookies that break UK law, the judge ruled.", "This website uses cookies that break UK law"],
      ["Our website uses cookies illegally, campaigners allege.", "Our website uses cookies illegally"],
      ["We use cookies to fight fraud, the bank explained.", "We use cookies to fight fraud"],
      [
        "By continuing to use Facebook, you agree to cookies that track you across the web, the lawsuit alleges.",
        "By continuing to use Facebook, you agree to cookies that track you across the web",
      ],
    ])
      expect(quotes(`${LEAD}\n\n${sentence}`)).toEqual([LEAD_QUOTE, quote]);
    expect(quotes("We use cookies, Google admitted in court on Tuesday.")).toHaveLength(1);
  });
});
