// The parts of fontkit and linebreak (both pdfkit's own dependencies) that the PDF layout uses;
// neither package ships type declarations.
declare module "fontkit" {
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}

declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may (or, when `required`, must) break: before text[position]. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
