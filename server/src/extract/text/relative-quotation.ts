/** Relative words that open a quotation worked into the article's own clause: “who stuck with us …”. */
const RELATIVE_OPENERS = new Set(["who", "whom", "whose", "which"]);

/**
 * Does the quotation at [start, end) open with a lowercase relative word right after a word of the
 * article's own ("thanked voters “who stuck with us when it would have been easier not to”")? It
 * describes that noun and says nothing on its own. Not after a comma, where a split quotation goes
 * on with the speaker's sentence ("“It is a giveaway,” Lee said, “which will cost taxpayers $2
 * billion.”"), and never one that holds a figure, which is worth checking whatever it describes.
 */
export function opensWithRelativeWord(body: string, start: number, end: number): boolean {
  // Cheap first: a letter then one space before the opening mark ("voters “who").
  const before = body.charCodeAt(start - 2);
  const isLetter = (before >= 97 && before <= 122) || (before >= 65 && before <= 90);
  if (start < 2 || body.charCodeAt(start - 1) !== 32 || !isLetter) return false;
  if (/\d/.test(body.slice(start, end))) return false;
  let k = start;
  // Past the opening mark.
  while (k < end && (body.charCodeAt(k) === 0x201c || body.charCodeAt(k) === 34)) k++;
  const c = body.charCodeAt(k);
  if (c !== 119) return false; // "w"
  let e = k;
  while (e < end && e - k < 6 && body.charCodeAt(e) >= 97 && body.charCodeAt(e) <= 122) e++;
  return RELATIVE_OPENERS.has(body.slice(k, e)) && body.charCodeAt(e) === 32;
}
