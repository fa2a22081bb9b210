/**
 * The address as a browser resolves it: scheme and host in lower case, an empty path as "/", a
 * default port left out. The path, query and fragment keep their case: they may name another page.
 * Two sources of one claim with the same key cite the same page (the server refuses the second;
 * the client names the first).
 */
export function sourceAddressKey(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}
