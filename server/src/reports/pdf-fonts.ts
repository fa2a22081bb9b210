// Fonts for PDF reports. The 14 standard PDF fonts only cover Latin-1, so claims quoting names in
// Greek, Cyrillic, Turkish, Vietnamese and so on would come out garbled; DejaVu covers those (not
// CJK). The TTF files ship inside the dejavu-fonts-ttf npm package: nothing is fetched at run time.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);

function load(file: string): Buffer {
  return readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}

let cached: { regular: Buffer; bold: Buffer; italic: Buffer } | null = null;

/** Read once per process; pdfkit subsets them, embedding only the glyphs a report uses. */
export function pdfFonts(): { regular: Buffer; bold: Buffer; italic: Buffer } {
  cached ??= {
    regular: load("DejaVuSans.ttf"),
    bold: load("DejaVuSans-Bold.ttf"),
    italic: load("DejaVuSans-Oblique.ttf"),
  };
  return cached;
}
