// Fonts for PDF reports. The 14 standard PDF fonts only cover Latin-1, so claims quoting names in
// Greek, Cyrillic, Turkish, Vietnamese and so on would come out garbled; DejaVu covers those, and
// Arabic and Hebrew in its regular and bold faces. Other scripts and emoji come from the fallback
// fonts (pdf-fallback-fonts.ts). The TTF files ship inside the dejavu-fonts-ttf npm package: nothing
// is fetched at run time.
// Typings for fontkit and linebreak, which ship none, for every tsconfig that compiles the PDF code
// (tests/ too): all the PDF code imports this module, directly or not. A .d.ts of ambient
// modules cannot be imported, hence the reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./font-libraries.d.ts" />
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

export type TextStyle = "regular" | "bold" | "italic";

interface PrimaryFace {
  buffer: Buffer;
  /** Parsed once, to ask which characters the face has. */
  font: fontkit.Font;
}

function load(file: string): PrimaryFace {
  const buffer = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return { buffer, font: fontkit.create(buffer) };
}

let cached: Record<TextStyle, PrimaryFace> | null = null;

/** Read once per process; pdfkit subsets them, embedding only the glyphs a report uses. */
export function pdfFonts(): Record<TextStyle, PrimaryFace> {
  cached ??= {
    regular: load("DejaVuSans.ttf"),
    bold: load("DejaVuSans-Bold.ttf"),
    italic: load("DejaVuSans-Oblique.ttf"),
  };
  return cached;
}
