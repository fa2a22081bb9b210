// HTML escaping for untrusted text (article, claims, sources, notes), in text and quoted attributes.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Paragraphs on blank lines, line breaks kept, everything escaped. */
export function htmlParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("\n");
}

/**
 * JSON inside <script type="application/ld+json">: "</script>" or "<!--" in the data must not end or
 * change the script element, so <, > and & become \u escapes (still the same JSON). U+2028/2029 too,
 * for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
