export type ArticleFormat = "text" | "markdown" | "html";

/** Chooses the import format from the upload's file name or Content-Type; plain text otherwise. */
export function detectFormat(filename: string | undefined, contentType?: string): ArticleFormat {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("html") || type.includes("xhtml")) return "html";
  if (type.includes("markdown")) return "markdown";
  const name = (filename ?? "").toLowerCase();
  if (/\.(x?html?)$/.test(name)) return "html";
  if (/\.(md|markdown|mdown|mkd)$/.test(name)) return "markdown";
  return "text";
}
