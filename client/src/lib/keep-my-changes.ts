// "Keep mine" after a version conflict means keep what I changed, not put back everything as it
// was when I started: a field I never touched takes the other person's value.

/** Mine for each field I changed from `base` (what my edit started from), theirs for the rest. */
export function keepMyChanges<T extends object>(base: T, mine: T, theirs: T): T {
  const out = { ...theirs };
  for (const key of Object.keys(mine) as (keyof T)[]) if (mine[key] !== base[key]) out[key] = mine[key];
  return out;
}
