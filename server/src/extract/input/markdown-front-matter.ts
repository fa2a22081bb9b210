/**
 * YAML front matter at the top of a Markdown file (static-site and CMS exports):
 *
 *   ---
 *   title: "Floods displace thousands"
 *   date: 2026-08-21
 *   ---
 *
 * It is metadata, not article text; its date (or published / publishDate / pubDate) is the
 * publication date.
 */
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const DATE_KEY = /^(?:date|published|publishDate|published_at|pubDate)[ \t]*:[ \t]*["']?(\d{4})-(\d{2})-(\d{2})/im;

/** Where the front matter starting at `from` ends (past its closing line) and its date, or null without one. */
export function markdownFrontMatter(raw: string, from: number): { end: number; publishedOn: string | null } | null {
  const open = OPENING.exec(raw.slice(from, from + 8));
  if (!open) return null;
  const start = from + open[0].length;
  const block = raw.slice(start, start + 8192);
  const close = CLOSING.exec(block);
  if (!close) return null;
  const lineEnd = raw.indexOf("\n", start + close.index);
  const end = lineEnd < 0 ? raw.length : lineEnd + 1;
  const date = DATE_KEY.exec(block.slice(0, close.index));
  let publishedOn: string | null = null;
  if (date) {
    const iso = `${date[1]}-${date[2]}-${date[3]}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso) publishedOn = iso;
  }
  return { end, publishedOn };
}
