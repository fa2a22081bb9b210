// Audit events carry whole before/after records; people want to see only what changed.

/** Only the fields that changed, each as "before → after". */
export function describeChange(before: unknown, after: unknown): { field: string; from: string; to: string }[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const skip = new Set(["version", "updatedAt", "createdAt", "id", "hash"]);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, from: show(b[k]), to: show(a[k]) }));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined || v === null) return "—";
  if (typeof v === "string") return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  if (isRecord(v) && typeof v.name === "string") return v.name;
  const json = JSON.stringify(v);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}
