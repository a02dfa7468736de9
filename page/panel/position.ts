/**
 * Where the panel sits: a corner of the window, on the side away from the field being edited.
 * Pure geometry, so it is tested without layout.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'left';

/** The panel's box on a side of a viewport (a margin from the edges, at most `height` tall). */
export function panelBox(side: Side, viewport: { width: number; height: number }, size: { width: number; height: number }, margin = 12): Box {
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const height = Math.min(size.height, viewport.height - 2 * margin);
  return { left: side === 'right' ? viewport.width - margin - width : margin, top: viewport.height - margin - height, width, height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * The side to show the panel on: the current one unless it would cover the focused field, then
 * the other one if that does not cover it (otherwise the one covering less).
 */
export function chooseSide(current: Side, field: Box | null, viewport: { width: number; height: number }, size: { width: number; height: number }): Side {
  if (!field) return current;
  const here = panelBox(current, viewport, size);
  if (!overlaps(here, field)) return current;
  const otherSide: Side = current === 'right' ? 'left' : 'right';
  const there = panelBox(otherSide, viewport, size);
  if (!overlaps(there, field)) return otherSide;
  const covered = (b: Box) => Math.max(0, Math.min(b.left + b.width, field.left + field.width) - Math.max(b.left, field.left));
  return covered(there) < covered(here) ? otherSide : current;
}
