import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";
import { quotes, LEAD, LEAD_QUOTE } from "./furniture-story.test-helper.ts";

/**
 * Decision 885: a player's "Watch live 2:15" and "Listen again 45:10" alone on their line, and a
 * source's medium described by "posted" ("…, TikTok said in a video posted on Monday"), left by
 * decision 840.
 */

const { claims } = claimsOn("2026-05-10");
const read = (body: string) => claims(body).map((c) => ({ text: c.text, claimant: c.claimant.name }));

describe("a player's 'Watch live' and 'Listen again' with the clip's time, alone on its line", () => {
  it("gives no claim for it", () => {
    for (const player of [
      "Watch live 2:15",
      "Watch live · 2:15",
      "WATCH LIVE 1:02:45",
      "Watch: 2:15",
      "Listen again 45:10",
      "Listen again: 45:10",
      "Watch again – 3:20",
    ])
      expect(quotes(`${LEAD}\n\n${player}`)).toEqual([LEAD_QUOTE]);
  });

  it("reads a schedule's line, a clock time and a story's line that goes on (near-miss)", () => {
    for (const line of [
      "Watch live: 12:30",
      "Watch live 2:15pm",
      "Watch live from 2:15",
      "Kick-off 2:15",
      "Listen again to 45:10 of the tape",
    ])
      expect(quotes(`${LEAD}\n\n${line}`)).toContain(line);
    const story = "Watch live 2:15 into the footage and officers charge the crowd, the BBC said.";
    expect(quotes(`${LEAD}\n\n${story}`)).toContain("Watch live 2:15 into the footage and officers charge the crowd");
    const race = "She ran the marathon in 2:15:40, a course record, organisers said.";
    expect(quotes(`${LEAD}\n\n${race}`)).toContain("She ran the marathon in 2:15:40, a course record");
  });
});

describe("a source's video or speech described by a participle after a trailing tag", () => {
  it("credits what came before the tag to the source", () => {
    expect(read("Prices will rise by 5% next year, the company said in a video posted on Monday.")).toEqual([
      { text: "According to the company, prices will rise by 5% next year", claimant: "company" },
    ]);
    expect(read("Prices will rise by 5% next year, Tesco said in a speech delivered in Leeds.")).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
    ]);
  });

  it("no longer names the verb and its medium as the source", () => {
    const boast = read("We use trackers to follow readers, TikTok brags in a video posted on Monday.");
    expect(boast).toHaveLength(1);
    expect(boast[0]!.claimant).not.toContain("brags");
    expect(boast[0]!.text).toBe("We use trackers to follow readers, TikTok brags in a video posted on Monday");
  });

  it("still reads 'posted' as a report where it is one, and a verb after the tag (near-miss)", () => {
    expect(read("Trump posted that tariffs would rise to 50%.")).toEqual([
      { text: "According to Trump, tariffs would rise to 50%", claimant: "Trump" },
    ]);
    expect(read("Tariffs will rise to 50%, Trump posted on Monday.")[0]!.claimant).toBe("Trump");
    expect(read("Prices will rise by 5% next year, Tesco said in a statement released on Monday.")).toEqual([
      { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
    ]);
    expect(read("In a statement posted on Telegram, the ministry said 40 drones were shot down.")).toEqual([
      { text: "According to the ministry, 40 drones were shot down", claimant: "ministry" },
    ]);
    const video = read("The video posted on Monday shows 40 officers charging the crowd.");
    expect(video.map((c) => c.claimant)).toEqual(["the article"]);
    const email = read("Prices will rise, Tesco said in an email, and staff worried about pay.");
    expect(email.map((c) => c.text)).toContain("According to Tesco, prices will rise");
  });
});

describe("near-misses of decision 885's rules", () => {
  it("keeps an addition after a medium described by 'posted' with the source", () => {
    for (const tag of ["said in a video posted on Monday", "said in a speech delivered in Leeds"]) {
      const body = `Prices will rise by 5% next year, Tesco ${tag}, adding that 40 stores would close.`;
      expect(read(body)).toEqual([
        { text: "According to Tesco, prices will rise by 5% next year", claimant: "Tesco" },
        { text: "According to Tesco, 40 stores would close", claimant: "Tesco" },
      ]);
    }
  });
});
