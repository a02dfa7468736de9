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

/**
 * Where a frame's viewport starts in its parent's viewport: the iframe element's border box
 * origin plus its left/top border and padding (its content box), as the parent frame measures it.
 */
export interface FrameOrigin {
  left: number;
  top: number;
}

/**
 * A field's box in the top window's viewport, from its box in its own frame's viewport and the
 * origin of each frame in its parent, innermost first. A frame of another origin cannot measure
 * itself in its parent: each parent frame adds the origin of the iframe the report came from
 * (it finds it by `contentWindow === event.source`) and passes the box up, so the top frame,
 * where the panel lives, can keep the panel off the field (`chooseSide`).
 */
export function boxInTopViewport(field: Box, frames: readonly FrameOrigin[]): Box {
  let { left, top } = field;
  for (const f of frames) {
    left += f.left;
    top += f.top;
  }
  return { left, top, width: field.width, height: field.height };
}
