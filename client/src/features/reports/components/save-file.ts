// Hands a downloaded Blob to the browser as a file, the way a link with `download` would have.

/** FileSaver.js waits this long: revoking sooner can cancel a download the browser has not started. */
const REVOKE_AFTER_MS = 40_000;

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
