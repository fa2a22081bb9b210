import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./shortcuts.ts";

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    // jsdom lacks showModal; the open attribute keeps it visible there.
    if (d && typeof d.showModal === "function" && !d.open) d.showModal();
    // No close() on cleanup: StrictMode (development) runs the effect, its cleanup and the effect
    // again, and that close() fired "close" a moment later, which shut the list as it opened.
    // Unmounting removes the dialog from the page, which closes it anyway.
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts"
      aria-labelledby="shortcuts-heading"
      onCancel={onClose}
      onClose={onClose}
      open={
        typeof HTMLDialogElement === "undefined" || typeof HTMLDialogElement.prototype.showModal !== "function"
          ? true
          : undefined
      }
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <p className="muted">Shortcuts do nothing while you type in a field.</p>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
