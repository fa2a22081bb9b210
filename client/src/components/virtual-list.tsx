// A fixed-row-height virtual list: only the rows in view (plus a margin) are in the DOM, so a
// list of hundreds of claims costs the same as a list of twenty.
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from "react";

export interface VirtualListHandle {
  scrollToIndex(index: number): void;
}

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  renderRow: (item: T, index: number) => ReactNode;
  getKey: (item: T) => string;
  overscan?: number;
  className?: string;
  label: string;
  activeId?: string | undefined;
  handle?: Ref<VirtualListHandle>;
  onKeyDown?: (e: React.KeyboardEvent<HTMLDivElement>) => void;
}

// jsdom and hidden containers report 0 height; assume a screenful so something renders.
const FALLBACK_HEIGHT = 800;

export function VirtualList<T>({
  items,
  rowHeight,
  renderRow,
  getKey,
  overscan = 6,
  className,
  label,
  activeId,
  handle,
  onKeyDown,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || FALLBACK_HEIGHT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      const top = index * rowHeight;
      const viewHeight = el.clientHeight || FALLBACK_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + viewHeight) el.scrollTop = top + rowHeight - viewHeight;
      setScrollTop(el.scrollTop);
    },
    [rowHeight],
  );
  useImperativeHandle(handle, () => ({ scrollToIndex }), [scrollToIndex]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div
        key={getKey(item)}
        className="virtual-row"
        style={{ top: i * rowHeight, height: rowHeight }}
        role="presentation"
      >
        {renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={`virtual-list ${className ?? ""}`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeId}
    >
      <div className="virtual-spacer" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
