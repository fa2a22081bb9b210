/** Where the line that holds `at` ends: the offset of the next "\n" from `at`, or the body's end. */
export function lineEndFrom(body: string, at: number): number {
  const e = body.indexOf("\n", at);
  return e < 0 ? body.length : e;
}

/** The line from `at` to its break (or the body's end), its white space at the end left out. */
export function lineTextFrom(body: string, at: number): string {
  return body.slice(at, lineEndFrom(body, at)).trimEnd();
}
