import { decodeEntityAt } from "./html-entities.ts";
import { columnsSpanned, figureHoldsDataTable, isDataTable } from "./html-data-table.ts";
import { twoRowHeader, type TwoRowHeader } from "./html-two-row-header.ts";
import { elementEnd, isChromeTag, storyRange } from "./html-page.ts";
import { TextBuilder, trimMapped } from "./text-builder.ts";

/** Elements whose boundaries are paragraph breaks in the plain-text body. */
const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "main",
  "nav",
  "figure",
  "figcaption",
  "table",
  "caption",
  "tr",
  "td",
  "th",
  "pre",
  "hr",
  "dl",
  "dt",
  "dd",
  "form",
  "address",
  "title",
]);
/** Elements whose content is never article text. */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"]);

/**
 * Linear HTML-to-text conversion with an offset map: tags removed, script/style dropped,
 * entities decoded, block elements become blank lines, whitespace collapsed like a browser. A
 * page with an `<article>` (or `<main>`) element gives only that element's text, and page chrome
 * (navigation, footers, asides, figures, forms, advertisements, share and newsletter boxes,
 * hidden elements) is left out (html-page.ts).
 */
export function htmlToText(raw: string, from = 0): { text: string; sourceOffsets: number[] } {
  const out = new TextBuilder();
  // A web page: only its story, without the page chrome inside it.
  const story = storyRange(raw, from);
  let i = story ? story.start : from;
  const end = story ? story.end : raw.length;
  // In a grid of data (isDataTable) a row is one line, its cells set apart by " | " as a Markdown
  // table writes them, so its rows are read one by one (text/table-rows.ts); other tables keep
  // each cell a paragraph. Where the current data table ends (-1 outside one), cells seen in its row:
  let dataTableEnd = -1;
  let cellsInRow = 0;
  // The columns the last cell spans past its first ("<th colspan=2>Seats</th>"): each is written as
  // an empty cell after it, once the row shows a cell of its own beside it (a row of one cell
  // across the grid is a section's name, written alone).
  let columnsOwed = 0;
  // Where the current figure that holds a data table ends (-1 outside one).
  let dataFigureEnd = -1;
  // The current data table's header of two rows (html-two-row-header.ts), until it is written.
  let header: TwoRowHeader | null = null;
  while (i < end) {
    const ch = raw[i]!;
    if (ch === "<") {
      if (raw.startsWith("<!--", i)) {
        const end = raw.indexOf("-->", i + 4);
        i = end < 0 ? raw.length : end + 3;
        continue;
      }
      const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)[^>]*>/.exec(raw.slice(i, i + 2048));
      if (!tag) {
        if (/^<[!?]/.test(raw.slice(i, i + 2))) {
          const end = raw.indexOf(">", i);
          i = end < 0 ? raw.length : end + 1;
          continue;
        }
        out.appendSource("<", i);
        i++;
        continue;
      }
      const name = tag[1]!.toLowerCase();
      const closing = tag[0][1] === "/";
      if (!closing && isChromeTag(name, tag[0]) && !tag[0].endsWith("/>")) {
        const end = elementEnd(raw, i, name);
        // A figure that holds a data table is the article's table and its caption, not chrome;
        // its caption is read whatever its class ("caption", "credit") says.
        const dataFigure = name === "figure" && !isChromeTag("div", tag[0]) && figureHoldsDataTable(raw, i, end);
        if (dataFigure) dataFigureEnd = end;
        else if (!(name === "figcaption" && i < dataFigureEnd)) {
          i = end;
          continue;
        }
      }
      if (!closing && SKIP_CONTENT.has(name) && !tag[0].endsWith("/>")) {
        const close = raw.toLowerCase().indexOf(`</${name}`, i + tag[0].length);
        const end = close < 0 ? -1 : raw.indexOf(">", close);
        i = end < 0 ? raw.length : end + 1;
        continue;
      }
      if (name === "table" && !closing && i >= dataTableEnd) {
        const end = elementEnd(raw, i, "table");
        dataTableEnd = isDataTable(raw, i, end) ? end : -1;
        header = dataTableEnd < 0 ? null : twoRowHeader(raw, i, end);
      }
      const inDataTable = i < dataTableEnd;
      // The row ends: a span in its last cell is written as empty cells, and a bar closes them,
      // or the line's last bar would be read as the row's outer one.
      if (inDataTable && (name === "tr" || (closing && name === "table"))) {
        if (columnsOwed > 0 && cellsInRow > 1) out.appendSynthetic(" |".repeat(columnsOwed + 1), i);
        columnsOwed = 0;
      }
      if (name === "br") out.lineBreak(i);
      else if (inDataTable && name === "tr" && header !== null) {
        // The header's two rows are written as one line of joined headings, the third row next.
        out.lineBreak(i);
        out.appendSynthetic(header.names.join(" | "), i);
        i = header.end;
        header = null;
        continue;
      } else if (inDataTable && name === "tr") {
        out.lineBreak(i);
        cellsInRow = 0;
      } else if (inDataTable && (name === "td" || name === "th")) {
        if (!closing && cellsInRow > 0)
          out.appendSynthetic((out.endsWithSpace ? "| " : " | ") + "| ".repeat(columnsOwed), i);
        if (!closing) {
          cellsInRow++;
          columnsOwed = columnsSpanned(tag[0]) - 1;
        }
      } else if (BLOCK.has(name)) out.paragraphBreak(i);
      i += tag[0].length;
      continue;
    }
    if (ch === "&") {
      const ent = decodeEntityAt(raw, i);
      if (ent) {
        out.appendSynthetic(ent.text, i);
        i += ent.length;
        continue;
      }
    }
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f") {
      if (!out.endsWithSpace) out.appendSynthetic(" ", i);
      i++;
      continue;
    }
    out.appendSource(ch, i);
    i++;
  }
  const built = out.build();
  // Spaces left next to paragraph breaks are noise from source indentation.
  const keep: number[] = [];
  let text = "";
  for (let k = 0; k < built.text.length; k++) {
    const c = built.text[k]!;
    if (c === " " && (built.text[k + 1] === "\n" || built.text[k - 1] === "\n")) continue;
    text += c;
    keep.push(built.sourceOffsets[k]!);
  }
  return trimMapped(text, keep);
}
