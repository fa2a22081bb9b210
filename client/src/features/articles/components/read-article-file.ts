import type { ImportArticleInput } from "@claimdesk/shared";
import { datelineDate } from "@claimdesk/shared/dateline-date";
import { declaredPublicationDate } from "@claimdesk/shared/html-publication-date";
import { markdownFrontMatter } from "@claimdesk/shared/markdown-front-matter";
import { readPdfText } from "@claimdesk/shared/read-pdf-text";
import { loadPdfJs } from "../pdf/load-pdfjs.ts";

type Format = NonNullable<ImportArticleInput["format"]>;

/** What a file holds, from its extension: one of the import formats, a Word document or a PDF. */
export function formatFromFileName(name: string): Format | "docx" | "pdf" | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "txt") return "text";
  if (ext === "docx") return "docx";
  if (ext === "pdf") return "pdf";
  return null;
}

/**
 * Read in the browser: the file never leaves the machine until the user saves. A Word document
 * becomes plain text here (paragraphs separated by blank lines), so the editor sees and can
 * correct exactly the text that will be stored.
 */
export async function readArticleFile(
  file: File,
): Promise<{ body: string; format: Format; titleGuess: string; dateGuess: string }> {
  const kind = formatFromFileName(file.name);
  if (!kind) throw new Error(`"${file.name}" is not a .txt, .md, .html, .docx or .pdf file.`);
  const body =
    kind === "docx" ? await readWordText(file) : kind === "pdf" ? await readPdfFile(file) : await readText(file);
  const format = kind === "docx" || kind === "pdf" ? "text" : kind;
  // Exported articles often start with a "date YYYY-MM-DD" line; it is a date, not a title.
  const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/i.exec(body);
  // Markdown from a site generator or CMS starts with front matter (--- title: … date: … ---).
  const front = format === "markdown" && !dated ? markdownFrontMatter(body, 0) : null;
  const rest = dated ? body.slice(dated[0].length) : front ? body.slice(front.end) : body;
  const firstLine = rest.split(/\r?\n/).find((l) => l.trim().length > 0) ?? "";
  const raw = format === "html" ? pageTitle(body) : (front?.title ?? firstLine.replace(/^#+\s*/, ""));
  const declaredDate = format === "html" ? declaredPublicationDate(body) : front?.publishedOn;
  // Without a declared date, a dateline or release date at the top of the story, for the editor to confirm.
  const dateGuess = dated?.[1] ?? declaredDate ?? (format === "html" ? null : datelineDate(rest)) ?? "";
  return { body, format, titleGuess: firstSentence(decodeBasicEntities(raw).trim()), dateGuess };
}

/**
 * A saved page's headline: its og:title, else its first <h1>, else its <title> without the site
 * name that pages append ("Floods displace thousands | World News").
 */
function pageTitle(html: string): string {
  const og = metaContent(html, "og:title");
  if (og?.trim()) return og;
  // The story's own headline, not a site logo in the page header.
  const article = /<article\b[\s\S]*?<\/article>/i.exec(html)?.[0] ?? "";
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(article)?.[1]?.replace(/<[^>]*>/g, "");
  if (h1?.trim()) return h1.replace(/\s+/g, " ");
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
  return title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, "");
}

/** The content of a <meta property|name="…"> tag, whichever order its attributes come in. */
function metaContent(html: string, property: string): string | null {
  for (const tag of html.match(/<meta\s[^>]*>/gi) ?? []) {
    if (!new RegExp(`(?:property|name)\\s*=\\s*["']${property}["']`, "i").test(tag)) continue;
    const m = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (m) return m[1] ?? m[2] ?? null;
  }
  return null;
}

/** The few entities a title holds ("Floods &amp; storms"). */
function decodeBasicEntities(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;|&#8217;|&rsquo;/g, "’")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** FileReader rather than Blob.text(), which some older browsers and jsdom lack. */
function readWith<T>(file: File, start: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(new Error(`Could not read "${file.name}".`));
    start(reader);
  });
}

const readText = async (file: File): Promise<string> =>
  (await readWith<string | null>(file, (reader) => reader.readAsText(file))) ?? "";
const readBytes = (file: File): Promise<ArrayBuffer> =>
  readWith<ArrayBuffer>(file, (reader) => reader.readAsArrayBuffer(file));

/** The text of a .docx. The converter is loaded only when a Word document is chosen. */
async function readWordText(file: File): Promise<string> {
  const arrayBuffer = await readBytes(file);
  const { extractRawText } = await import("mammoth");
  try {
    const { value } = await extractRawText({ arrayBuffer });
    // Word ends every paragraph with a blank line; runs of empty paragraphs become one.
    return value.replace(/\n{3,}/g, "\n\n").trim();
  } catch {
    throw new Error(
      `"${file.name}" could not be read as a Word document. Only .docx is supported (not the older .doc): save it as .docx, or paste its text.`,
    );
  }
}

/** The text of a PDF, laid out as paragraphs. pdf.js is loaded only when a PDF is chosen. */
async function readPdfFile(file: File): Promise<string> {
  const [pdfjs, bytes] = await Promise.all([loadPdfJs(), readBytes(file)]);
  return readPdfText(pdfjs, new Uint8Array(bytes), file.name);
}

/** A heading-length guess: the first sentence, cut at a word near 120 characters. */
function firstSentence(line: string): string {
  // A full stop ends it, not the dot of an abbreviation ("response, Aug. 21", "Dr. Ruiz", "U.S.").
  const sentence = /^(.{20,}?(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]))[.!?])\s/.exec(line)?.[1] ?? line;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 120).replace(/\s+\S*$/, "")}…`;
}
