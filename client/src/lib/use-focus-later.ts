// Focus an element once it is on screen: for when the control a keyboard user pressed goes away
// with what it closed, and the focus would otherwise fall to the top of the page.
import { useCallback, useEffect, useRef, useState } from "react";

export function useFocusLater<T extends HTMLElement>(): [React.RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  const [, rerender] = useState(0);
  // After every render, not on a dependency: the element may appear a render or two later.
  useEffect(() => {
    if (!wanted.current || !ref.current) return;
    ref.current.focus();
    wanted.current = false;
  });
  const request = useCallback(() => {
    wanted.current = true;
    rerender((n) => n + 1);
  }, []);
  return [ref, request];
}
