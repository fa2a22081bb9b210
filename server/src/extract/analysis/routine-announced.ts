/**
 * "Every year Reform would visit 100 towns, Farage told supporters", "Every week, Reeves would meet
 * her counterparts to agree the budget, the Treasury said on Monday", "Every year Biden would visit
 * Ireland, the White House announced": a routine a speaker says, tells, announces or pledges is the
 * speaker's plan (decision 750); the tag is no part of the text the kind is read on, so decision
 * 645's `CONDITION_OR_PLAN` does not see it. A routine remembered or written down ("…,
 * her aide recalled", "…, his biographer wrote", "according to her diaries") is a habit still,
 * as decision 645 reads a bare name's routine after a time that recurs.
 */
const SAID_OR_TOLD = /\b(?:said|says|told|tells|announced|announces|pledged|promised)\b/;
/**
 * A tag that remembers rather than announces: "…, her aide said", "…, his former coach told the
 * magazine", "…, aides said", "…, prosecutors told the jury", "…, police said". Someone close to the
 * person, or a court's account, tells a past routine; "said" or "told" alone does not make it a plan.
 * A spokesman, an office, a campaign or a party speaks for the person's plans ("…, his spokesman said").
 */
const RECALLED =
  /\b(?:(?:his|her|their) (?!spokes|office|press|campaign|party|government)(?:[a-z]+ ){0,2}(?:said|says|told|tells)|(?:said|says) (?:his|her|their) (?!spokes|office|press|campaign|party|government)|(?:former|late)\b|(?:aides?|friends?|neighbou?rs?|relatives?|colleagues?|inmates?|prosecutors?|prosecution|police|witness(?:es)?) (?:said|says|told|tells)|told (?:the )?(?:jury|court|trial|inquest|tribunal|inquiry)\b)/;
const PLEDGED = /\b(?:announced|announces|pledged|promised)\b/;

/** Does the sentence around the reported words [start, end) tell them as said, told or announced? */
export function routineAnnounced(
  body: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  const before = body.slice(sentenceStart, start);
  const after = body.slice(end, sentenceEnd);
  if (!SAID_OR_TOLD.test(before) && !SAID_OR_TOLD.test(after)) return false;
  // A routine remembered by those close to the person or told to a court is a habit (the review of
  // decision 750): asked only after a verb of telling was found.
  const tag = `${before} ${after}`;
  if (PLEDGED.test(tag)) return true;
  return !RECALLED.test(tag) && !setInThePast(body.slice(start, end));
}

/**
 * "Every Sunday Mbappé would visit the club he used to play for, the mayor of Bondy said": "used
 * to" sets the routine in the past, so the speaker, whoever they are, remembers it (decision 790);
 * nothing in a plain title ("the mayor of Bondy") tells one who remembers from one who announces.
 * Not in an aside set off by a comma after "would" ("Reeves would meet her counterparts, which she
 * used to avoid, the Treasury said"): that tells of something else.
 */
function setInThePast(words: string): boolean {
  const used = words.indexOf(" used to ");
  return (
    used >= 0 &&
    words.lastIndexOf(",", used) < words.indexOf(" would ") &&
    USED_BY.has(words.slice(words.lastIndexOf(" ", used - 1) + 1, used).toLowerCase())
  );
}

/**
 * "the club he used to play for": a past habit has its own subject before "used to". A noun there
 * is as often a passive ("Charles would visit a hospital used to treat veterans", "the warehouse
 * used to store the club's kit") and a verb makes it "accustomed to" ("to get used to the pitch"),
 * neither of which is set in the past: the plan stays a plan (the review of decision 790).
 */
const USED_BY = new Set(["he", "she", "they", "we", "i", "you", "it", "who"]);
