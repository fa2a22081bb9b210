// Right-to-left text in visual order. pdfkit writes characters left to right as given; the Unicode
// bidirectional algorithm (bidi-js) gives each character an embedding level, and each laid-out line's
// pieces are then put in visual order (rule L2). fontkit shapes Arabic joining forms and itself
// reverses a run whose script is right-to-left, so an Arabic or Hebrew run is handed over in logical
// order; only what fontkit would get wrong (neutrals, digits in an Arabic run) is reversed here.
import bidiFactory from "bidi-js";
import { graphemes } from "./pdf-graphemes.ts";

const bidi = bidiFactory();
const MAY_NEED_BIDI =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b]/;
// The scripts fontkit lays out right to left (its own list, limited to those our fonts have).
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

export interface Levels {
  /** Per UTF-16 unit; odd is right to left. */
  levels: Uint8Array;
  /** The base level of the paragraph (text between line feeds) holding each unit: odd aligns right. */
  baseLevel(index: number): number;
}

/** Embedding levels (each paragraph's direction from its first strong character), or null when all is left to right. */
export function embeddingLevels(text: string): Levels | null {
  if (!MAY_NEED_BIDI.test(text)) return null;
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, "auto");
  if (!levels.some((level) => level > 0)) return null;
  return { levels, baseLevel: (index) => paragraphs.find((p) => index <= p.end)?.level ?? 0 };
}

/** Whether fontkit will lay this text out right to left: it goes by the first character with a script. */
export function fontkitReverses(text: string): boolean {
  for (const ch of text) {
    if (!NO_SCRIPT.test(ch)) return RTL_SCRIPT.test(ch);
  }
  return false;
}

/**
 * The string to hand to pdfkit for a piece at this level, so that what is drawn reads in visual order:
 * brackets mirrored in right-to-left text (rule L4), and graphemes reversed where fontkit won't.
 */
export function visualText(text: string, level: number): string {
  const rtl = level % 2 === 1;
  const mirrored = rtl ? Array.from(text, (ch) => bidi.getMirroredCharacter(ch) ?? ch).join("") : text;
  if (rtl === fontkitReverses(text)) return mirrored;
  return Array.from(graphemes.segment(mirrored), (s) => s.segment)
    .reverse()
    .join("");
}

/** Rule L2: reverse every run of items at or above each odd level, highest first. */
export function visualOrder<T extends { level: number }>(items: T[]): T[] {
  const out = [...items];
  const max = Math.max(0, ...out.map((i) => i.level));
  const minOdd = Math.max(1, Math.min(...out.map((i) => (i.level % 2 ? i.level : i.level + 1))));
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue;
      let j = i;
      while (j + 1 < out.length && out[j + 1]!.level >= level) j++;
      out.splice(i, j - i + 1, ...out.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return out;
}
