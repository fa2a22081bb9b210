import type { ImportArticleInput } from "@claimdesk/shared";

type Format = NonNullable<ImportArticleInput["format"]>;

/** The format follows the file's extension; anything unknown is treated as plain text. */
export function formatFromFileName(name: string): Format | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "txt") return "text";
  return null;
}

/** Read in the browser: the file never leaves the machine until the user saves. */
export async function readArticleFile(
  file: File,
): Promise<{ body: string; format: Format; titleGuess: string; dateGuess: string }> {
  const format = formatFromFileName(file.name);
  if (!format) throw new Error(`"${file.name}" is not a .txt, .md or .html file.`);
  const body = await readText(file);
  // Exported articles often start with a "date YYYY-MM-DD" line; it is a date, not a title.
  const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/i.exec(body);
  const rest = dated ? body.slice(dated[0].length) : body;
  const firstLine = rest.split(/\r?\n/).find((l) => l.trim().length > 0) ?? "";
  const raw = format === "html" ? (/<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? "") : firstLine.replace(/^#+\s*/, "");
  return { body, format, titleGuess: firstSentence(raw.trim()), dateGuess: dated?.[1] ?? "" };
}

/** FileReader rather than Blob.text(), which some older browsers and jsdom lack. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(new Error(`Could not read "${file.name}".`));
    reader.readAsText(file);
  });
}

/** A heading-length guess: the first sentence, cut at a word near 120 characters. */
function firstSentence(line: string): string {
  const sentence = /^(.{20,}?[.!?])\s/.exec(line)?.[1] ?? line;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 120).replace(/\s+\S*$/, "")}…`;
}
