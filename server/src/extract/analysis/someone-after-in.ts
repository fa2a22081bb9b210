// Words before "in" that take a person after it: "had faith in May", "lost confidence in Reeves",
// "confided in Wells", "drafted in Yusuf", "sent in Smith", "found an ally in Cooper" (decision
// 855). After any other word, a capitalised word after "in" is as often a place or a month ("spoke
// in Clacton", "elected in May"); after these it is someone the next sentence's "He" or "She" may
// stand for. A verb that brings someone in, said of the one brought ("was sent in May", "was called
// in May to give evidence"), takes no one after "in" (decision 855's review). Decision 905 adds the
// verbs that bring a candidate or a witness in ("parachuted in Smith", "wheeled in Reeves", "hauled
// in Yusuf") and the nouns of one found in someone ("found a backer in Rachel", "an heir in
// Reeves").

const BRINGS_IN =
  "drafted brought called roped sent swapped subbed ushered let pulled swore sworn took parachuted wheeled hauled".split(
    " ",
  );
/** Decision 905's nouns of one found in someone: "found a backer in Rachel", "has a supporter in Reeves". */
const FOUND_IN = new Set("supporter backer advocate heir".split(" "));
const TAKES_SOMEONE_IN = new Set([
  ..."faith confidence trust belief believe believed believes confide confided confides interest".split(" "),
  ..."interested disappointed something ally friend mentor partner rival successor replacement".split(" "),
  ...FOUND_IN,
  ...BRINGS_IN,
]);
const BRINGS_IN_SET = new Set(BRINGS_IN);
/** "was a supporter in ", "is the biggest backer in ": the subject is the backer, and "in" a place or a month. */
const IS_THE_ONE =
  /\b(?:is|are|was|were|be|been|being|became|become|becomes|becoming) (?:a|an|the)(?: \p{Ll}+)? \p{Ll}+ in $/u;
/** The word before " in " at the end of the text: "faith" in "had faith in ". */
const WORD_BEFORE_IN = /([\p{Ll}]+) in $/u;
/** "was sent in ", "had been called in ": the one brought in is the sentence's subject. */
const BROUGHT_IN = /\b(?:is|are|was|were|be|been|being|get|gets|got) \p{Ll}+ in $/u;

/** Does text[…, at) end with "in " after a word that takes a person there ("had faith in ")? */
export function someoneAfterIn(text: string, at: number): boolean {
  // Cheap first: "in " right before.
  if (!text.startsWith("in ", at - 3)) return false;
  const m = WORD_BEFORE_IN.exec(text.slice(Math.max(0, at - 16), at));
  if (m === null || !TAKES_SOMEONE_IN.has(m[1]!)) return false;
  if (FOUND_IN.has(m[1]!)) return !IS_THE_ONE.test(text.slice(Math.max(0, at - 40), at));
  return !BRINGS_IN_SET.has(m[1]!) || !BROUGHT_IN.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * Does text[…, at) end with "a backer in ", "has a supporter in ": one found in whoever or wherever
 * follows (decision 905's nouns)?
 */
export function foundIn(text: string, at: number): boolean {
  const m = WORD_BEFORE_IN.exec(text.slice(Math.max(0, at - 16), at));
  return m !== null && FOUND_IN.has(m[1]!);
}

/** The months that are given names and surnames too: "Theresa May", "June Sarpong". */
export const MONTHS_THAT_ARE_NAMES = new Set(["april", "may", "june", "august"]);

/**
 * "had faith in ", "lost confidence in ", "put her trust in ": the trust someone holds, keeps or
 * loses, in whoever follows. Not "Consumer confidence in May fell …" (no verb of holding: a month).
 */
const TRUST_HELD_IN =
  /\b(?:had|has|have|having|lost|lose|loses|losing|kept|keep|keeps|keeping|retained|retains|put|puts|putting|placed|places|expressed|expresses)(?: (?:his|her|their|its|our|my|your|no|full|complete|every|total|little|some|great|much|more|less|all|any))? (?:faith|confidence|trust|belief) in $/;
/**
 * "… had confidence in May that prices would fall": a clause of what was trusted, after a month;
 * "lost confidence in May last year": the month's year.
 */
const CLAUSE_AFTER = /^ (?:that\b|(?:last|this|next) year\b)/;
/**
 * "Investors lost confidence in May", "Markets have faith in August": the public or the markets,
 * whose confidence in a month is a survey's or a market's measure of it, not trust in a person.
 */
const THE_PUBLIC_HOLDS =
  /\b(?:investors|markets|consumers|shoppers|voters|firms|businesses|companies|households|buyers|traders|employers|savers|homeowners|lenders|the public)(?: \p{Ll}+){1,4} in $/iu;

/**
 * Is the month that is a name, text[at, end), the person someone's trust is held in ("Jane Hollis
 * had faith in May", "lost confidence in June"), and so no date (decision 905)? A number after it
 * ("lost faith in May 2019") is read by the date's own pattern, never asked here.
 */
export function trustHeldIn(text: string, at: number, end: number): boolean {
  // Cheap first: "in " right before.
  if (!text.startsWith("in ", at - 3)) return false;
  const before = text.slice(Math.max(0, at - 48), at);
  return TRUST_HELD_IN.test(before) && !CLAUSE_AFTER.test(text.slice(end, end + 11)) && !THE_PUBLIC_HOLDS.test(before);
}

/** "showed interest in ", "was interested in ". */
const INTEREST_IN = /\binterest(?:ed)? in $/;
/** What the interest is in, after the month: "in buying the club", "in the club". */
const WHAT_IT_IS_IN = /^ in (?:\p{Ll}+ing|the|a|an)\b/u;

/**
 * "Jane Hollis showed interest in May in buying the club": what she is interested in follows the
 * month, so the month is the date the interest was shown, not a person (decision 905, left by
 * decision 855's review). Asked only where someoneAfterIn has said yes.
 */
export function interestInWhatFollows(text: string, at: number, end: number): boolean {
  return INTEREST_IN.test(text.slice(Math.max(0, at - 14), at)) && WHAT_IT_IS_IN.test(text.slice(end, end + 24));
}
