/**
 * Windowing for long lists: only the rows in view (plus a few) are rendered, so a ledger of tens of
 * thousands of cadres scrolls without building tens of thousands of DOM nodes. Rows have a fixed
 * height, so the window follows from the scroll position alone.
 */

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
