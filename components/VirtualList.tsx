import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** every row has this height in pixels: the window is computed from the scroll position alone */
  rowHeight: number;
  /** height of the visible area in pixels */
  height: number;
  /** extra rows above and below the visible ones, so fast scrolling shows no gaps */
  overscan?: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  label?: string;
  testId?: string;
}

/** The rows [start, end) to render for a scroll position. */
export function visibleRange(
  count: number,
  scrollTop: number,
  height: number,
  rowHeight: number,
  overscan: number,
): { start: number; end: number } {
  // A list that just shrank may report a scroll position past its end: show its last rows.
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowHeight - height));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/**
 * A list that renders only the rows in view (plus a few), so a ledger of tens of thousands of
 * cadres scrolls without building tens of thousands of DOM nodes. Rows have a fixed height.
 */
export function VirtualList<T>({ items, rowHeight, height, overscan = 6, getKey, renderRow, label, testId }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(items.length, scrollTop, height, rowHeight, overscan);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i]!;
    rows.push(
      <div key={getKey(item)} class="virtual-row" role="listitem" style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      class="virtual-list"
      data-testid={testId}
      role="list"
      aria-label={label}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <div class="virtual-spacer" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
