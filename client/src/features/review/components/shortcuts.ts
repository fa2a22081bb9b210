// The keyboard map, written once for both the handler and the "?" overlay.
export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: "j", does: "Next claim" },
  { keys: "k", does: "Previous claim" },
  { keys: "1", does: "Verdict: True" },
  { keys: "2", does: "Verdict: False" },
  { keys: "3", does: "Verdict: Misleading" },
  { keys: "4", does: "Verdict: Unverified" },
  { keys: "s", does: "Add a source to the selected claim" },
  { keys: "n", does: "Write a note on the selected claim" },
  { keys: "c", does: "Create a claim from the text selected in the article" },
  { keys: "Ctrl+Enter", does: "Save the verdict (in the rationale box)" },
  { keys: "?", does: "Show or hide this list" },
  { keys: "Esc", does: "Close this list" },
];

/** Shortcuts must never fire while someone is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(type);
  }
  return false;
}
