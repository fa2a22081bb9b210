/**
 * A link's call to act, cut from its button's word: "Click here to" over "Subscribe.", "Tap here to"
 * over "Donate.". The splitter runs a short line that ends on "to" into a capitalised line under it
 * as a sentence cut by a wrap (decision 630); a page's call to click is no sentence, and the two
 * lines were dropped as furniture before that decision ran them on into a claim (decision 670).
 */

/**
 * The whole line is the call: "Click here to", "Tap here to", "Press here to", "Click to", "Tap
 * to", each a line news furniture drops alone (`news-furniture.ts`; "Press here to" and "Click to"
 * since decision 710, which broke them off their button's word too).
 */
const BUTTON_CALL = /^(?:(?:Click|Tap|Press) here to|(?:Click|Tap) to)$/;
/** The longest such line, "Click here to" or "Press here to". */
const BUTTON_CALL_MAX = 13;

/** Is the line text[line, lineEnd) a link's call to click, cut before its button's word? */
export function isButtonCallLine(text: string, line: number, lineEnd: number): boolean {
  if (lineEnd - line > BUTTON_CALL_MAX) return false;
  const first = text.charCodeAt(line);
  // Cheap first: "C", "T" or "P".
  if (first !== 67 && first !== 84 && first !== 80) return false;
  return BUTTON_CALL.test(text.slice(line, lineEnd));
}
