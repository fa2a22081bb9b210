// Which font draws each piece of text. Each grapheme cluster (a letter with its marks, an emoji with
// its modifiers) goes to the first font in the chain that has every glyph it needs: the style's
// DejaVu face, regular DejaVu (the oblique face has no Arabic or Hebrew), then the fallbacks. What no
// font covers becomes a visible placeholder naming the characters, never a silent empty box.
import type * as fontkit from "fontkit";
import { fallbackFace } from "./pdf-fallback-fonts.ts";
import { pdfFonts, type TextStyle } from "./pdf-fonts.ts";
import { graphemes } from "./pdf-graphemes.ts";

export interface Face {
  name: string;
  font: fontkit.Font;
  /** For a fallback face: the file, registered with a document the first time it draws with it. */
  buffer?: Buffer;
}

interface FontRun {
  start: number;
  end: number;
  /** null: no font has these characters. */
  face: Face | null;
}

const PRIMARY_NAMES: Record<TextStyle, string> = { regular: "regular", bold: "bold", italic: "italic" };
const TEXT_FALLBACKS = ["devanagari", "sc", "kr", "emoji"];
const EMOJI_FIRST = ["emoji", "devanagari", "sc", "kr"];
// Text that is one character per cluster and all within ranges DejaVu has: the common case, which
// skips grapheme segmentation entirely.
// eslint-disable-next-line no-control-regex -- control characters are simple text too
const SIMPLE_TEXT = /^[\u0000-\u02ff\u2000-\u206f]*$/;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const PUNCTUATION = /^\p{P}+$/u;
/** Line feeds end a line (pdf-paragraph.ts breaks there and trims them); no font needs a glyph for them. */
const LINE_FEED = /^\n+$/;

function primary(style: TextStyle): Face {
  return { name: PRIMARY_NAMES[style], font: pdfFonts()[style].font };
}

function covers(font: fontkit.Font, cluster: string): boolean {
  for (const ch of cluster) {
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!) && !IGNORABLE.test(ch)) return false;
  }
  return true;
}

/** Emoji presentation (🔥, or ❤ followed by VS16) is drawn as an emoji even where DejaVu has a text glyph. */
function wantsEmoji(cluster: string): boolean {
  return /\p{Emoji_Presentation}|\p{Regional_Indicator}/u.test(cluster) || /\uFE0F/.test(cluster);
}

// Reports repeat the same few thousand characters; the cache is emptied when it grows past that,
// so a long-running server reading every script there is keeps it bounded.
const choiceCache = new Map<string, Face | null>();
const CHOICE_CACHE_LIMIT = 20_000;

function chooseFace(style: TextStyle, cluster: string): Face | null {
  const key = `${style}\u0000${cluster}`;
  const known = choiceCache.get(key);
  if (known !== undefined) return known;
  const emoji = wantsEmoji(cluster);
  const faces: Array<() => Face | null> = [];
  const first = cluster.codePointAt(0)!;
  const fallbacks = (emoji ? EMOJI_FIRST : TEXT_FALLBACKS).map((family) => () => fallbackFace(family, first));
  const primaries = [() => primary(style), () => (style === "regular" ? null : primary("regular"))];
  faces.push(...(emoji ? [fallbacks[0]!, ...primaries, ...fallbacks.slice(1)] : [...primaries, ...fallbacks]));
  let chosen: Face | null = null;
  for (const candidate of faces) {
    const face = candidate();
    if (face && covers(face.font, cluster)) {
      chosen = face;
      break;
    }
  }
  if (choiceCache.size >= CHOICE_CACHE_LIMIT) choiceCache.clear();
  choiceCache.set(key, chosen);
  return chosen;
}

function clusters(text: string): Iterable<{ segment: string; index: number }> {
  if (!SIMPLE_TEXT.test(text)) return graphemes.segment(text);
  return Array.from(text, (segment, index) => ({ segment, index }));
}

/** Maximal stretches of `text` drawn with one font. */
export function fontRuns(style: TextStyle, text: string): FontRun[] {
  const runs: FontRun[] = [];
  for (const { segment, index } of clusters(text)) {
    const last = runs[runs.length - 1];
    // Punctuation stays in the font of the text before it ("。" after Han); spaces go to DejaVu, since
    // Noto Emoji's space is an em wide.
    const sticky = last?.face && !last.face.name.startsWith("emoji") && PUNCTUATION.test(segment);
    const face = LINE_FEED.test(segment)
      ? (last?.face ?? primary(style))
      : sticky && covers(last.face!.font, segment)
        ? last.face!
        : chooseFace(style, segment);
    if (last && last.face?.name === face?.name) last.end = index + segment.length;
    else runs.push({ start: index, end: index + segment.length, face });
  }
  return runs;
}

/** What is printed instead of characters no font has: their code points, so an editor can tell. */
export function placeholder(missing: string): string {
  const points = Array.from(missing, (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  const shown = points.slice(0, 3).join(" ") + (points.length > 3 ? " …" : "");
  return `[${points.length === 1 ? "character" : `${points.length} characters`} not in the report fonts: ${shown}]`;
}
