import { isAsciiUpper, isLetterUnit, isSpace } from "../text/char-classes.ts";

/**
 * "Holcroft, the regulator, cut 40 jobs. … Mr Holcroft took the post in May.": a one-word name the
 * article writes elsewhere after a courtesy title is a person's surname, though the article gives
 * no given name. One word alone tells no person from a body ("Sky, the broadcaster,"); a courtesy
 * title does, as bodies take none (decision 860).
 */

/** The courtesy titles news copy writes before a surname, with and without the full stop. */
const COURTESY_TITLES = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."]);
/** The longest of them ("Miss", "Mrs."). */
const LONGEST_TITLE = 4;

/**
 * The courtesy title the body writes right before `surname` somewhere, without its full stop
 * ("Mr", "Ms"), or null. Only the whole word: "Mr Holcroftson" titles another name, "Dr Avanti Rao"
 * a given name, and "Amr Holcroft" holds no "Mr".
 */
export function courtesyTitleOf(body: string, surname: string): string | null {
  for (let at = body.indexOf(surname); at !== -1; at = body.indexOf(surname, at + surname.length)) {
    // Cheap first: one space before the word, and no letter after it; nor a capitalised word after
    // the space that follows it, as "Dr Avanti Rao" titles a given name.
    const after = body.charCodeAt(at + surname.length);
    if (at < 3 || body.charCodeAt(at - 1) !== 32 || isLetterUnit(after)) continue;
    if (after === 32 && isAsciiUpper(body.charCodeAt(at + surname.length + 1))) continue;
    const end = at - 1;
    let start = end;
    while (start > 0 && end - start < LONGEST_TITLE && !isSpace(body.charCodeAt(start - 1))) start--;
    if (start > 0 && !isSpace(body.charCodeAt(start - 1))) continue;
    const title = body.slice(start, end);
    if (COURTESY_TITLES.has(title)) return title.endsWith(".") ? title.slice(0, -1) : title;
  }
  return null;
}
