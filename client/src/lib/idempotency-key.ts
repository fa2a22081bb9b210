// The Idempotency-Key the client sends with each change (decision 270): one per user action, the
// same one again when the client retries that action, so the server applies it once.

/**
 * A random UUID (version 4). crypto.randomUUID would do, but browsers offer it only to secure
 * pages (https or localhost), and ClaimDesk may be served over plain http on a newsroom's network;
 * crypto.getRandomValues is there on every page.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
