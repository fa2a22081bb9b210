// The changes under /api that keep no Idempotency-Key (a malformed one is refused there too, as on
// every change); every other POST, PUT, PATCH and DELETE honours it (answer-once.ts). The OpenAPI
// document offers the header on the others, and a test sends each of them twice with one key
// (tests/integration/idempotent-writes.test.ts).
export const UNKEYED_WRITES: Readonly<Record<string, string>> = {
  "POST /api/auth/login": "no one is signed in yet to keep a key for; a repeated sign-in only opens another session",
  "POST /api/auth/logout": "the session it ends is the one a key would be kept for; signing out twice is harmless",
  "POST /api/articles/preview": "it saves nothing, so sending it again is already safe",
};

/** Whether a route (method in any case, path as in docs/API.md) honours Idempotency-Key. */
export function takesIdempotencyKey(method: string, path: string): boolean {
  const upper = method.toUpperCase();
  return upper !== "GET" && !(`${upper} ${path}` in UNKEYED_WRITES);
}
