/**
 * "The minister said on Tuesday that the plan, which goes to a vote on Friday, was sound",
 * published on the Sunday after: the relative clause in the present ("which goes", "who is",
 * "where it meets") is the narrator's, told on the day of the publication, so its Friday is the
 * one after the publication (the 15th), not the one after the saying (decision 665). Decision 625
 * counts a weekday ahead from the day of the saying; inside such a clause it is left as the date
 * reader has it. A clause in the past ("which was due to go to a vote on Friday") is the speaker's
 * moved back and is still counted from the saying, and so is a clause closed before the weekday
 * ("the plan, which is new, would go to a vote on Friday").
 */
const NARRATORS_CLAUSE_BEFORE =
  /,[ \u00a0]+(?:which|who|where)[ \u00a0]+(?:(?:it|they|he|she|we|\p{Lu}[\p{L}'’-]*)[ \u00a0]+){0,2}?(?:is|are|has|have|goes|meets|opens|sits|starts|begins|comes|returns|(?!was\b)\p{Ll}+(?<![su])s)\b[^,;:.]*$/u;

/** Do the words before a weekday (`before`, at most 48 chars) sit in a narrator's present-tense clause? */
export function narratorsClauseBefore(before: string): boolean {
  // Cheap first: a comma and "wh" open the clause.
  return before.includes(", wh") && NARRATORS_CLAUSE_BEFORE.test(before);
}
