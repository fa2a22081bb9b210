import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 750: the clauses and kinds decision 685 left. The texts are written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("a speech to come tagged before the quotation with its own verb", () => {
  it("names the speaker and words the tag as the text does", () => {
    const mps = quoting("Rachel Reeves will tell MPs: “The economy is growing.”", "economy");
    expect(mps.claimant?.name).toBe("Rachel Reeves");
    expect(mps.text).toBe("Rachel Reeves will tell MPs: “The economy is growing.”");
    const argue = quoting("Rachel Reeves will speak in Leeds. She will argue: “The economy is growing.”", "economy");
    expect(argue.claimant?.name).toBe("Rachel Reeves");
    expect(argue.text).toBe("Rachel Reeves will argue: “The economy is growing.”");
    const commons = quoting("The chancellor will tell the Commons: “The economy is growing.”", "economy");
    expect(commons.claimant?.name).toBe("chancellor");
    expect(commons.text).toBe("The chancellor will tell the Commons: “The economy is growing.”");
  });

  it("keeps 'will say:', 'said:', a passive and a phrase that names no one as they were", () => {
    expect(quoting("Rachel Reeves will say: “The economy is growing.”", "economy").text).toBe(
      "Rachel Reeves will say: “The economy is growing.”",
    );
    expect(quoting("Rachel Reeves said: “The economy is growing.”", "economy").text).toBe(
      "Rachel Reeves said: “The economy is growing.”",
    );
    expect(quoting("Reeves will be told: “The economy is growing.”", "economy").claimant?.name).not.toBe("Reeves");
    expect(quoting("The forecast will tell us: “Rain is on the way.”", "Rain").claimant?.type).toBe("article");
  });

  it("leaves a speech to come another speaker reports, a tag after the quotation and a quoted clause", () => {
    expect(quoting("Smith said Jones will tell MPs: “Growth is back.”", "Growth").claimant?.name).toBe("Smith");
    const reeves = quoting("Many will say: “This is a tax,” said Reeves.", "tax");
    expect(reeves.text).not.toMatch(/^Reeves will say/);
    expect(quoting("Trump will tell supporters in Ohio that “America is back.”", "America").text).not.toContain(
      "that:",
    );
  });
});

describe("reported speech after 'would say that'", () => {
  it("is the speaker's statement, not the article's forecast", () => {
    const c = quoting("Smith would say that the policy was working.", "policy");
    expect(c.claimant?.name).toBe("Smith");
    expect([c.kind, ...c.alsoKinds]).not.toContain("prediction");
  });

  it("leaves a condition, a time's opener and another speaker's tag as they were", () => {
    expect(quoting("Smith would say that if asked.", "Smith").claimant?.type).toBe("article");
    expect(quoting("Smith would say that the policy was working if asked.", "policy").claimant?.type).toBe("article");
    expect(quoting("Every week Smith would say that the plan was working.", "plan").claimant?.type).toBe("article");
    expect(quoting("Reeves would say that growth was back, her aides insisted.", "growth").claimant?.name).toBe(
      "her aides",
    );
  });
});

describe("a routine after a time that recurs", () => {
  it("is a named body's habit when the article tells it", () => {
    expect(kindsOf("Every year Tesla would visit the plant in Shanghai.", "Tesla")).not.toContain("prediction");
  });

  it("is the speaker's plan when a speaker reports it", () => {
    expect(
      kindsOf(
        "Every week, Reeves would meet her counterparts to agree the budget, the Treasury said on Monday.",
        "counterparts",
      ),
    ).toContain("prediction");
    expect(kindsOf("Every year Reform would visit 100 towns, Farage told supporters.", "towns")).toContain(
      "prediction",
    );
    expect(kindsOf("Every year Biden would visit Ireland, the White House announced.", "Ireland")).toContain(
      "prediction",
    );
  });

  it("keeps a person's habit told by the article", () => {
    expect(kindsOf("Every week, Johnson would meet the Queen at Buckingham Palace.", "Queen")).not.toContain(
      "prediction",
    );
    expect(kindsOf("Every Sunday my father would walk to the harbour, my mother said.", "harbour")).not.toContain(
      "prediction",
    );
  });

  it("keeps a routine remembered or written down a habit", () => {
    expect(kindsOf("Every Sunday Thatcher would phone her son, her aide recalled.", "phone")).not.toContain(
      "prediction",
    );
    expect(kindsOf("Every Sunday Thatcher would phone her son, according to her diaries.", "phone")).not.toContain(
      "prediction",
    );
  });
});

describe("a cause asked about", () => {
  it("makes no event of 'caused'", () => {
    expect(kindsOf("It is not known what caused the crash.", "crash")).toEqual(["other"]);
    expect(kindsOf("Police are investigating what caused the fire.", "fire")).not.toContain("event");
  });

  it("is no causal claim after 'when or what'", () => {
    expect(kindsOf("It is not known exactly when or what caused the crash.", "crash")).not.toContain("causal");
    expect(kindsOf("It is unclear how or what caused the outage.", "outage")).not.toContain("causal");
  });

  it("keeps an event and a cause told beside it", () => {
    expect(kindsOf("The storm caused the fire.", "storm")).toEqual(expect.arrayContaining(["causal", "event"]));
    expect(kindsOf("It is not known what caused the crash, which led to 12 deaths.", "crash")).toContain("causal");
  });
});

describe("a finding said after the cause was looked for", () => {
  it("keeps the cause causal", () => {
    expect(
      kindsOf("Police investigating what caused the fire said it was started deliberately.", "deliberately"),
    ).toContain("causal");
    expect(
      kindsOf("Investigators looking into what caused the outage said it was caused by a faulty cable.", "cable"),
    ).toContain("causal");
    expect(kindsOf("The inquiry into what caused the blackout said the grid was to blame.", "grid")).toContain(
      "causal",
    );
  });

  it("keeps an open mind no cause", () => {
    expect(
      kindsOf("Police investigating what caused the fire said they were keeping an open mind.", "open mind"),
    ).not.toContain("causal");
  });
});

describe("near-misses of decision 750's rules", () => {
  const { claims } = claimsOn("2026-05-10");

  it("leaves 'would say that' after a subject that names no speaker or an opening adverb the article's", () => {
    for (const body of [
      "No one would say that the policy was working.",
      "Few would say that the policy was working.",
      "Anyone would say that the policy was a failure.",
      "Hardly anyone would say that the NHS is well funded.",
      "A fall in prices would say that demand is weak.",
      "Of course Smith would say that the policy was working.",
      "Perhaps Smith would say that the policy was working.",
    ])
      expect(quoting(body, "would say").claimant?.type, body).toBe("article");
  });

  it("leaves 'would say that' before a preposition or an adverb the article's: 'that' is the pronoun", () => {
    const commons = quoting("Reeves would say that to the Commons on Tuesday.", "Commons");
    expect(commons.claimant?.type).toBe("article");
    expect(commons.text).toBe("Reeves would say that to the Commons on Tuesday");
    expect(claims("Smith would say that on Monday.")).toHaveLength(1);
    expect(quoting("Smith would say that with a smile.", "smile").text).not.toMatch(/^According to/);
  });

  it("gives the speaker no clause after 'but' or a semicolon", () => {
    expect(
      quoting("Smith would say that the policy was working; Jones would disagree.", "Jones").claimant?.name,
    ).not.toBe("Smith");
    expect(quoting("Smith would say that the policy was working but Jones would not.", "Jones").text).not.toMatch(
      /^According to Smith/,
    );
  });

  it("keeps a routine remembered by someone close or told to a court a habit", () => {
    expect(kindsOf("Every Sunday Thatcher would phone her son, her aide said.", "phone")).not.toContain("prediction");
    expect(
      kindsOf("Every morning Federer would swim for an hour, his former coach told the magazine.", "swim"),
    ).not.toContain("prediction");
    expect(
      kindsOf("Every week, Johnson would meet the Queen at Buckingham Palace, aides said.", "Queen"),
    ).not.toContain("prediction");
    expect(
      kindsOf("Every night Smith would sit in his car outside her house, prosecutors told the jury.", "car"),
    ).not.toContain("prediction");
    // A spokesman speaks for the plan.
    expect(kindsOf("Every year Biden would visit Ireland, his spokesman said.", "Ireland")).toContain("prediction");
  });

  it("keeps the event a clause tells after a cause asked about", () => {
    expect(kindsOf("It is not yet known what caused the explosion, which destroyed two homes.", "explosion")).toContain(
      "event",
    );
    expect(
      kindsOf("Firefighters are investigating what caused a blaze that gutted a warehouse in Salford.", "warehouse"),
    ).toContain("event");
    expect(
      kindsOf("It is not known what caused the plane to crash on 12 January, killing all 67 passengers.", "killing"),
    ).toContain("event");
  });

  it("names no speaker of a speech to come after 'Anyone', 'their own story' or a briefing's frame", () => {
    expect(quoting("Anyone will tell you: “The ferry is always late.”", "ferry").claimant?.type).toBe("article");
    expect(
      quoting("The figures will tell their own story: “Sales fell 12% in the quarter.”", "Sales").claimant?.type,
    ).toBe("article");
    const understood = quoting("It is understood that Reeves will tell MPs: “There will be no tax rises.”", "tax");
    expect(understood.claimant?.name).not.toBe("Reeves");
    expect(understood.text).toMatch(/^It is understood/);
  });

  it("words every part of a split quotation with the tag of a speech to come, not 'said'", () => {
    const body =
      "Rachel Reeves will tell MPs: “There will be no tax rises for working people in this parliament, and that is a promise I intend to keep.”";
    expect(quoting(body, "tax rises").text).toMatch(/^Rachel Reeves will tell MPs: “There/);
    expect(quoting(body, "promise").text).toMatch(/^Rachel Reeves will tell MPs: “that/);
  });
});
