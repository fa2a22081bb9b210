import { DELIMITER_ROW } from "../text/table-rows.ts";
import { TextBuilder, trimMapped } from "./text-builder.ts";

/**
 * Markdown to plain text with an offset map. Block syntax (headings, list markers, quotes,
 * fences, rules, reference definitions) is removed per line; inline emphasis and code markers
 * are dropped, links keep only their visible text and images are dropped. Headings become their own
 * paragraph so the sentence splitter never glues a title to the first sentence.
 */
export function markdownToText(raw: string, from = 0): { text: string; sourceOffsets: number[] } {
  const out = new TextBuilder();
  let lineStart = from;
  let inFence = false;
  // The line before was a picture alone: an emphasised line right after it is its caption.
  let afterImage = false;
  // Inside a table: each row keeps its own line (cells and pipes as written) and the delimiter
  // line under the header is dropped, so the rows are read one by one (text/table-rows.ts).
  let inTable = false;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const contentEnd = lineEnd > lineStart && raw[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = raw.slice(lineStart, contentEnd);
    if (!inTable && !inFence && line.includes("|") && DELIMITER_ROW.test(nextLine(raw, lineEnd))) {
      inTable = true;
      out.paragraphBreak(lineStart);
    } else if (inTable && !(line.includes("|") && line.trim() !== "")) {
      inTable = false;
      out.paragraphBreak(lineStart);
    }
    if (inTable) {
      if (!DELIMITER_ROW.test(line)) {
        appendInline(out, line, lineStart);
        out.lineBreak(contentEnd);
      }
    } else if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      out.paragraphBreak(lineStart);
    } else if (inFence) {
      out.appendSource(line, lineStart);
      out.lineBreak(contentEnd);
    } else if (/^\s*$/.test(line)) {
      out.paragraphBreak(lineStart);
    } else if (IMAGE_LINE.test(line) || (afterImage && CAPTION_LINE.test(line))) {
      // "![Residents](meeting.jpg)" then "*Residents pack the chamber … Photo by Ana Ruiz.*": a
      // picture and its caption are no article text.
      out.paragraphBreak(lineStart);
    } else if (
      /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) ||
      /^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line) ||
      /^\s{0,3}(=+|-+)\s*$/.test(line)
    ) {
      out.paragraphBreak(lineStart);
    } else {
      const block = /^(\s{0,3}(?:#{1,6}\s+|>\s?)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?)/.exec(line)!;
      const isHeading = /#/.test(block[1]!);
      const isItem = /[-*+]\s+$|\d[.)]\s+$/.test(block[1]!);
      if (isHeading || isItem) out.paragraphBreak(lineStart);
      let body = line.slice(block[1]!.length);
      let bodyStart = lineStart + block[1]!.length;
      if (isHeading) body = body.replace(/\s+#+\s*$/, "");
      // "**The opposition.** Shadow energy secretary …": a run-in label is structure, as a
      // heading is; the sentence after it is the paragraph's first.
      const label = isHeading ? 0 : runInLabelLength(body);
      body = body.slice(label);
      bodyStart += label;
      appendInline(out, body, bodyStart);
      if (isHeading) out.paragraphBreak(contentEnd);
      else if (!out.endsWithSpace) out.appendSynthetic(" ", contentEnd);
      bodyStart = 0;
    }
    afterImage = IMAGE_LINE.test(line);
    lineStart = lineEnd + 1;
  }
  const built = out.build();
  const keep: number[] = [];
  let text = "";
  for (let k = 0; k < built.text.length; k++) {
    const c = built.text[k]!;
    if (c === " " && (built.text[k + 1] === "\n" || built.text[k - 1] === "\n" || built.text[k + 1] === undefined))
      continue;
    text += c;
    keep.push(built.sourceOffsets[k]!);
  }
  return trimMapped(text, keep);
}

/** The line that starts after the line break at `lineEnd` (without its CR), or "". */
function nextLine(raw: string, lineEnd: number): string {
  if (lineEnd >= raw.length) return "";
  let end = raw.indexOf("\n", lineEnd + 1);
  if (end < 0) end = raw.length;
  return raw.slice(lineEnd + 1, raw[end - 1] === "\r" ? end - 1 : end);
}

const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/**
 * A bold run-in label that opens a line and ends with a full stop, with text after it: "**The
 * opposition.** …", "__The government.__ …": "The" (or "A", "Our" …) and a few lowercase words. At
 * most five words, no figure and no verb a statement would need ("**Prices rose 4%.**", "**Bills
 * are rising.**" are sentences set in bold, and stay), no name ("**Biden drops out.**" is a
 * headline). A label with a colon stays for the line-label readers, which know a transcript's
 * speaker ("**REYES:**"), a fact-check's "**Rating:**", a "**Correction:**" and a data row's
 * "**Unemployment:** 4.2%".
 */
const RUN_IN_LABEL = /^(\*\*|__)((?:The|A|An|Our|Their)\s[^*_\d\n\p{Lu}]{2,60}?)(?:\.\1|\1\.)\s+(?=\S)/u;
/** An explainer's own labels with a colon ("**Why it matters:** …"), which no line-label reader knows. */
const EXPLAINER_LABEL =
  /^(\*\*|__)(?:Why it matters|What happens next|What's next|What’s next|The bottom line|Bottom line|The big picture|Big picture|Between the lines|Driving the news|By the numbers|Zoom in|Zoom out|Go deeper|Catch up quick|The backstory|Yes, but)(?::\1|\1:)\s+(?=\S)/;
const STATEMENT_VERBS =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|rose|fell|grew|rise|fall|rises|falls|said|says)\b|\w+ed\b/i;
const LABEL_MAX_WORDS = 5;

/** Length of the bold run-in label that opens `line` (and the space after it), or 0. */
function runInLabelLength(line: string): number {
  // Cheap first: the line opens with "**" or "__".
  const first = line.charCodeAt(0);
  if ((first !== 42 && first !== 95) || line.charCodeAt(1) !== first) return 0;
  const explainer = EXPLAINER_LABEL.exec(line);
  if (explainer) return explainer[0].length;
  const m = RUN_IN_LABEL.exec(line);
  if (m === null) return 0;
  const words = m[2]!.trim().split(/\s+/);
  return words.length <= LABEL_MAX_WORDS && !STATEMENT_VERBS.test(m[2]!) ? m[0].length : 0;
}
/** A line set in emphasis from end to end: "*…*", "_…_". */
const CAPTION_LINE = /^\s*([*_]{1,2})\S.*\S\1\s*$/;

/** Inline pass: links, images, emphasis, code spans, escapes, autolinks. */
function appendInline(out: TextBuilder, s: string, base: number): void {
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === "\\" && i + 1 < s.length && /[\\`*_{}[\]()#+\-.!>~|]/.test(s[i + 1]!)) {
      out.appendSource(s[i + 1]!, base + i + 1);
      i += 2;
      continue;
    }
    if (ch === "!" && s[i + 1] === "[") {
      // An image: its alt text describes a picture, it is not article text.
      const close = s.indexOf("](", i + 2);
      const end = close < 0 ? -1 : s.indexOf(")", close + 2);
      if (end > 0) {
        i = end + 1;
        continue;
      }
      i++;
      continue;
    }
    if (ch === "[") {
      const close = s.indexOf("]", i + 1);
      const after = close >= 0 ? s[close + 1] : undefined;
      if (close > i && (after === "(" || after === "[")) {
        const end = s.indexOf(after === "(" ? ")" : "]", close + 2);
        if (end > close) {
          appendInline(out, s.slice(i + 1, close), base + i + 1);
          i = end + 1;
          continue;
        }
      }
    }
    if (ch === "<") {
      const auto = /^<(https?:\/\/[^>\s]+|[^@>\s]+@[^>\s]+)>/.exec(s.slice(i));
      if (auto) {
        out.appendSource(auto[1]!, base + i + 1);
        i += auto[0].length;
        continue;
      }
    }
    if (ch === "`") {
      i++;
      continue;
    }
    if (ch === "*" || ch === "~") {
      i++;
      continue;
    }
    if (ch === "_") {
      // Underscores inside words (snake_case) are text, at word edges they are emphasis.
      const prev = s[i - 1] ?? " ";
      const next = s[i + 1] ?? " ";
      if (!(/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next))) {
        i++;
        continue;
      }
    }
    out.appendSource(ch, base + i);
    i++;
  }
}
