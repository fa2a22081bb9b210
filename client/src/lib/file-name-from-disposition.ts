// The file name a download answer asks to be saved under. The server sends
// `attachment; filename="…"`; RFC 6266's `filename*=UTF-8''…` is read first in case a proxy or a
// later server version adds one for non-ASCII titles.

/** The name from a Content-Disposition header, or null when it names none usable. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return usable(decodeURIComponent(extended[2]!.trim()));
    } catch {
      // Malformed percent-encoding: fall back to the plain parameter below.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return usable(quoted[1]!.replace(/\\(.)/g, "$1"));
  const token = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return token ? usable(token[1]!) : null;
}

/** A name cannot choose a folder: keep its last path segment only. */
function usable(name: string): string | null {
  const base = name.split(/[/\\]/).pop()!.trim();
  return base && base !== "." && base !== ".." ? base : null;
}
