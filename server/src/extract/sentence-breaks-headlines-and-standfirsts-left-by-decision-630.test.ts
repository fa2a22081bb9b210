import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Sentence breaks, headlines and standfirsts left by decision 630 (decision 670): a short wrapped
 * line that ends on an auxiliary broken off from the rest of its sentence, "Click here to" run on
 * into "Subscribe.", a headline's base verb after a writer's job read as the place filed from, a
 * match's goals and shots in words decision 630's list lacked read as a podcast's chapters, and a
 * standfirst run into the photo caption under it or, set on two lines, into the story.
 */
const { claims } = claimsOn("2026-11-30");
const quotes = (body: string) => claims(body).map((c) => c.quote);
/** Does some claim of the text quote `fragment`? */
const kept = (body: string, fragment: string) => quotes(body).some((q) => q.includes(fragment));

const LEAD = "The council voted 7-2 to adopt a $38.2 million budget.";
const LEAD_QUOTE = "The council voted 7-2 to adopt a $38.2 million budget";
const STORY = "The chancellor will cut fuel duty by 5p a litre, the Treasury said.";

describe("a short wrapped line that ends on an auxiliary", () => {
  it("runs the line on into the next", () => {
    const been = `${LEAD}\n\nPolice said the driver, who was 43, had been\nArrested at the scene and taken to hospital in Leeds.`;
    expect(kept(been, "had been\nArrested at the scene")).toBe(true);
    const was = `${LEAD}\n\nPolice named the man who died on Friday. The injured man was\nTom Reid, 43, of Leeds.`;
    expect(quotes(was)).toContain("The injured man was\nTom Reid, 43, of Leeds");
    const will = `${LEAD}\n\nThe new chair of the audit committee will be\nSir John Hart, a former banker.`;
    expect(kept(will, "will be\nSir John Hart")).toBe(true);
  });
});

describe("a link's call to click over its button's word", () => {
  it("is no claim", () => {
    for (const call of ["Click here to\nSubscribe.", "Tap here to\nSubscribe.", "Click here to\nDonate."])
      expect(quotes(`${LEAD}\n\n${call}`)).toEqual([LEAD_QUOTE]);
  });
});

describe("a headline's base verb after a writer's job", () => {
  it("is read as news, not dropped as a byline's place", () => {
    for (const line of [
      "Jane Smith, Political Editor, Cut Fuel Duty",
      "Tom Reid, Chief Reporter, Urge Tax Rise",
      "Jane Smith, Political Editor, To Step Down",
    ])
      expect(kept(`${LEAD}\n\n${line}\n\n${STORY}`, line)).toBe(true);
  });
});

describe("a match's goals and shots in a reporter's words, under the hour", () => {
  it("reads each event of the run", () => {
    const run =
      "(12:03) Kane heads in from a corner\n(20:10) Foden hits the bar\n(51:20) Haaland fires home for the visitors";
    for (const body of [run, `${LEAD}\n\n${run}`]) {
      expect(kept(body, "Kane heads in from a corner")).toBe(true);
      expect(kept(body, "Foden hits the bar")).toBe(true);
      expect(kept(body, "Haaland fires home")).toBe(true);
    }
  });
});

describe("a standfirst over a caption with its credit label", () => {
  const HEAD = "Council approves new housing plan";
  const STANDFIRST =
    "The scheme will bring 400 homes to the east of the town over the next ten years and create 200 jobs";
  const CAPTION = "Residents protest outside the town hall on Tuesday. Photograph: Jane Smith/PA";
  const FIRST = "The council voted 30 to 12 on Tuesday to approve the plan.";

  it("ends the standfirst at its line and the credit at its own", () => {
    for (const body of [
      `${HEAD}\n${STANDFIRST}\n${CAPTION}\n${FIRST}`,
      `${HEAD}\n${STANDFIRST}\n${CAPTION}\n\n${FIRST}`,
    ]) {
      expect(quotes(body)).toContain(STANDFIRST);
      expect(quotes(body)).toContain("The council voted 30 to 12 on Tuesday to approve the plan");
      expect(kept(body, "Photograph")).toBe(false);
    }
  });
});

describe("a standfirst set on two lines over the story's first", () => {
  it("ends at its second line", () => {
    const body =
      "Council approves new housing plan\nThe scheme will bring 400 homes to the east of the town over the next ten years\nand create 200 jobs in construction and retail, the council says in its plan\nThe council voted 30 to 12 on Tuesday to approve the plan.";
    expect(quotes(body)).toContain("The council voted 30 to 12 on Tuesday to approve the plan");
  });
});

describe("near-misses of decision 670's rules", () => {
  it("runs a paragraph wrapped at its width on into a third line that opens 'The' as before", () => {
    const body = `${LEAD}\n\nThe council said the scheme would bring hundreds of new homes to the east\nof the town over the next ten years and bring work to hundreds of people\nThe scheme was approved by 30 votes to 12 on Tuesday evening after debate.`;
    expect(kept(body, "hundreds of people\nThe scheme was approved")).toBe(true);
    const button = `${LEAD}\n\nThe scheme will bring 400 homes to the east of the town over the next ten years\nand create 200 jobs in construction and retail for people in the town\nReply`;
    expect(kept(button, "in the town\nReply")).toBe(true);
  });

  it("runs a long line on into a line that ends on a label that is no credit's", () => {
    const body = `${LEAD}\n\nThe scheme will bring 400 homes to the east of the town over the next ten years\nResidents were told on Tuesday. Picture this: a town of 40,000 homes`;
    expect(kept(body, "ten years\nResidents were told on Tuesday")).toBe(true);
  });

  it("still breaks a short headline over a sentence too long to be its wrap", () => {
    const body = `${LEAD}\n\nWho it was\nThe Prime Minister resigned on Friday after 40 days in office, aides said.`;
    expect(kept(body, "The Prime Minister resigned on Friday")).toBe(true);
    expect(kept(body, "Who it was\n")).toBe(false);
    expect(quotes(`${LEAD}\n\nSign in\nThe firm employs 400 people.`)).toContain("The firm employs 400 people");
  });

  it("runs other wraps ending on 'to' on as before, and reads a call in a sentence", () => {
    const to = `${LEAD}\n\nThe tickets went on sale to\nFans at 9am on Friday.`;
    expect(kept(to, "went on sale to\nFans at 9am")).toBe(true);
  });

  it("drops a writer's byline with a place or paper as before", () => {
    for (const byline of [
      "Jane Smith, Political Editor, Westminster",
      "Tom Reid, Chief Reporter, The Times",
      "Jane Smith, Economics Editor, in Washington",
    ])
      expect(kept(`${LEAD}\n\n${byline}\n\n${STORY}`, byline)).toBe(false);
  });

  it("keeps a chapter list with one such title among others, or under its start, as chapters", () => {
    for (const list of [
      "(03:15) Arsenal's title hopes\n(12:40) The squad heads home on the train\n(25:10) Listener questions",
      "(02:00) This week's headlines\n(14:20) Reeves hits the bar on pensions\n(31:00) What next for the Tories",
      "(00:00) Intro\n(12:03) Kane heads in from a corner\n(20:10) Foden hits the bar",
    ])
      expect(quotes(`${LEAD}\n\n${list}`)).toEqual([LEAD_QUOTE]);
  });
  it("breaks a headline ending on an auxiliary as a noun or an idiom off its story's first sentence", () => {
    for (const [head, first] of [
      ["Held against their will", "Two women were rescued from a farm in Kent, police said."],
      ["Let it be", "The Beatles' last album was released in 1970."],
      ["Who we are", "Friends of Leek Library is a charity founded in 1998."],
      ["What might have been", "England lost the final 2-1 in extra time."],
      ["Bride to be", "Jane Smith, 28, will marry on Saturday in York."],
    ] as const) {
      const body = `${LEAD}\n\n${head}\n${first}`;
      expect(kept(body, `${head}\n`)).toBe(false);
      expect(kept(body, first.slice(0, 20))).toBe(true);
    }
    // A headline's second line that goes on with "Not" runs on.
    expect(kept(`${LEAD}\n\nKane: we were\nNot good enough, says England captain.`, "we were\nNot good")).toBe(true);
  });

  it("drops a byline whose place opens with a headline's verb", () => {
    for (const byline of ["Jane Smith, Political Editor, Cut Bank", "Tom Reid, Political Editor, Axe Valley"])
      expect(kept(`${LEAD}\n\n${byline}\n\n${STORY}`, byline)).toBe(false);
  });

  it("runs a line cut on a linking word on into a capitalised caption line under it", () => {
    const body =
      "Council approves new housing plan\nThe scheme will bring 400 homes to the east of the town over the next ten years and could\nCost more than planned. Photo: the site as it is today\nThe council voted 30 to 12 on Tuesday to approve the plan.";
    expect(kept(body, "and could\nCost more than planned")).toBe(true);
  });
});
