// Focus an element once it is on screen: for when the control a keyboard user pressed goes away
// with what it closed, and the focus would otherwise fall to the top of the page.
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * How long a request waits for its element. It appears within a render or two of what the user
 * did; if it has not by then (an approval a colleague's new verdict replaced before it showed),
 * it must not take the focus later, when someone else's change happens to bring it on screen.
 */
const WAIT_MS = 2000;

export function useFocusLater<T extends HTMLElement>(): [React.RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  // When focus was asked for, or null when it is not wanted.
  const wantedSince = useRef<number | null>(null);
  const [, rerender] = useState(0);
  // After every render, not on a dependency: the element may appear a render or two later.
  useEffect(() => {
    if (wantedSince.current === null) return;
    if (performance.now() - wantedSince.current > WAIT_MS) {
      wantedSince.current = null;
      return;
    }
    if (!ref.current) return;
    ref.current.focus();
    wantedSince.current = null;
  });
  const request = useCallback(() => {
    wantedSince.current = performance.now();
    rerender((n) => n + 1);
  }, []);
  return [ref, request];
}
