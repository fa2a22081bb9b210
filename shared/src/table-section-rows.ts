// A table's section row: a label alone on its line among the rows ("North", "Inner London",
// "Region: North") that names the group of rows under it. Pasted text, Markdown and a PDF's text
// layer all set it so; read as a sentence it broke the table in two (or kept a PDF's table text),
// and the rows under it lost their header. It is read as a label over the rows instead, its name
// opening their wording ("North: Leeds: Rate 4.1%").

/** At most this many words: a section names a region, a group, a category. */
const MAX_WORDS = 6;
const MAX_LENGTH = 50;

/** Words a section's name may hold in lowercase: "Yorkshire and the Humber", "Rest of England". */
const LINKING_WORD = /^(?:and|of|the|for|in|on|at|by|to|&|excluding|including|outside|other|-|–)$/;

/** What opens a note or a source line under a table, no section: "Source: ONS", "Note: …". */
const NOTE_LABEL = /^(?:Sources?|Data|Figures|Notes?|Key|Total|All)\b/i;

/**
 * Where the section's name lies in `text` (a line's text, trimmed), or null when the line reads as
 * no section row: a short label of capitalised words with no figure and no sentence's end. "Region:
 * North" names its section after the colon.
 */
export function sectionRowName(text: string): { from: number; to: number } | null {
  if (text.length === 0 || text.length > MAX_LENGTH || /\d/.test(text) || /[.!?;,:]$/.test(text)) return null;
  if (NOTE_LABEL.test(text)) return null;
  const colon = text.indexOf(": ");
  const from = colon < 0 ? 0 : colon + 2;
  // "Region: North": one key before the colon, and no second colon after it.
  if (colon >= 0 && (text.lastIndexOf(":") !== colon || !/^\p{Lu}[\p{L}' ]{0,20}$/u.test(text.slice(0, colon))))
    return null;
  const words = text.slice(from).split(" ");
  if (words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0]!)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || LINKING_WORD.test(w))) return null;
  return { from, to: text.length };
}
