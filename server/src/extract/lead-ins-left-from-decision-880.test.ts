import { describe, expect, it } from "vitest";
import { LEAD, leadInLines, UNDER } from "./lead-in-lines.test-helper.ts";

/**
 * Lead-ins left from decision 880 (decision 925): "Indeed", "Likewise", "Nonetheless" and
 * "Besides" alone before "…, X said" run on into the speaker's words on the line under, as
 * "Meanwhile" and "Overall" do; a place lead-in whose own noun is in the plural ("Near Leeds bus
 * stations, police said") runs on as the singular does, and is no statement; and a lead-in alone on
 * a short line after a blank line ("Later, the minister said" over "Labour says …") runs on too.
 */
const { oneSentence, below, joined, speakerOf } = leadInLines("2026-05-10");
const SMITH = "Mr Smith said he had never met the victim in March.";
/** Each line over `next`, below the body's top: does it run on into it? */
const runsOn = (lines: readonly string[], next = UNDER) => lines.map((line) => [line, joined(line, next)] as const);
const all = (lines: readonly string[], value: boolean) => lines.map((line) => [line, value] as const);

describe("'Indeed', 'Likewise', 'Nonetheless' and 'Besides' alone before '…, X said' below the body's top", () => {
  const ADVERBS = [
    "Indeed, the union said",
    "Indeed, Mr Jones said",
    "Likewise, the council said",
    "Nonetheless, the minister said",
    "Besides, the club said",
  ];
  // Decision 925 ran these on; since decision 1025 a one-word lead-in's line over a line that opens
  // with its own speaker stands apart, and the line under keeps its speaker.
  it("stand apart from the speaker's words on the line under", () => {
    expect(runsOn(ADVERBS)).toEqual(all(ADVERBS, false));
    expect(runsOn(ADVERBS, SMITH)).toEqual(all(ADVERBS, false));
  });

  it("leave the reported words to the line under's speaker", () => {
    expect(speakerOf(below("Indeed, the union said", UNDER), "better than expected")).toBe("analysts");
    expect(speakerOf(below("Likewise, the council said", UNDER), "better than expected")).toBe("analysts");
  });
});

describe("a place lead-in whose own noun is in the plural, over a speaker's line", () => {
  it("runs on as the singular does", () => {
    const PLURALS = [
      "Near Leeds bus stations, police said",
      "Outside Westminster magistrates courts, his lawyer said",
      // "Near Leeds bus stations, a witness said" stands apart since decision 965: the attribution
      // reader names no witness, and the line under keeps its speaker.
    ];
    expect(runsOn(PLURALS)).toEqual(all(PLURALS, true));
  });

  it("gives the line under to the lead-in's speaker", () => {
    expect(speakerOf(below("Near Leeds bus stations, police said", UNDER), "better than expected")).toBe("police");
  });
});

describe("a lead-in alone on a short line after a blank line, over a speaker's line", () => {
  /** The line as a paragraph's first line, under the article's first paragraph. */
  const paragraph = (line: string, next: string) => `${LEAD}\n\n${line}\n${next}`;
  const LABOUR = "Labour says the figures were better than expected.";
  it("runs on into the speaker's words on the line under, which go to the lead-in's speaker", () => {
    // "Later, the minister said", "Meanwhile, the bank said" and "Indeed, the union said" stand
    // apart since decision 1025 (a one-word lead-in over a line with its own speaker).
    const LINES = ["Near Leeds, police said", "Outside court, his lawyer said"];
    const read = LINES.map(
      (line) => [line, oneSentence(paragraph(line, LABOUR), line.slice(-12), "Labour says")] as const,
    );
    expect(read).toEqual(all(LINES, true));
    expect(speakerOf(paragraph("Near Leeds, police said", LABOUR), "better than expected")).toBe("police");
  });

  it("still breaks a statement, and the line at the body's top or under a headline", () => {
    const body = paragraph("Prices rose 5 per cent, the bank said", UNDER);
    expect(oneSentence(body, "the bank said", "Analysts said")).toBe(false);
    expect(speakerOf(body, "better than expected")).toBe("analysts");
    for (const top of [
      `Later, the minister said\n${LABOUR}`,
      `Budget row\n\nLater, the minister said\n${LABOUR}`,
      `${LEAD}\n\nUnacceptable, the union said\n${LABOUR}`,
    ]) {
      expect(
        oneSentence(top, "minister said", "Labour says") || oneSentence(top, "union said", "Labour says"),
        top,
      ).toBe(false);
    }
  });
});

describe("near-misses of decision 925's rules", () => {
  it("still breaks a one-word statement, a past or more than the adverb before its speaker", () => {
    const STATEMENTS = [
      "Unacceptable, the union said",
      "Agreed, the minister said",
      "Wrong, critics said",
      "Yes, the minister said",
      "Nothing, the union said",
      // "Otherwise, the union said" runs on since decision 965, as "Likewise" does.
      "Indeed profits rose, the bank said",
      "Besides the point, the minister said",
    ];
    expect(runsOn(STATEMENTS)).toEqual(all(STATEMENTS, false));
  });

  it("still breaks a statement of a place and a subject, its subject in '-s'", () => {
    const PLACE_STATEMENTS = [
      "Across Europe prices rise, analysts said",
      "Across London hospitals struggle, the NHS said",
      "Outside London courts sit, the lawyer said",
      "Across Wales councils struggle, the WLGA said",
    ];
    expect(runsOn(PLACE_STATEMENTS)).toEqual(all(PLACE_STATEMENTS, false));
  });

  it("still runs on the singular place nouns and the adverbs of decision 880", () => {
    const KEPT = [
      "Near Leeds bus station, police said",
      "Outside Westminster magistrates court, his lawyer said",
      // "Meanwhile, the bank said" and "Overall, the bank said" stand apart since decision 1025.
    ];
    expect(runsOn(KEPT)).toEqual(all(KEPT, true));
  });

  it("still breaks an aside after 'Indeed' ('as the union said'), and the line under keeps its speaker", () => {
    expect(joined("Indeed, as the union said", UNDER)).toBe(false);
    expect(speakerOf(below("Indeed, as the union said", UNDER), "better than expected")).toBe("analysts");
  });

  it("sets apart a short lead-in line whose speaker is a pronoun, an aside or a word not read as one", () => {
    const LABOUR = "Labour says the figures were better than expected.";
    const SHORT = [
      "Later, she said",
      "Later, he said",
      "Later, they said",
      "Later, it said",
      "Meanwhile, she said",
      "Likewise, he said",
      "Later, as the union said",
      "Indeed, as Labour says",
      "Later, the mother said",
    ];
    const read = SHORT.map(
      (line) => [line, oneSentence(`${LEAD}\n\n${line}\n${LABOUR}`, line.slice(-10), "\nLabour says")] as const,
    );
    expect(read).toEqual(all(SHORT, false));
    expect(speakerOf(`${LEAD}\n\nLater, she said\n${LABOUR}`, "better than expected")).toBe("Labour");
    // A "had" before "said" is passed over: the minister is read, and the line runs on.
    const had = `${LEAD}\n\nNear Leeds, the minister had said\n${LABOUR}`;
    expect(speakerOf(had, "better than expected")).toBe("minister");
  });

  it("reads the lines at the body's top, under a headline and on one line as before", () => {
    const tops = ["Indeed, the union said", "Likewise, the council said"].flatMap((line) =>
      [`${line}\n${UNDER}`, `Council budget row\n${line}\n${UNDER}`].map(
        (body) => [line, oneSentence(body, line.slice(-12), "Analysts said")] as const,
      ),
    );
    expect(
      tops.every(([, one]) => !one),
      JSON.stringify(tops),
    ).toBe(true);
    expect(speakerOf("Indeed, the union said pay rose 5 per cent.", "5 per cent")).toBe("union");
    expect(speakerOf("Besides, the club said the stadium was full.", "stadium")).toBe("club");
  });
});
