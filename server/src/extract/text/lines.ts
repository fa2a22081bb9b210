/** Where the line that holds `at` ends: the offset of the next "\n" from `at`, or the body's end. */
export function lineEndFrom(body: string, at: number): number {
  const e = body.indexOf("\n", at);
  return e < 0 ? body.length : e;
}
