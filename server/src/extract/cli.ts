/**
 * Command-line entry point; other tools depend on this contract:
 *   claims extract FILE|-  [--format text|markdown|html]   → one JSON object: publishedOn, body, claims
 *                                                            (a FILE ending in .pdf is read as a PDF)
 *   claims score                                              → per stdin line, one JSON line {checkworthy, factual}
 * Wrong usage prints the usage text and exits with status 2.
 */
// First, before the extractor's modules: see the file.
import "./regexp-native-at-once.ts";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { detectFormat, type ArticleFormat } from "./input/detect-format.ts";
import { parseArticleInput } from "./input/parse-article-input.ts";
import { readPdfFile } from "./input/read-pdf-file.ts";
import { extractClaims } from "./extract-claims.ts";
import { scoreSentenceFast } from "./score-sentence.ts";

const USAGE = `usage:
  npm run -s claims -- extract FILE|- [--format text|markdown|html]
      print the article's claims as JSON ({ publishedOn, body, claims }); "-" reads stdin;
      a FILE ending in .pdf is read as a PDF (its text, laid out as paragraphs)
  npm run -s claims -- score
      read UTF-8 sentences from stdin, one per line; print one JSON object per line:
      {"checkworthy": 0..1, "factual": 0..1}  (0.5 or more means yes)`;

function usage(message?: string): never {
  if (message) process.stderr.write(`claims: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

async function extract(args: string[]): Promise<void> {
  let format: ArticleFormat | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--format") {
      const f = args[++i];
      if (f !== "text" && f !== "markdown" && f !== "html") usage("--format must be text, markdown or html");
      format = f;
    } else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) usage("extract needs exactly one FILE (or - for stdin)");
  const file = files[0]!;
  const isPdf = file !== "-" && /\.pdf$/i.test(file);
  if (isPdf && format) usage("--format does not apply to a PDF");
  let raw: string;
  try {
    raw = isPdf
      ? await readPdfFile(new Uint8Array(readFileSync(file)), file)
      : readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    process.stderr.write(`claims: cannot read ${file}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const detected = isPdf ? "text" : detectFormat(file === "-" ? undefined : file);
  const { body, publishedOn } = parseArticleInput(raw, format ?? detected);
  const claims = extractClaims(body, { publishedOn });
  process.stdout.write(`${JSON.stringify({ publishedOn, body, claims }, null, 2)}\n`);
}

/** Streams stdin line by line so 10,000 lines cost seconds and memory stays flat. */
async function score(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = "";
  for await (const line of lines) {
    const s = scoreSentenceFast(line);
    buffer += `{"checkworthy":${s.checkworthy},"factual":${s.factual}}\n`;
    if (buffer.length > 65536) {
      if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r));
      buffer = "";
    }
  }
  process.stdout.write(buffer);
}

// A reader that stops early (head, a closed pipe) is not an error for us.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const [command, ...rest] = process.argv.slice(2);
if (command === "extract") await extract(rest);
else if (command === "score") {
  if (rest.length > 0) usage("score takes no arguments; it reads stdin");
  await score();
} else if (command === "--help" || command === "-h") {
  process.stdout.write(`${USAGE}\n`);
} else usage(command ? `unknown command ${command}` : "missing command");
