// Links in reports point only at web pages: a source URL of any other scheme (javascript:, data:,
// file:) is shown as text, never made clickable.

/** The normalised http(s) address (percent-encoded, so it has no quotes, spaces, < or >), or null. */
export function webHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
