/**
 * "according to the Department for Environment, Food and Rural Affairs (Defra)": a body whose
 * name lists its areas with commas. The "according to" readers take a source up to its first
 * comma, which cut the name to "Department for Environment" and made "Food and Rural Affairs
 * (Defra)" a claim (decision 355). The commas inside such a name are hidden from them.
 *
 * A name goes on past its comma when capitalised words follow it, then "and" and capitalised
 * words, and either its short form in brackets closes it ("(Defra)") or it opens with a body's
 * kind and what it is of or for ("the Department for Digital, Culture, Media and Sport"), as
 * `speech-subject.ts` reads it before "said". "according to Smith, Jones and Lee" names three
 * people, and "…, according to the ministry, and exports rose" goes on with a clause: neither is
 * read as one name.
 */
const AFTER_COMMA =
  /^,\s+(?:\p{Lu}[\p{L}-]*,?\s+)*(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(\s+\(\p{Lu}[\p{L}]{1,9}\))?(?=[,.;!?”"]|\s*$)/u;
/** The source before the comma opens with a body's kind and what it is of or for. */
const KIND_OF =
  /(?:^|\s)(?:Ministry|Department|Office|Committee|Commission|Secretariat)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;
/** The source before the comma: capitalised words, "of", "for", "the". */
const NAME_BEFORE = /^(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|the|and))*$/u;
/** Stands in for a comma inside a name: not a comma, same length. */
export const NAME_COMMA = "\uE000";
const NAME_COMMAS = new RegExp(NAME_COMMA, "g");
const SOURCE_LOOK = 120;

/**
 * `text` with the commas inside a body's name after "according to" replaced by NAME_COMMA, or
 * `text` itself when there is no such name.
 */
export function withBodyNameCommasHidden(text: string): string {
  const at = text.indexOf("ccording to ");
  if (at < 0) return text;
  const from = at + "ccording to ".length;
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma - from > SOURCE_LOOK) return text;
  // Cheap first: a capital right after the comma.
  if (!/^,\s+\p{Lu}/u.test(text.slice(comma, comma + 3))) return text;
  const source = text.slice(from, comma);
  if (!NAME_BEFORE.test(source)) return text;
  const m = AFTER_COMMA.exec(text.slice(comma));
  if (m === null || (m[1] === undefined && !KIND_OF.test(source))) return text;
  const name = m[0].replace(/,/g, NAME_COMMA);
  return text.slice(0, comma) + name + text.slice(comma + m[0].length);
}

/** A source read from the hidden text, with its commas back. */
export function withNameCommas(source: string): string {
  return source.includes(NAME_COMMA) ? source.replace(NAME_COMMAS, ",") : source;
}
