import { describe, expect, it } from "vitest";
import { claimsOn } from "./claim-lookup.test-helper.ts";

/**
 * Decision 685: the clauses and kinds decision 645 left. The texts are written for these tests.
 */
const { quoting } = claimsOn("2026-05-10");
const kindsOf = (body: string, fragment: string) => {
  const c = quoting(body, fragment);
  return [c.kind, ...c.alsoKinds];
};

describe("a cause not yet known", () => {
  it("names no cause", () => {
    expect(kindsOf("Investigators said the cause of the collapse was not yet known.", "collapse")).not.toContain(
      "causal",
    );
    expect(kindsOf("The cause of the fire is not yet clear.", "fire")).not.toContain("causal");
  });

  it("keeps a cause named and a cause found later", () => {
    expect(kindsOf("The cause of the fire was an electrical fault.", "fire")).toContain("causal");
    expect(
      kindsOf("The cause of the fire was not yet known until investigators found a faulty wire.", "fire"),
    ).toContain("causal");
  });
});

describe("what caused something, asked", () => {
  it("asserts no cause after a frame of not knowing or of looking", () => {
    expect(kindsOf("Police are investigating what caused the fire.", "investigating")).not.toContain("causal");
    expect(kindsOf("It is not known what caused the crash.", "crash")).not.toContain("causal");
    expect(kindsOf("It is unclear what caused the outage.", "outage")).not.toContain("causal");
    expect(kindsOf("Engineers are trying to establish what caused the collapse.", "collapse")).not.toContain("causal");
  });

  it("keeps a cause told, and another causal word beside the question", () => {
    expect(kindsOf("The storm caused the fire.", "storm")).toContain("causal");
    expect(kindsOf("Police know what caused the fire: a cigarette.", "Police")).toContain("causal");
    expect(kindsOf("It is not known what caused the crash, which led to 12 deaths.", "crash")).toContain("causal");
  });
});

describe("a first since with 'to' and a verb after it", () => {
  it("is a record beside or after a day's opener and at the text's start", () => {
    const heat = "In 2024, the first full year since records began to exceed 1.5C, global temperatures hit a peak.";
    expect(kindsOf(heat, "first full year")).toContain("comparison_record");
    expect(kindsOf("Yesterday, the first woman since 1990 to win the race crossed the line.", "woman")).toContain(
      "comparison_record",
    );
    expect(kindsOf("The first woman since 1990 to win the race crossed the line.", "woman")).toContain(
      "comparison_record",
    );
  });

  it("leaves an event's name, a place and a span as they were", () => {
    expect(kindsOf("On Monday, the first flight since the crash took off from Jakarta.", "flight")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("On Monday, the first flight since the crash to Jakarta took off.", "flight")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("The first flight since the crash took off to cheers.", "flight")).not.toContain(
      "comparison_record",
    );
  });
});

describe("'This' before a word that is no time", () => {
  it("opens a clause, and a first since after it is a record", () => {
    expect(kindsOf("This means, the first loss since 2009 was avoidable.", "first loss")).toContain(
      "comparison_record",
    );
  });

  it("keeps 'This week,' and 'This year,' as a time's opener", () => {
    expect(kindsOf("This week, the first rise since 2008 was reported by the ONS.", "first rise")).not.toContain(
      "comparison_record",
    );
    expect(kindsOf("This year, the first flight since the crash took off.", "first flight")).not.toContain(
      "comparison_record",
    );
  });
});

describe("a pronoun before 'will say' in a quotation's tag", () => {
  it("names the speaker it stands for, and words a speech to come", () => {
    const c = quoting(
      "Rachel Reeves will speak in Leeds. “The economy is growing,” she will say on Wednesday.",
      "economy",
    );
    expect(c.claimant?.name).toBe("Rachel Reeves");
    expect(c.text).toBe("Rachel Reeves will say: “The economy is growing”");
    const argue = quoting("Rachel Reeves will speak in Leeds. “Growth is back,” she will also argue.", "Growth");
    expect(argue.claimant?.name).toBe("Rachel Reeves");
  });

  it("leaves 'would often say', a new sentence and a passive as they were", () => {
    const habit = quoting("Rachel Reeves spoke in Leeds. “Not now,” she would often say.", "Not now");
    expect(habit.claimant?.name).not.toBe("Rachel Reeves");
    const next = quoting(
      "Rachel Reeves will speak in Leeds. “The economy is growing.” She will say the plan is working.",
      "economy",
    );
    expect(next.claimant?.name).not.toBe("Rachel Reeves");
    const told = quoting("Rachel Reeves spoke in Leeds. “The economy is growing,” she will be told.", "economy");
    expect(told.claimant?.name).not.toBe("Rachel Reeves");
  });
});

describe("'will say' in a tag before the quotation", () => {
  it("names the speaker and words a speech to come", () => {
    const named = quoting("Rachel Reeves will say: “The economy is growing.”", "economy");
    expect(named.claimant?.name).toBe("Rachel Reeves");
    expect(named.text).toBe("Rachel Reeves will say: “The economy is growing.”");
    const pronoun = quoting("Rachel Reeves will speak in Leeds. She will say: “The economy is growing.”", "economy");
    expect(pronoun.claimant?.name).toBe("Rachel Reeves");
    expect(pronoun.text).toBe("Rachel Reeves will say: “The economy is growing.”");
  });

  it("keeps 'said:' and a passive as they were", () => {
    expect(quoting("Rachel Reeves said: “The economy is growing.”", "economy").text).toBe(
      "Rachel Reeves said: “The economy is growing.”",
    );
    expect(quoting("Reeves will be told: “The economy is growing.”", "economy").claimant?.name).not.toBe("Reeves");
  });

  it("names a role or a body written with 'the' (decision 685's last item)", () => {
    const role = quoting("The chancellor will say: “The economy is growing.”", "economy");
    expect(role.claimant?.name).toBe("chancellor");
    expect(role.text).toBe("The chancellor will say: “The economy is growing.”");
    const titled = quoting(
      "The health secretary will also say: “Waiting lists are falling for the first time since the pandemic.”",
      "Waiting",
    );
    expect(titled.claimant?.name).toBe("health secretary");
  });

  it("leaves a phrase that names no role or body to the article", () => {
    expect(quoting("The forecast will say: “Rain is on the way.”", "Rain").claimant?.type).toBe("article");
    expect(quoting("The truth will say: “We were right all along.”", "right").claimant?.type).toBe("article");
  });
});

describe("near-misses of decision 685's rules", () => {
  it("keeps the cause an inquiry found", () => {
    const found = "The investigation into what caused the crash found that pilot error was to blame.";
    expect(kindsOf(found, "pilot error")).toContain("causal");
    expect(kindsOf("The probe into what caused the crash blamed pilot fatigue.", "pilot fatigue")).toContain("causal");
    expect(kindsOf("Police are investigating what caused the fire.", "investigating")).not.toContain("causal");
  });

  it("reads a gathering held for a purpose as an event, not a record", () => {
    const meeting = "Yesterday, the first meeting since the election to discuss the budget was held in Brussels.";
    expect(kindsOf(meeting, "meeting")).not.toContain("comparison_record");
    expect(
      kindsOf("On Monday, the first talks since the ceasefire to end the war opened in Doha.", "talks"),
    ).not.toContain("comparison_record");
    expect(
      kindsOf("On Saturday, the first march since 2003 to oppose a war drew 100,000 people.", "march"),
    ).not.toContain("comparison_record");
    expect(kindsOf("Yesterday, the first woman since 1990 to win the race crossed the line.", "woman")).toContain(
      "comparison_record",
    );
  });

  it("keeps a day, a month, a feast and a kind of year after 'This' as a time's opener", () => {
    for (const opener of [
      "This Monday",
      "This June",
      "This Christmas",
      "This past week",
      "This financial year",
      "This fall",
    ])
      expect(kindsOf(`${opener}, the first rise since 2008 was reported by the ONS.`, "first rise")).not.toContain(
        "comparison_record",
      );
  });

  it("leaves a pronoun that stands for no one named in the article's tag", () => {
    const generic = quoting(
      "Ed Davey defended the plan. “It is unaffordable,” they will say, but the sums add up.",
      "unaffordable",
    );
    expect(generic.text).toContain("they will say, but the sums add up");
    const habit = quoting("My father was a miner. “Never trust a Tory,” he will say to anyone who listens.", "Tory");
    expect(habit.text).toContain("he will say to anyone who listens");
    const told = quoting(
      "The defendant will give evidence. “I was not there,” he will say, the prosecution said.",
      "there",
    );
    expect(told.text).toContain("the prosecution said");
  });
});
