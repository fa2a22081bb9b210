/**
 * The publication date a saved web page declares: its article:published_time, datePublished or
 * similar meta tag, its JSON-LD datePublished, else its first <time datetime>. The server dates an
 * HTML import by it; the import page shows it in the date field.
 */
import { calendarDay } from "./calendar.ts";

const DATE_SOURCES = [
  /<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate|date|dc\.date|og:published_time)["'][^>]*>/i,
  /"datePublished"\s*:\s*"[^"]+"/,
  /<time\s[^>]*datetime\s*=\s*["'][^"']+["'][^>]*>/i,
];
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD, or null when the page declares no real calendar date. */
export function declaredPublicationDate(html: string): string | null {
  const head = html.slice(0, 200_000);
  for (const source of DATE_SOURCES) {
    const m = source.exec(head);
    const day = m && ISO_DAY.exec(m[0].replace(/^.*?(?:content|datetime|datePublished)\W*/i, ""));
    if (!day) continue;
    const iso = calendarDay(day[1]!, day[2]!, day[3]!);
    if (iso) return iso;
  }
  return null;
}
