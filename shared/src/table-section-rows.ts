// A table's section row: a label alone on its line among the rows ("North", "Inner London",
// "Region: North") that names the group of rows under it. Pasted text, Markdown and a PDF's text
// layer all set it so; read as a sentence it broke the table in two (or kept a PDF's table text),
// and the rows under it lost their header. It is read as a label over the rows instead, its name
// opening their wording ("North: Leeds: Rate 4.1%").

import { namesNoRows, whyNoRows, type NoRowsReason } from "./labels-naming-no-rows.ts";

/** At most this many words: a section names a region, a group, a category. */
const MAX_WORDS = 6;
const MAX_LENGTH = 50;

/** Words a section's name may hold in lowercase: "Yorkshire and the Humber", "Rest of England". */
const LINKING_WORD = /^(?:and|of|the|for|in|on|at|by|to|&|excluding|including|outside|other|-|–)$/;

/**
 * What opens a note or a source line under a table, no section: "Source: ONS", "Note: …"; a
 * total, a status of the figures or a correction ("Grand Total", "Provisional", "Not Available",
 * "Editor's Note"); a credit or a caption's key ("Photo: Getty Images", "Graphic: PA Graphics",
 * "Credit: Reuters", "Updated: Tuesday"); a web page's teaser or list heading ("Read More: …",
 * "Related Articles", "Most Read"). Its words after a colon name no group of rows.
 */
const NOTE_LABEL =
  /^(?:Sources?|Data|Figures|Notes?|Key|Totals?|All|Grand Totals?|Sub-?totals?|Provisional|Estimated?|Revised|Not Available|No Data|Correction|Clarification|Editor(?:'|’)?s Note|Photo(?:graph)?s?|Pictured|Pictures?|Images?|Illustration|Graphics?|Charts?|Tables?|Maps?|Video|Credits?|Via|Compiled|Updated|Published|Posted|Read More|Read Also|See Also|Watch|Listen|Share|Related|Most (?:Read|Popular|Viewed|Shared))\b/i;

/**
 * A web page's control or a table's own furniture alone on its line ("Click To Enlarge", "Full
 * Table", "Live"), or a ballot's summary with its figure lost ("Majority", "Turnout"): no group.
 */
const NO_GROUP =
  /^(?:(?:Click|Tap|Swipe|Scroll)\b.*|Open in (?:a )?new (?:tab|window)|(?:View|Show|See) (?:More|All|Less|Full(?: Table)?)|Expand(?: Table)?|Full Table|Figure Legend|Legend|Live(?: Updates| Scores)?|Majority|Turnout|Electorate|Swing|Elected|Spoilt Ballots|Spoiled Ballots|Rejected Ballots)$/i;

/** A summary's word that closes a label: "England Average", "Region Total" name no group of rows. */
const SUMMARY_WORD = /^(?:Total|Totals|Subtotal|Average|Mean|Median)$/i;

/**
 * A line a web page or a printed page sets among a table's rows that is neither a row nor a
 * section: an advert's slot, "Story continues below", "Continued". The rows go on past it, as
 * past a page's counter.
 */
const INTERRUPTION =
  /^\(?(?:Advertisement|Advert|Sponsored(?: Content)?|Story continues(?: below)?(?: advertisement)?|Scroll to continue(?: with content)?|Continue reading|Continued(?: on (?:the )?next page| overleaf| below)?|Table continues|Cont(?:'|’)d|Skip advert(?:isement)?)\)?$/i;

/** Is the line (trimmed) an advert's slot or a "Continued" among a table's rows? */
export function isTableInterruption(text: string): boolean {
  return text.length <= 48 && INTERRUPTION.test(text);
}

/**
 * Where the section's name lies in `text` (a line's text, trimmed), or null when the line reads as
 * no section row: a short label of capitalised words with no figure and no sentence's end. "Region:
 * North" names its section after the colon. A body's name, a desk, a headline or a table's title
 * ("Office for National Statistics", "World News", "Top Scorers") names no rows and ends the table.
 */
export function sectionRowName(text: string): { from: number; to: number } | null {
  const label = rowLabel(text);
  return label === null || namesNoRows(text.slice(label.from), label.words) ? null : label;
}

/**
 * Why a line set as a section row names no rows (labels-naming-no-rows.ts), or null when it is no
 * such label or names them: "intrusion" for a desk or a headline the rows go on past ("World News"),
 * "body" for a source's name that ends the table ("Office for National Statistics").
 */
export function labelNamingNoRows(text: string): NoRowsReason | null {
  const label = rowLabel(text);
  return label === null ? null : whyNoRows(text.slice(label.from), label.words);
}

/**
 * A line set as a section row is: the label's place and its words, whether or not it names the
 * rows under it. A PDF sets such a line apart from the grid on its own (pdf-section-rows.ts), so
 * that the text's reading decides.
 */
export function rowLabel(text: string): { from: number; to: number; words: string[] } | null {
  if (text.length === 0 || text.length > MAX_LENGTH || /\d/.test(text) || /[.!?;,:]$/.test(text)) return null;
  if (NOTE_LABEL.test(text) || NO_GROUP.test(text) || isTableInterruption(text)) return null;
  const colon = text.indexOf(": ");
  const from = colon < 0 ? 0 : colon + 2;
  // "Region: North": one key before the colon, and no second colon after it.
  if (colon >= 0 && (text.lastIndexOf(":") !== colon || !/^\p{Lu}[\p{L}' ]{0,20}$/u.test(text.slice(0, colon))))
    return null;
  const words = text.slice(from).split(" ");
  if (words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0]!)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || LINKING_WORD.test(w))) return null;
  // "Yorkshire and" over "the Humber": a label cut off after a linking word is a wrap; "England
  // Average" is a summary's row with its figures lost.
  const last = words[words.length - 1]!;
  if (LINKING_WORD.test(last) || SUMMARY_WORD.test(last)) return null;
  return { from, to: text.length, words };
}
