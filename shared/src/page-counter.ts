// A page's counter as a PDF or a printed page sets it and a paste keeps it: "Page 2 of 5", "Page
// 2/5", "p. 2 of 5", "pg. 2 of 5", "- 2 -". It is page furniture, no claim, and no break in a
// table that runs on past it. A number with nothing to name it a page's ("7", "7 of 12") is one
// only where a PDF sets it, in a page's margin: in the text it is a gallery's counter, a score or
// a figure.

const PAGE_COUNTER =
  /^(?:(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(?:of|\/)\s*\d{1,4}\s+pages?)$/i;

/** In a PDF's margin, the bare forms too: "7", "- 7", "Page 7 -", "7 of 12", "7/12". */
const MARGIN_PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Where the line stands: in the text (a paste, a table's rows) or in a PDF page's margin. */
export type PageCounterPlace = "text" | "pdf margin";

/** Is the line (trimmed) a page's counter alone? A bare number is one only in a PDF's margin. */
export function isPageCounter(text: string, place: PageCounterPlace = "text"): boolean {
  if (place === "pdf margin" && MARGIN_PAGE_NUMBER.test(text)) return true;
  return text.length <= 24 && PAGE_COUNTER.test(text);
}
