import fc from "fast-check";

/** Texts for property tests: words drawn from `word`, each followed by one of `separators`. */
export function joinedWords(
  word: fc.Arbitrary<string>,
  separators: readonly string[],
  length: { minLength?: number; maxLength: number },
): fc.Arbitrary<string> {
  return fc
    .array(word, length)
    .chain((ws) =>
      fc
        .array(fc.constantFrom(...separators), { minLength: ws.length, maxLength: ws.length })
        .map((seps) => ws.map((w, i) => w + seps[i]).join("")),
    );
}
