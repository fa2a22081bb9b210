import { ANONYMITY } from "./reported-content.ts";

/** "who spoke on condition of anonymity because …, ": a who-clause up to its closing comma. */
const WHO_ASIDE = /^(?:who|whom)\s([^,“”"]{2,200}?),\s*/u;

/**
 * "According to a mission official, who spoke on condition of anonymity because the data had not
 * yet been formally reviewed, the spectrometer detected glycine": the who-clause after an opening
 * "According to X," describes the source and is no part of what the source said. Returns its
 * length with the space after it, its clause without "who", and whether it says the source is
 * anonymous (then it is no claim either); null when `rest` does not open with such a clause.
 */
export function whoAsideAfterSource(
  rest: string,
): { length: number; clauseLength: number; clause: string; anonymous: boolean } | null {
  // Cheap first: "who" and "whom" open with "w".
  if (rest.charCodeAt(0) !== 119) return null;
  const m = WHO_ASIDE.exec(rest);
  if (m === null || m[0].length >= rest.length) return null;
  return {
    length: m[0].length,
    clauseLength: m[0].trimEnd().length - 1,
    clause: m[1]!,
    anonymous: ANONYMITY.test(m[1]!),
  };
}
