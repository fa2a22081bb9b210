// Words before "in" that take a person after it: "had faith in May", "lost confidence in Reeves",
// "confided in Wells", "drafted in Yusuf", "sent in Smith", "found an ally in Cooper" (decision
// 855). After any other word, a capitalised word after "in" is as often a place or a month ("spoke
// in Clacton", "elected in May"); after these it is someone the next sentence's "He" or "She" may
// stand for. A verb that brings someone in, said of the one brought ("was sent in May", "was called
// in May to give evidence"), takes no one after "in" (decision 855's review).

const BRINGS_IN = "drafted brought called roped sent swapped subbed ushered let pulled swore sworn took".split(" ");
const TAKES_SOMEONE_IN = new Set([
  ..."faith confidence trust belief believe believed believes confide confided confides interest".split(" "),
  ..."interested disappointed something ally friend mentor partner rival successor replacement".split(" "),
  ...BRINGS_IN,
]);
const BRINGS_IN_SET = new Set(BRINGS_IN);
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
  return !BRINGS_IN_SET.has(m[1]!) || !BROUGHT_IN.test(text.slice(Math.max(0, at - 24), at));
}
