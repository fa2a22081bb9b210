/**
 * YAML front matter at the top of a Markdown file (static-site and CMS exports):
 *
 *   ---
 *   title: "Floods displace thousands"
 *   date: 2026-08-21
 *   ---
 *
 * It is metadata, not article text; its date (or published / publishDate / pubDate) is the
 * publication date. The server reads it on import, and the import page reads it the same way to
 * fill in the title and date fields.
 */
import { calendarDay } from "./calendar.ts";

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const DATE_KEY = /^(?:date|published|publishDate|published_at|pubDate)[ \t]*:[ \t]*["']?(\d{4})-(\d{2})-(\d{2})/im;
const TITLE_KEY = /^title[ \t]*:[ \t]*(.+)$/im;

export interface MarkdownFrontMatter {
  /** Where the front matter ends in the text, past its closing line. */
  end: number;
  publishedOn: string | null;
  /** Its title, unquoted ("title: \"Floods\"" → Floods), or null. */
  title: string | null;
}

/** The front matter starting at `from`, or null without one. */
export function markdownFrontMatter(raw: string, from: number): MarkdownFrontMatter | null {
  const open = OPENING.exec(raw.slice(from, from + 8));
  if (!open) return null;
  const start = from + open[0].length;
  const block = raw.slice(start, start + 8192);
  const close = CLOSING.exec(block);
  if (!close) return null;
  const lineEnd = raw.indexOf("\n", start + close.index);
  const end = lineEnd < 0 ? raw.length : lineEnd + 1;
  const fields = block.slice(0, close.index);
  const date = DATE_KEY.exec(fields);
  const title =
    TITLE_KEY.exec(fields)?.[1]!
      .trim()
      .replace(/^(["'])(.*)\1$/, "$2") || null;
  return { end, publishedOn: date ? calendarDay(date[1]!, date[2]!, date[3]!) : null, title };
}
