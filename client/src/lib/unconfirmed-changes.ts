// The Idempotency-Key of each change sent but not yet seen to succeed (decision 270). A user who
// presses Save again after the client's own retries gave up, or after a reload that kept the form's
// draft, sends the very same request again: it must carry the same key, so that a first try that
// went through unseen is answered from the server's stored answer instead of being applied twice.
// A changed request is a different action and gets a new key; so does the same one after a success.
//
// Kept in sessionStorage beside the drafts (use-draft.ts), so they live exactly as long as the tab
// whose forms they belong to. The request itself is not stored, only a digest of it: an import's
// body can be megabytes, and the draft holds it already.
import { newIdempotencyKey } from "./idempotency-key.ts";

const STORAGE_KEY = "claimdesk.unconfirmed-changes";
/** The server keeps an answer 24 hours; an older key would be taken there as a new one anyway. */
const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
/** Enough for every form a person leaves unsaved in a tab; the oldest goes first. */
const KEEP_AT_MOST = 50;

interface Unconfirmed {
  /** Digest of the method, address and body (`changeIdentity`). */
  change: string;
  key: string;
  firstSentAt: number;
}

/** Used only when sessionStorage cannot be (private mode): the tab's memory still holds the keys. */
let inMemory: Unconfirmed[] = [];

/** What the server's fingerprint of a change is made of: method, address with its query, body as sent. */
export function changeIdentity(method: string, url: string, body: string | undefined): string {
  return `${method} ${url}\n${body ?? ""}`;
}

/**
 * The key an earlier, unconfirmed send of this very change used, or a new one; either way it is
 * kept before the change is sent, so a tab reloaded while the request was on its way still has it.
 */
export function keyForChange(identity: string, now: number = Date.now()): string {
  const change = digest(identity);
  const live = load().filter((u) => now - u.firstSentAt < KEEP_FOR_MS);
  const earlier = live.find((u) => u.change === change);
  const key = earlier?.key ?? newIdempotencyKey();
  const others = live.filter((u) => u.change !== change);
  store([...others, earlier ?? { change, key, firstSentAt: now }].slice(-KEEP_AT_MOST));
  return key;
}

/** Forgets the change's key: it succeeded, so the same request sent later is a new action. */
export function forgetChange(identity: string): void {
  const change = digest(identity);
  const list = load();
  if (list.some((u) => u.change === change)) store(list.filter((u) => u.change !== change));
}

function load(): Unconfirmed[] {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as Unconfirmed[]) : [];
  } catch {
    return inMemory;
  }
}

function store(list: Unconfirmed[]): void {
  inMemory = list;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage unavailable or full: the in-memory list serves this page.
  }
}

/**
 * Two independent 32-bit multiplicative hashes of the text (cyrb53's mixing, kept at 64 bits):
 * crypto.subtle would do, but browsers offer it only to https pages. This tells requests apart,
 * it guards nothing; two that collided would share a key and the server would refuse the second
 * as `idempotency_key_reused`, which forgets the key (api-client.ts).
 */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `${hex(h1)}${hex(h2)}:${text.length}`;
}
