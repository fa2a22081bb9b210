import { useEffect, useRef } from "react";
import type { Verdict } from "@claimdesk/shared";
import { isTypingTarget } from "./shortcuts.ts";

export interface ShortcutHandlers {
  move: (delta: 1 | -1) => void;
  verdict: (v: Verdict) => void;
  addSource: () => void;
  focusNote: () => void;
  createFromSelection: () => void;
  toggleHelp: () => void;
}

const VERDICT_BY_KEY: Record<string, Verdict> = { "1": "true", "2": "false", "3": "misleading", "4": "unverified" };

/** One document listener; handlers are read from a ref so it never needs re-binding. */
export function useReviewShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const h = latest.current;
      const verdict = VERDICT_BY_KEY[e.key];
      let handled = true;
      if (e.key === "j") h.move(1);
      else if (e.key === "k") h.move(-1);
      else if (verdict) h.verdict(verdict);
      else if (e.key === "s") h.addSource();
      else if (e.key === "n") h.focusNote();
      else if (e.key === "c") h.createFromSelection();
      else if (e.key === "?") h.toggleHelp();
      else handled = false;
      // Stops the key from also being typed into the field the shortcut just focused.
      if (handled) e.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
