/** Relative words that open a quotation worked into the article's own clause: “who stuck with us …”. */
const RELATIVE_OPENERS = new Set(["who", "whom", "whose", "which"]);

/**
 * Does the quotation at [start, end) open with a lowercase relative word ("thanked voters “who
 * stuck with us when it would have been easier not to”")? It describes a noun of the sentence
 * around it and says nothing on its own. Only the first word is read.
 */
export function opensWithRelativeWord(body: string, start: number, end: number): boolean {
  let k = start;
  // Past the opening mark.
  while (k < end && (body.charCodeAt(k) === 0x201c || body.charCodeAt(k) === 34)) k++;
  const c = body.charCodeAt(k);
  if (c !== 119) return false; // "w"
  let e = k;
  while (e < end && e - k < 6 && body.charCodeAt(e) >= 97 && body.charCodeAt(e) <= 122) e++;
  return RELATIVE_OPENERS.has(body.slice(k, e)) && body.charCodeAt(e) === 32;
}
