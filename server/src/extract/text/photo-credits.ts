// A photo's credit in brackets, read in two places: after a caption on its line (news-furniture.ts's
// PHOTO_CREDIT: "… on March 12. (AP Photo/Virginia Mayo)") and alone on its line
// (show-notes-and-page-lines.ts: "(Karen Lisko/Patch)"). Both are built from one name word, so
// they read a credit's names alike.

/** A capitalised word of a credit's name, its letters, dots, apostrophes and hyphens after it. */
const NAME_WORD_START = "\\p{Lu}[\\p{L}.'’-]";
/** A name's word of two chars or more: "AP", "Virginia", "O'Neil", "St.". */
const NAME_WORD = `${NAME_WORD_START}+`;
/** A name of `fewest` to `most` words. */
const name = (fewest: number, most: number): string => `${NAME_WORD}(?: ${NAME_WORD}){${fewest - 1},${most - 1}}`;

/**
 * A credit after a caption: an agency and a photographer ("(Reuters/Jonathan Drake)"), or a photo
 * word ("(AP Photo/Virginia Mayo)", "(Getty Images)", "(Courthouse News photo / Maria Delgado)",
 * Patch's "(Karen Lisko/Patch)", ABC's "(ABC News: John Gunn)" and "(Supplied: Jane Roe)", an outlet, a
 * colon and a name); not a poll's two houses ("(Reuters/Ipsos)") nor a currency pair,
 * which a sentence may end with.
 */
export const PHOTO_CREDIT = `\\((?:[^()\\n]{0,40}\\b(?:Photos?|Photograph|Images?|Pool)\\b[^()\\n]{0,40}|(?:Reuters|AP|AFP|EPA|Getty|Bloomberg|Xinhua|dpa)\\/${name(2, 3)}|${name(1, 4)} photo \\/ ${name(2, 3)}|${name(2, 3)}\\/Patch|(?:\\p{Lu}{2,5} News|Reuters|AP|AFP|EPA|Getty|Supplied): ${name(2, 3)})\\)`;

/**
 * A credit alone on its line: names, a slash and names, broader than PHOTO_CREDIT since the line
 * holds nothing else; no figure ("(Reuters/40 dead)" is read).
 */
export const CREDIT_LINE = new RegExp(
  `^\\((?:${NAME_WORD_START}*\\s?){1,4}(?:photo\\s*)?\\/\\s*(?:${NAME_WORD_START}*\\s?){1,4}\\)\\s*$`,
  "u",
);
