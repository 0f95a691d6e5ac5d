import type { AriaRole, ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Fixed-row-height virtual list: only the rows in view (plus a few) are in the DOM, so a
 * 10,000-row list costs the same as a 20-row one. `activeIndex` is kept scrolled into view,
 * which also keeps it rendered for aria-activedescendant.
 */
export function VirtualList({ count, rowHeight, height, activeIndex, renderRow, rowKey = (i) => i, overscan = 6, ...rest }: {
  count: number;
  rowHeight: number;
  height: number;
  activeIndex?: number;
  renderRow: (index: number) => ComponentChildren;
  /**
   * A row's identity (default: its position). Keyed by what the row shows, a row that stays
   * on screen when the list is filtered or sorted keeps its DOM: only its position changes,
   * and its text is not laid out again.
   */
  rowKey?: (index: number) => string | number;
  overscan?: number;
  id?: string;
  role?: AriaRole;
  'aria-label'?: string;
  class?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  useEffect(() => {
    const el = ref.current;
    if (!el || activeIndex === undefined || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
  }, [activeIndex, rowHeight, height]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  // Lengths as "px" strings: Preact 11's core (unlike preact/compat) adds no unit to numbers.
  const px = (n: number) => `${n}px`;
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={rowKey(i)} style={{ position: 'absolute', top: px(i * rowHeight), left: 0, right: 0, height: px(rowHeight), contain: 'content' }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    // Contained: a row's new text is laid out and painted within its row, and the list's
    // within the list, never the page around it (each keystroke rewrites the visible rows).
    <div ref={ref} {...rest} style={{ height: px(Math.min(height, Math.max(count, 1) * rowHeight)), overflowY: 'auto', position: 'relative', contain: 'strict' }} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
      <div style={{ height: px(count * rowHeight), position: 'relative' }}>{rows}</div>
    </div>
  );
}
