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
export async function readArticleFile(file: File): Promise<{ body: string; format: Format; titleGuess: string }> {
  const format = formatFromFileName(file.name);
  if (!format) throw new Error(`"${file.name}" is not a .txt, .md or .html file.`);
  const body = await readText(file);
  const firstLine = body.split(/\r?\n/).find((l) => l.trim().length > 0) ?? "";
  const titleGuess = format === "html" ? (/<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? "") : firstLine.replace(/^#+\s*/, "");
  return { body, format, titleGuess: titleGuess.trim().slice(0, 200) };
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
