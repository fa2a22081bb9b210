/**
 * A photo gallery's controls, as a page's text keeps them: "Previous", "Next", "Expand", "Close",
 * a counter ("1 of 12", "Photo 3 of 12") and links named after the pictures ("Photo 1", "Image 4").
 * Set in a `<table>`, a grid or a list, they read as a table of figures ("1 of 12: Expand") or a
 * statistic ("1 of 12"), though they state nothing. A data table needs figures in its cells; a
 * gallery's numbers only count its pictures.
 */

/** A button's word, with an arrow or a cross beside it: "Previous", "‹ Prev", "Next image ›", "Close ✕". */
const CONTROL = String.raw`(?:Previous|Prev|Next|Expand|Enlarge|Close|Full ?screen|Play|Pause|(?:View|Open|Close) (?:the )?gallery|Show all|View all(?: photos| images)?)(?: (?:photo|image|picture|slide|item))?`;
/** A picture's name in a gallery: "Photo 3", "Image 4 of 12", "Slide 2/9". */
const PICTURE = String.raw`(?:Photo|Image|Picture|Slide|Pic)s? \d{1,3}(?: ?(?:of|/) ?\d{1,3})?`;
/** A bare counter, "1 of 12": a gallery's beside its controls, but a stat line's too ("7 of 12" field goals). */
const COUNTER = String.raw`\d{1,3} of \d{1,3}`;
const ARROWS = String.raw`[\s‹›«»<>←→❮❯×✕✖↗⤢+-]*`;

const CONTROL_CELL = new RegExp(String.raw`^${ARROWS}(?:${CONTROL}|${PICTURE})${ARROWS}$`, "i");
const COUNTER_CELL = new RegExp(String.raw`^${ARROWS}${COUNTER}${ARROWS}$`);
/**
 * A line that is only a gallery's controls and counters: "1 of 12", "Photo 1 of 12", "Previous 1 of
 * 12 Next Expand", "‹ Prev | 3 of 12 | Next ›". The words need a capital, as a page's buttons have.
 */
const CONTROL_LINE = new RegExp(
  String.raw`^${ARROWS}(?:${CONTROL}|${PICTURE}|${COUNTER})(?:[\s|·•/‹›«»<>←→❮❯×✕✖:-]+(?:${CONTROL}|${PICTURE}|${COUNTER}))*${ARROWS}$`,
);

/** Is a table cell's text one of a gallery's controls, or a picture's name ("Photo 3")? */
function isGalleryControl(text: string): boolean {
  return text.length <= 40 && CONTROL_CELL.test(text);
}

/** Is a table cell's text a bare counter ("1 of 12"), which is a gallery's only beside its controls? */
function isGalleryCounter(text: string): boolean {
  return text.length <= 20 && COUNTER_CELL.test(text);
}

/**
 * Are these cells a gallery's controls rather than a table's data: each one empty, a control or a
 * counter, and at least one a control? "7 of 12" beside a player's name is a row of figures.
 */
export function areGalleryControls(cells: readonly string[]): boolean {
  let control = false;
  for (const cell of cells) {
    if (cell === "" || isGalleryCounter(cell)) continue;
    if (!isGalleryControl(cell)) return false;
    control = true;
  }
  return control;
}

/** Is the line ("1 of 12", "Photo 2 of 9", "Previous 1 of 12 Next") a gallery's controls alone? */
export function isGalleryControlLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && /\d/.test(text) && CONTROL_LINE.test(text);
}
