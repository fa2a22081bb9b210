import type { ArticleFormat } from "./detect-format.ts";
import { calendarDay } from "@claimdesk/shared/calendar";
import { declaredPublicationDate } from "@claimdesk/shared/html-publication-date";
import { htmlToText } from "./html-to-text.ts";
import { markdownFrontMatter } from "@claimdesk/shared/markdown-front-matter";
import { markdownToText } from "./markdown-to-text.ts";
import { trimMapped } from "./text-builder.ts";

export interface ParsedArticle {
  /** The text that is stored; every claim offset indexes it. */
  body: string;
  /**
   * From a leading `date YYYY-MM-DD` metadata line, else the date the page declares (HTML) or its
   * front matter gives (Markdown), else null.
   */
  publishedOn: string | null;
}

export interface ParsedArticleWithMap extends ParsedArticle {
  /** sourceOffsets[i] is the offset in the raw upload that body[i] came from. */
  sourceOffsets: number[];
}

const DATE_LINE = /^[\s\uFEFF]*date[ \t]*:?[ \t]+(\d{4})-(\d{2})-(\d{2})(?![\d-])[ \t\u00a0]*(?:\r\n|\r|\n)?/i;

/** Plain text keeps every character except that CRLF and lone CR become LF. */
function plainText(raw: string, from: number): { text: string; sourceOffsets: number[] } {
  const map: number[] = [];
  let text = "";
  let runStart = from;
  for (let i = from; i < raw.length; i++) {
    if (raw.charCodeAt(i) !== 13) continue;
    text += raw.slice(runStart, i);
    for (let k = runStart; k < i; k++) map.push(k);
    if (raw.charCodeAt(i + 1) !== 10) {
      text += "\n";
      map.push(i);
    }
    runStart = i + 1;
  }
  text += raw.slice(runStart);
  for (let k = runStart; k < raw.length; k++) map.push(k);
  return trimMapped(text, map);
}

/** Like parseArticleInput, plus the map from body offsets back to raw offsets. */
export function parseArticleInputWithMap(raw: string, format: ArticleFormat): ParsedArticleWithMap {
  let from = 0;
  let publishedOn: string | null = null;
  const meta = DATE_LINE.exec(raw);
  if (meta) {
    publishedOn = calendarDay(meta[1]!, meta[2]!, meta[3]!);
    if (publishedOn !== null) from = meta[0].length;
  }
  if (publishedOn === null && format === "html") publishedOn = declaredPublicationDate(raw);
  if (format === "markdown") {
    const front = markdownFrontMatter(raw, from);
    if (front) {
      from = front.end;
      publishedOn ??= front.publishedOn;
    }
  }
  const converted =
    format === "html"
      ? htmlToText(raw, from)
      : format === "markdown"
        ? markdownToText(raw, from)
        : plainText(raw, from);
  return { body: converted.text, publishedOn, sourceOffsets: converted.sourceOffsets };
}

/** Turns an upload into the stored body and its publication date (see docs/extraction.md). */
export function parseArticleInput(raw: string, format: ArticleFormat): ParsedArticle {
  const { body, publishedOn } = parseArticleInputWithMap(raw, format);
  return { body, publishedOn };
}
