// Text a person typed survives failed saves, switching claims and reloads: drafts live in
// sessionStorage under a key per record and field, and are cleared only after a successful save.
import { useCallback, useEffect, useState } from "react";

const PREFIX = "claimdesk.draft.";

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // See clearDraft.
  }
}

/** A saved draft; also for screens that recover one left behind (a claim merged away while edited). */
export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage may be unavailable (private mode); the in-memory state still holds the text.
  }
}

type Update<T> = T | ((previous: T) => T);

export function useDraft<T>(key: string, initial: T): [T, (value: Update<T>) => void, () => void] {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: readDraft<T>(key) ?? initial }));
  // A new key (another claim) starts from that key's saved draft, not from the previous one.
  const current = state.key === key ? state.value : (readDraft<T>(key) ?? initial);
  useEffect(() => {
    if (state.key !== key) setState({ key, value: readDraft<T>(key) ?? initial });
    // `initial` is deliberately not a dependency: it only seeds a key that has no draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const set = useCallback(
    (update: Update<T>) => {
      setState((prev) => {
        const base = prev.key === key ? prev.value : (readDraft<T>(key) ?? initial);
        // An updater sees the latest value, so async work (reading a file) cannot undo typing.
        const value = typeof update === "function" ? (update as (p: T) => T)(base) : update;
        try {
          sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
        } catch {
          // See clearDraft.
        }
        return { key, value };
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const reset = useCallback(() => {
    clearDraft(key);
    setState({ key, value: initial });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return [current, set, reset];
}
