// Page furniture left by decisions 550 and 575 (decision 595): a row of topic links, an author
// block's heading and a newsroom's appeal for members. Each pattern is a whole line
// (news-furniture.ts's LINE_FURNITURE, tried in one joined call), so a sentence that opens with the
// same words and goes on is read.

import { DONATE_BUTTON } from "./donation-box.ts";

/** A topic link: one to three words, the first capitalised, no figure ("Economy", "Climate change"). */
const TAG = "\\p{Lu}[\\p{L}'’&.-]*(?: [\\p{L}'’&.-]+){0,2}";
/**
 * The row's first link, its words all capitalised ("Politics", "Social Care"): a page's title that
 * opens with a headline in sentence case is read, "Inflation falls | Economy | BBC News", and so is a
 * row of short claims, "Tories lead | Labour trails | Reform surges" (decision 595's review).
 */
const FIRST_TAG = "\\p{Lu}[\\p{L}'’&.-]*(?: \\p{Lu}[\\p{L}'’&.-]*){0,2}";

export const TOPIC_LINKS_AND_APPEALS = [
  // A row of three or more topic links set apart by bars: "Politics | Economy | Brexit". Two are a
  // page's title and its section ("Sunak resigns as PM | Politics"), read as before.
  new RegExp(`^${FIRST_TAG}(?: \\| ${TAG}){2,}\\s*$`, "u"),
  // ABC's topic links run into one line, single words listed with commas and the last after "and":
  // "Business, Economics and Finance". Names only, nothing that could be checked.
  /^\p{Lu}[\p{L}'’-]*(?:, \p{Lu}[\p{L}'’-]*)+,? (?:and|&) \p{Lu}[\p{L}'’-]*\s*$/u,
  // A tags block, its heading over a tag a line: "Tags" over "cancer" over "clinical trials" (a tag
  // in lowercase runs on into the heading's sentence), or "Tags: cancer, clinical trials".
  /^(?:Tags|Topics|Related topics|Filed under)\s*(?::[^\S\n]*[\p{L}][^.!?\n\d]*|:?(?:[^\S\n]*\n[^\S\n]*\p{L}[\p{L}'’&, -]{0,40}){0,12})\s*$/u,
  // The heading of an author block at the page's foot: "About the Author", "About the authors".
  /^About the (?:authors?|writers?|reporters?|contributors?)\s*:?\s*$/i,
  // A newsroom's button or appeal alone on its line: "Donate now", "Become a member", "Support us".
  DONATE_BUTTON,
];

/**
 * "Learn more at voltline.com/energygang.": a sponsor's or a page's pointer to an address, after
 * other text on its line (news-furniture.ts's trailing furniture). The address ends the sentence:
 * "Learn more at voltline.com, where 40,000 homes have signed up" goes on and is read.
 */
export const LEARN_MORE_AT =
  "(?:Learn|Find out) more (?:at|on|by visiting) (?:https?:\\/\\/)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+(?:\\/[\\w\\/.%#?=&-]*)?";
