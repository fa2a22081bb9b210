// Markdown escaping for untrusted text: the text must render as itself, never as formatting,
// links, images or raw HTML, whatever renderer (CommonMark or GitHub-flavoured) reads the file.
import { webHref } from "./safe-url.ts";

/** One line of text, safe inline and at the start of a line. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, " ")
      .replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
      .replace(/[\\`*_[\]|~]/g, "\\$&")
      .replace(/^\s+/, "")
      // Characters that start a block (heading, quote, list, setext underline, numbered list) only do so
      // at the start of a line; escaping them there keeps the rest of the text readable.
      .replace(/^([#+\-=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
  );
}

/** Multi-line text as escaped lines, each starting with `prefix` (e.g. "> " or list indentation). */
export function markdownBlock(text: string, prefix = ""): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => escapeMarkdown(l))
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  // A backslash at the end of a line is a hard line break in CommonMark.
  return paragraphs.map((lines) => lines.map((l) => `${prefix}${l}`).join("\\\n")).join(`\n${prefix.trimEnd()}\n`);
}

/** A link when the URL is http(s), otherwise the address as plain text. */
export function markdownLink(label: string, url: string): string {
  const href = webHref(url);
  return href
    ? `[${escapeMarkdown(label)}](<${href}>)`
    : `${escapeMarkdown(label)} (${escapeMarkdown(url)}, not a web link)`;
}
