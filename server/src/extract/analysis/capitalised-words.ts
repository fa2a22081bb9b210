const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;

function isLetter(c: number, body: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(body[i]!);
}

/** The run of letters (UTF-16 code units that are letters) that starts `text`. */
export function leadingLetters(text: string): string {
  let end = 0;
  while (end < text.length && isLetter(text.charCodeAt(end), text, end)) end++;
  return text.slice(0, end);
}

/**
 * Where each capitalised word stands in a body, by its leading run of letters ("Petro's" and
 * "Petro," are both under "Petro"): every place after a space (or no-break space) where an
 * uppercase letter starts a word, from the fourth char on. Built in one pass, so looking up many
 * distinct surnames costs one scan of the body instead of one scan per surname.
 */
export class CapitalisedWordIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(body: string) {
    for (let i = 3; i < body.length; i++) {
      const before = body.charCodeAt(i - 1);
      if (before !== 32 && before !== 0xa0) continue;
      const c = body.charCodeAt(i);
      if (c < 128 ? c < 65 || c > 90 : !UPPERCASE.test(body[i]!)) continue;
      let end = i + 1;
      while (end < body.length && isLetter(body.charCodeAt(end), body, end)) end++;
      const word = body.slice(i, end);
      const list = this.positions.get(word);
      if (list) list.push(i);
      else this.positions.set(word, [i]);
      i = end - 1;
    }
  }

  /** Places, in order, where a capitalised word whose leading letters are `letters` starts. */
  at(letters: string): readonly number[] {
    return this.positions.get(letters) ?? [];
  }
}
