/**
 * A rank's label between a count and what it counts: "40 Category 1 incidents", "12 Grade 2 listed
 * buildings", "300 Tier 1 suppliers". The quantity reader took the label's word as the counted
 * noun ("40 Category"); the count counts the plural after the label's number. Decision 490.
 */

/** Words that label a rank or class by the number after them (a subset of the naming words). */
const LABEL_WORDS = new Set("category grade tier level class band stage phase type".split(" "));

/**
 * After the label's word: its number (one or two digits, "2*" for a listed grade, a Roman
 * numeral, or a letter: "Class A drugs", "Category B prisoners"), at most one lowercase word ("listed"), then a plural. "40 Category 5" or "12 Grade 2
 * pupils' marks" with no plural right there read as before.
 */
const NUMBER_THEN_PLURAL =
  /[ \u00a0](?:\d{1,2}|[IVX]{1,4}|[A-E])\*?[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Ll}[\p{Ll}-]*[^s\W]s)\b/uy;

/**
 * When the word at text[wordStart, wordEnd) that a count took as its noun is a label's word and
 * a label's number and a plural follow it, that plural and where it ends; else null.
 */
export function nounAfterLabel(text: string, wordStart: number, wordEnd: number): { unit: string; end: number } | null {
  if (!LABEL_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase())) return null;
  NUMBER_THEN_PLURAL.lastIndex = wordEnd;
  const m = NUMBER_THEN_PLURAL.exec(text);
  return m === null ? null : { unit: m[1]!, end: wordEnd + m[0].length };
}
