// A roundup of briefs sets its country over each headline in capitals: "UNITED KINGDOM", "SOUTH
// AFRICA" (decision 515; one word such as "JAPAN" was dropped before). Two capitalised words alone
// are also a headline in capitals that carries a claim ("TAXES DOUBLED", "BIDEN RESIGNS"), so only
// the names of places are taken, and a masthead's "… NEWS" ("ABC NEWS"), never a pattern of shape.

const TWO_WORD_PLACES = new Set([
  "UNITED KINGDOM",
  "UNITED STATES",
  "SOUTH AFRICA",
  "SOUTH KOREA",
  "NORTH KOREA",
  "SOUTH SUDAN",
  "NEW ZEALAND",
  "NEW CALEDONIA",
  "SAUDI ARABIA",
  "SRI LANKA",
  "COSTA RICA",
  "PUERTO RICO",
  "HONG KONG",
  "SIERRA LEONE",
  "BURKINA FASO",
  "CZECH REPUBLIC",
  "DOMINICAN REPUBLIC",
  "CENTRAL AMERICA",
  "LATIN AMERICA",
  "NORTH AMERICA",
  "SOUTH AMERICA",
  "MIDDLE EAST",
  "WEST BANK",
  "GAZA STRIP",
  "IVORY COAST",
  "EAST TIMOR",
  "NORTH MACEDONIA",
  "EL SALVADOR",
  "SAN MARINO",
  "CAPE VERDE",
  "EUROPEAN UNION",
  "UNITED NATIONS",
]);

/** Is this short line a place's name in capitals, of two words, or a masthead such as "ABC NEWS"? */
export function isPlaceLabelInCapitals(sentence: string): boolean {
  const line = sentence.trimEnd();
  if (line.length > 24 || line.indexOf(" ") < 0) return false;
  return TWO_WORD_PLACES.has(line) || /^\p{Lu}{2,} NEWS$/u.test(line);
}
