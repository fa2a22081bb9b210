// Fonts for the text DejaVu does not cover: Devanagari, Chinese/Japanese (Han and kana), Korean
// (Hangul) and emoji. They ship in Fontsource npm packages, sliced by Unicode range the way Google
// Fonts serves them; each slice is a small WOFF file, so a report reads only the slices whose
// characters it contains (a few tens of KB each) rather than a 10 MB CJK font, and nothing at all
// when its text is covered by DejaVu. unicode.json in each package says which slice holds what.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

interface FallbackFace {
  /** The name the face is registered under in a PDF document. */
  name: string;
  buffer: Buffer;
  font: fontkit.Font;
}

interface Slice {
  id: string;
  from: number;
  to: number;
}

interface Family {
  pkg: string;
  stem: string;
  /** Which unicode.json keys to use: numbered slices ("[12]") or one named subset. */
  keep: (key: string) => boolean;
  /** The file for a kept key: noto-emoji ships all of its emoji in one "emoji" file as well. */
  fileId: (key: string) => string;
}

const numbered = (key: string) => /^\[\d+\]$/.test(key);
const sliceNumber = (key: string) => key.slice(1, -1);

// Tried in this order after DejaVu. SC has ~12,000 Han characters (simplified and traditional) and
// kana; KR adds the 11,172 Hangul syllables; emoji come first instead for emoji presentation.
const FALLBACK_FAMILIES: Record<string, Family> = {
  devanagari: {
    pkg: "@fontsource/noto-sans-devanagari",
    stem: "noto-sans-devanagari",
    keep: (key) => key === "devanagari",
    fileId: (key) => key,
  },
  sc: { pkg: "@fontsource/noto-sans-sc", stem: "noto-sans-sc", keep: numbered, fileId: sliceNumber },
  kr: { pkg: "@fontsource/noto-sans-kr", stem: "noto-sans-kr", keep: numbered, fileId: sliceNumber },
  // Monochrome Noto Emoji: PDF text is drawn in one colour, and the colour font is bitmaps (10 MB).
  // The single "emoji" file keeps flag and ZWJ-sequence ligatures together, which slices would split.
  emoji: { pkg: "@fontsource/noto-emoji", stem: "noto-emoji", keep: numbered, fileId: () => "emoji" },
};

const slicesCache = new Map<string, Slice[]>();
const faceCache = new Map<string, FallbackFace | null>();

function slicesOf(familyKey: string): Slice[] {
  let slices = slicesCache.get(familyKey);
  if (slices) return slices;
  const family = FALLBACK_FAMILIES[familyKey]!;
  const ranges = JSON.parse(readFileSync(require.resolve(`${family.pkg}/unicode.json`), "utf8")) as Record<
    string,
    string
  >;
  slices = [];
  for (const [key, list] of Object.entries(ranges)) {
    if (!family.keep(key)) continue;
    for (const range of list.split(",")) {
      const [from = "", to = from] = range.trim().replace(/U\+/g, "").split("-");
      slices.push({ id: family.fileId(key), from: parseInt(from, 16), to: parseInt(to, 16) });
    }
  }
  slicesCache.set(familyKey, slices);
  return slices;
}

function sliceFor(familyKey: string, codePoint: number): string | null {
  // Ranges of different slices interleave, so a plain scan; choices are cached by the caller.
  return slicesOf(familyKey).find((s) => codePoint >= s.from && codePoint <= s.to)?.id ?? null;
}

/**
 * The face of a fallback family that holds this code point, read from disk on first use and kept for
 * the process (like DejaVu); null when the family has no such character.
 */
export function fallbackFace(familyKey: string, codePoint: number): FallbackFace | null {
  const id = sliceFor(familyKey, codePoint);
  if (id === null) return null;
  const family = FALLBACK_FAMILIES[familyKey]!;
  const name = `${familyKey}-${id}`;
  if (!faceCache.has(name))
    faceCache.set(name, readFace(name, `${family.pkg}/files/${family.stem}-${id}-400-normal.woff`));
  const face = faceCache.get(name);
  return face?.font.hasGlyphForCodePoint(codePoint) ? face : null;
}

/** null for a slice fontkit cannot read (SC slice 101's cmap): its characters go on down the chain. */
function readFace(name: string, file: string): FallbackFace | null {
  const buffer = readFileSync(require.resolve(file));
  try {
    const font = fontkit.create(buffer);
    font.hasGlyphForCodePoint(0x20);
    return { name, buffer, font };
  } catch {
    return null;
  }
}
