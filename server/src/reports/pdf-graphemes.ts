/** User-perceived characters (grapheme clusters): the unit the PDF layout chooses fonts for, reverses and breaks between. */
export const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });
