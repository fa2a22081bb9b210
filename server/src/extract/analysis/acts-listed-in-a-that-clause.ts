import { PAST_IN_ED } from "./act-verb-and-object.ts";

/**
 * ", took the cash", ", then set fire to": a verb in the past opens the part after a comma, so it
 * shares the clause's subject; ", and officers arrested him" opens with a subject of its own,
 * which may be another speaker's clause (decision 810).
 */
const VERB_SHARING_THE_SUBJECT = new RegExp(
  String.raw`^[ \u00a0]+(?:then[ \u00a0]+)?(?:${PAST_IN_ED}|(?:took|stole|broke|threw|set|struck|shot|found|caught|ran|left|drove|made)\b)`,
  "u",
);

/**
 * "Police said on Monday that the men broke into the shop, took the cash and fled on Saturday",
 * "… that the men stole the cash, and then set fire to the car on Friday": acts listed with commas
 * inside one "that" clause, the last joined on by "and" and split off as its own claim, were said
 * on the same day as the first (decision 825). `joined` is the clause between "that" and the last
 * "and"; `claim` the split claim's opening words, which follow a comma right before the "and".
 * Each part after a comma, and the claim after a closing one, must open with a past verb.
 */
export function actsListedWithCommas(joined: string, claim: string): boolean {
  const parts = joined.split(",");
  for (let i = 1; i < parts.length; i++) {
    const part = i === parts.length - 1 && parts[i]!.trim() === "" ? ` ${claim}` : parts[i]!;
    if (!VERB_SHARING_THE_SUBJECT.test(part)) return false;
  }
  return true;
}
