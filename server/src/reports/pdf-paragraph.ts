// One paragraph of styled text laid out by hand instead of by pdfkit's line wrapper, because pdfkit
// knows one font per call and no text direction: here each piece gets the font that has its glyphs
// (pdf-font-runs.ts), lines break where Unicode allows (UAX #14 via linebreak, which pdfkit itself
// uses: between CJK ideographs, not inside "40%"), a word longer than a line breaks between
// graphemes, and each line's pieces are drawn in visual order (pdf-bidi.ts).
import LineBreaker from "linebreak";
import { embeddingLevels, fontkitReverses, visualOrder, visualText, type Levels } from "./pdf-bidi.ts";
import { fontRuns, placeholder, type Face } from "./pdf-font-runs.ts";
import { pdfFonts, type TextStyle } from "./pdf-fonts.ts";
import { graphemes } from "./pdf-graphemes.ts";

type Doc = PDFKit.PDFDocument;
type Measure = (start: number, end: number) => number;

export interface Span {
  text: string;
  style: TextStyle;
  size: number;
  color: string;
  link?: string | null;
  underline?: boolean;
}

export interface ParagraphOptions {
  /** Points between the margin and every line. */
  indent?: number;
  /** A named destination ("claim-3") at the paragraph's first line. */
  destination?: string;
}

interface Piece {
  start: number;
  end: number;
  span: Span;
  face: Face;
  level: number;
}

const registered = new WeakMap<Doc, Set<string>>();

/** Selects the face, registering a fallback face with this document on first use. */
function useFace(doc: Doc, face: Face, size: number): Doc {
  if (face.buffer) {
    const names = registered.get(doc) ?? new Set<string>();
    registered.set(doc, names);
    if (!names.has(face.name)) doc.registerFont(face.name, face.buffer);
    names.add(face.name);
  }
  return doc.font(face.name).fontSize(size);
}

/**
 * Rationales, excerpts and notes come with paragraphs and line breaks typed in a browser (CR LF) or
 * pasted (tabs, Unicode line separators). A line break stays a line break and a tab a space; neither
 * has a glyph, and drawn as text they would print as placeholders.
 */
function plainBreaks(span: Span): Span {
  const text = span.text.replace(/\r\n?|[\v\f\u2028\u2029\u0085]/g, "\n").replace(/\t/g, " ");
  return text === span.text ? span : { ...span, text };
}

/** Text no font has becomes a placeholder, before anything is measured. */
function withPlaceholders(span: Span): Span {
  const runs = fontRuns(span.style, span.text);
  if (runs.every((r) => r.face)) return span;
  const part = (start: number, end: number) => span.text.slice(start, end);
  const text = runs.map((r) => (r.face ? part(r.start, r.end) : placeholder(part(r.start, r.end)))).join("");
  return { ...span, text };
}

function piecesOf(spans: Span[], bidi: Levels | null): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const span of spans) {
    for (const run of fontRuns(span.style, span.text)) {
      let start = offset + run.start;
      const end = offset + run.end;
      // Split where the embedding level changes, so that each piece has one direction, and leave
      // isolate marks out: they set levels (bidi-js) but have no glyph to draw or width to measure.
      // A word joiner (a figure's compound carries them: figure-with-unit.ts) stays in its piece:
      // the fonts draw it with no width, and a piece cut at it would shape the word's halves apart,
      // an Arabic word that the article joined so losing its joined letters.
      while (start < end && isIsolateMark(span.text, start - offset)) start++;
      for (let i = start + 1; i <= end; i++) {
        const mark = i < end && isIsolateMark(span.text, i - offset);
        if (i === end || mark || (bidi && bidi.levels[i] !== bidi.levels[start])) {
          if (i > start) pieces.push({ start, end: i, span, face: run.face!, level: bidi?.levels[start] ?? 0 });
          start = mark ? i + 1 : i;
        }
      }
    }
    offset += span.text.length;
  }
  return pieces;
}

/** U+2066-U+2069 (LRI, RLI, FSI, PDI); a code-unit compare, so plain text costs one test a character. */
function isIsolateMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x2066 && code <= 0x2069;
}

interface Line {
  start: number;
  end: number;
  pieces: Piece[];
  ascent: number;
  height: number;
}

/** The paragraph broken into lines at the page's width; nothing is drawn. */
function layOut(doc: Doc, spans: Span[], options: ParagraphOptions) {
  const shown = spans
    .filter((s) => s.text.length > 0)
    .map(plainBreaks)
    .map(withPlaceholders);
  const text = shown.map((s) => s.text).join("");
  const bidi = embeddingLevels(text);
  const pieces = piecesOf(shown, bidi);
  const left = doc.page.margins.left + (options.indent ?? 0);
  const width = doc.page.width - doc.page.margins.right - left;
  const measure: Measure = (start, end) => {
    let w = 0;
    for (const p of pieces) {
      if (p.end <= start || p.start >= end) continue;
      const s = text.slice(Math.max(start, p.start), Math.min(end, p.end));
      w += useFace(doc, p.face, p.span.size).widthOfString(s);
    }
    return w;
  };
  const first = spans[0] ?? { style: "regular" as const, size: 10.5 };
  const lines = breakLines(text, width, measure).map(([start, end]): Line => {
    const line = pieces
      .filter((p) => p.end > start && p.start < end)
      .map((p) => ({ ...p, start: Math.max(p.start, start), end: Math.min(p.end, end) }));
    return { start, end, pieces: line, ...lineMetrics(line, first) };
  });
  return { text, bidi, left, width, measure, lines };
}

/**
 * How tall the paragraph (or its first `maxLines` lines) will be, so that a heading can be kept with
 * the text under it. Leaves the document in the last span's style, as writeParagraph does.
 */
export function paragraphHeight(doc: Doc, spans: Span[], options: ParagraphOptions = {}, maxLines = Infinity): number {
  const height = layOut(doc, spans, options)
    .lines.slice(0, maxLines)
    .reduce((sum, line) => sum + line.height, 0);
  const last = spans[spans.length - 1];
  if (last) doc.font(last.style).fontSize(last.size);
  return height;
}

export function writeParagraph(doc: Doc, spans: Span[], options: ParagraphOptions = {}): void {
  const { text, bidi, left, width, measure, lines } = layOut(doc, spans, options);
  const first = spans[0] ?? { style: "regular" as const, size: 10.5 };
  let y = doc.y;
  let destination = options.destination;
  for (const { start, end, pieces: line, ascent, height } of lines) {
    if (y + height > doc.page.maxY() && y > doc.page.margins.top) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    let x = bidi && bidi.baseLevel(start) % 2 ? left + width - measure(start, end) : left;
    for (const p of visualOrder(line)) {
      const raw = text.slice(p.start, p.end);
      const { font } = p.face;
      // A right-to-left run is shaped whole (pdfkit would shape it word by word, in logical order).
      const features = fontkitReverses(raw) ? [] : undefined;
      const drawn = visualText(raw, p.level);
      const textWidth = useFace(doc, p.face, p.span.size).fillColor(p.span.color).widthOfString(drawn, { features });
      // Fonts differ in ascent: each piece is placed so that all share the line's baseline.
      doc.text(drawn, x, y + ascent - (font.ascent / font.unitsPerEm) * p.span.size, {
        lineBreak: false,
        link: p.span.link ?? null,
        underline: p.span.underline ?? false,
        destination,
        features,
        // pdfkit sizes a link's box from what its line wrapper would have set (NaN without them).
        textWidth,
        wordCount: 1,
      } as PDFKit.Mixins.TextOptions);
      destination = undefined;
      x += textWidth;
    }
    y += height;
  }
  // Leave pdfkit as its own text() would: at the margin under the text, in the last span's style,
  // so that moveDown() moves by that style's line height as before.
  const last = spans[spans.length - 1] ?? first;
  doc.font(last.style).fontSize(last.size);
  doc.x = doc.page.margins.left;
  doc.y = y;
}

/** The tallest font on the line sets its height; a line of only DejaVu is as high as pdfkit makes it. */
function lineMetrics(line: Piece[], fallback: { style: TextStyle; size: number }): { ascent: number; height: number } {
  const faces = line.length
    ? line.map((p) => ({ font: p.face.font, size: p.span.size }))
    : [{ font: pdfFonts()[fallback.style].font, size: fallback.size }];
  let ascent = 0;
  let height = 0;
  for (const { font, size } of faces) {
    const scale = size / font.unitsPerEm;
    ascent = Math.max(ascent, font.ascent * scale);
    height = Math.max(height, (font.ascent - font.descent + font.lineGap) * scale);
  }
  return { ascent, height };
}

/** [start, end) of each line, without its trailing spaces and line feed; greedy, as pdfkit's is. */
function breakLines(text: string, width: number, measure: Measure): Array<[number, number]> {
  const trimEnd = (start: number, end: number) => {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end;
  };
  const lines: Array<[number, number]> = [];
  const breaker = new LineBreaker(text);
  let lineStart = 0;
  let lineEnd = 0; // the last break that fits
  let fitted = 0; // the width from lineStart to lineEnd, spaces included
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const segment = bk.position;
    if (fitted + measure(lineEnd, trimEnd(lineEnd, segment)) > width) {
      if (lineEnd > lineStart) lines.push([lineStart, trimEnd(lineStart, lineEnd)]);
      lineStart = lineEnd;
      // A word wider than the whole line (a long URL, an unspaced run of text) breaks between graphemes.
      while (measure(lineStart, trimEnd(lineStart, segment)) > width) {
        const cut = longestFit(text, lineStart, segment, width, measure);
        lines.push([lineStart, cut]);
        lineStart = cut;
      }
      fitted = 0;
      lineEnd = lineStart;
    }
    fitted += measure(lineEnd, segment);
    lineEnd = segment;
    if (bk.required) {
      lines.push([lineStart, trimEnd(lineStart, segment)]);
      lineStart = lineEnd = segment;
      fitted = 0;
    }
  }
  if (lineStart < text.length || lines.length === 0) lines.push([lineStart, trimEnd(lineStart, text.length)]);
  return lines;
}

function longestFit(text: string, start: number, end: number, width: number, measure: Measure): number {
  let fit = -1;
  for (const { index, segment } of graphemes.segment(text.slice(start, end))) {
    const next = start + index + segment.length;
    if (fit >= 0 && measure(start, next) > width) break;
    fit = next;
  }
  return fit;
}
