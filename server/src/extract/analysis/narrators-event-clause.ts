/**
 * "The minister said on Tuesday that the plan, which goes to a vote on Friday, was sound",
 * published on the Sunday after: the date reader reads the claim's past tense and puts the Friday
 * back (the 8th), though the clause in the present is the narrator's, told on the day of the
 * publication, and a body that goes to a vote, meets or sits on a weekday does so ahead of it (the
 * 15th). Decision 665 asked the narrator's clause only of a day read ahead, as a present clause
 * may hold a past day ("who is accused of attacking him on Friday", "who denies attacking him on
 * Friday"); here only the verbs of a fixture or a sitting count (decision 705).
 *
 * Decision 730 adds the fixture's verbs a league, a court or a house uses ("which holds its final",
 * "which stages its final", "which hosts Leeds", "who faces trial", "which hears the case") and
 * their plural after a plural subject ("the bill, which MPs debate on Thursday", "the men, who
 * face trial on Thursday", "which they play on Saturday"). The plural's subject is a pronoun, a
 * capitalised word ("MPs", "Leeds") or a lowercase word in "-s" ("peers", "councillors"); a
 * plural present in the past ("which MPs debated") or with a verb off the list ("which MPs say
 * passed") is the speaker's moved back, and is left. "was" is no plural subject: "the bridge, which
 * was open on Thursday" is a clause in the past (a review of decision 730).
 *
 * Decision 775 adds a retrial, a replay and an inquest to the fixture's nouns ("the men, who face
 * a retrial on Thursday"), each a sitting still to come; "who face questions about the attack on
 * Thursday" names a past day and stays off the list.
 */
const EVENT_CLAUSE_BEFORE =
  /,[ \u00a0]+(?:which|who|where)[ \u00a0]+(?:(?:(?:it|\p{Lu}[\p{L}'’-]*)[ \u00a0]+)?(?:goes|meets|sits|opens|reopens|resumes|starts|begins|plays|kicks|holds|hosts|stages|debates|faces|hears)|(?:(?:they|we|\p{Lu}[\p{L}'’-]*|(?!was\b)\p{Ll}+s)[ \u00a0]+)?(?:go|meet|sit|open|reopen|resume|start|begin|play|kick|hold|host|stage|debate|face|hear))\b(?:[ \u00a0]+(?:to|on|a|the|off|again|its|their|before|at|in|trial|\p{Lu}[\p{L}'’-]*|vote|court|parliament|talks|session|home|away|final|match|game|derby|tie|debate|hearing|case|bill|motion|meeting|an|retrial|replay|inquest))*[ \u00a0]+(?:on[ \u00a0]+)?$/u;

/** Do the words before a weekday (`before`, at most 48 chars) sit in a narrator's clause of a fixture or a sitting? */
export function narratorsEventClauseBefore(before: string): boolean {
  // Cheap first: a comma and "wh" open the clause (the test decision 665's narrator's clause asks).
  return before.includes(", wh") && EVENT_CLAUSE_BEFORE.test(before);
}
