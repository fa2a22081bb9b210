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
  /,[ \u00a0]+(?:which|who|where)[ \u00a0]+(?:(?:it|they|he|she|we|\p{Lu}[\p{L}'’-]*)[ \u00a0]+){0,2}?(?:is|are|has|have|goes|meets|opens|sits|starts|begins|comes|returns|(?!was\b)(\p{Ll}+(?<![su])s))\b([^,;:.]*)$/u;
/**
 * "the centre, which officials said would open on Friday", "the talks, which unions hoped would
 * end on Friday", "the school, where pupils sat exams on Thursday": a word in "-s" that a past
 * verb or "would" follows is the clause's subject, a plural noun, not its verb in the present, and
 * the clause is the speaker's moved back (a review of decision 665). "which remains closed" keeps
 * its present verb.
 */
const PAST_VERB_NEXT =
  /^[ \u00a0]+(?:\p{Ll}+ed|said|sat|told|thought|knew|felt|had|was|were|did|would|could|should|might|took|went|came|met|began|saw|made|ran|held|left|won|lost|got|gave|kept|sought|brought|bought|spent|chose|wrote)\b/u;
const LINKING_VERB = /^(?:remains|stays|seems|appears|looks|gets|becomes)$/;

/** Do the words before a weekday (`before`, at most 48 chars) sit in a narrator's present-tense clause? */
export function narratorsClauseBefore(before: string): boolean {
  // Cheap first: a comma and "wh" open the clause.
  if (!before.includes(", wh")) return false;
  const m = NARRATORS_CLAUSE_BEFORE.exec(before);
  if (m === null) return false;
  // A word in "-s" read as the verb: a past verb after it makes it the subject.
  return m[1] === undefined || LINKING_VERB.test(m[1]) || !PAST_VERB_NEXT.test(m[2]!);
}
