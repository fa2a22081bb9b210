/** Named entities common in news HTML; numeric ones are decoded generically. */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  sbquo: "\u201a",
  bdquo: "\u201e",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  euro: "\u20ac",
  pound: "\u00a3",
  yen: "\u00a5",
  cent: "\u00a2",
  deg: "\u00b0",
  middot: "\u00b7",
  bull: "\u2022",
  laquo: "\u00ab",
  raquo: "\u00bb",
  shy: "\u00ad",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  zwj: "\u200d",
  zwnj: "\u200c",
  times: "\u00d7",
  divide: "\u00f7",
  frac12: "\u00bd",
  frac14: "\u00bc",
  frac34: "\u00be",
  aacute: "\u00e1",
  eacute: "\u00e9",
  iacute: "\u00ed",
  oacute: "\u00f3",
  uacute: "\u00fa",
  ntilde: "\u00f1",
  Aacute: "\u00c1",
  Eacute: "\u00c9",
  Iacute: "\u00cd",
  Oacute: "\u00d3",
  Uacute: "\u00da",
  Ntilde: "\u00d1",
  uuml: "\u00fc",
  ouml: "\u00f6",
  auml: "\u00e4",
  Uuml: "\u00dc",
  Ouml: "\u00d6",
  Auml: "\u00c4",
  szlig: "\u00df",
  ccedil: "\u00e7",
  egrave: "\u00e8",
  agrave: "\u00e0",
  ecirc: "\u00ea",
};

/** Decodes the entity starting at raw[i] ("&...;"); returns null when it is not one. */
export function decodeEntityAt(raw: string, i: number): { text: string; length: number } | null {
  const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(raw.slice(i, i + 40));
  if (!m) return null;
  const name = m[1]!;
  if (name.startsWith("#")) {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return { text: "\ufffd", length: m[0].length };
    return { text: String.fromCodePoint(code), length: m[0].length };
  }
  const named = NAMED[name];
  return named === undefined ? null : { text: named, length: m[0].length };
}
