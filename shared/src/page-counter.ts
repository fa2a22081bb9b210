// A page's counter as a PDF or a printed page sets it and a paste keeps it: "Page 2 of 5", "Page
// 2/5", "p. 2 of 5", "- 2 -". It is page furniture, no claim, and no break in a table that runs
// on past it.

const PAGE_COUNTER =
  /^(?:(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(?:of|\/)\s*\d{1,4}\s+pages?)$/i;

/** Is the line (trimmed) a page's counter alone? */
export function isPageCounter(text: string): boolean {
  return text.length <= 24 && PAGE_COUNTER.test(text);
}
