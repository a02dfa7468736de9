import type { Box } from './position';

/**
 * How the in-page panel keeps off a field being edited in another frame (often of another
 * origin) while it is open. Everything travels on runtime ports between CareFill's content
 * scripts and its background; no window messages, so the page's own scripts see nothing:
 *
 * - `HOST_PORT`, opened by the frame showing the panel for as long as it is open. Its closing
 *   (the panel closed, the page left) tells the background to stop every frame's watch.
 * - `FOCUS_PORT`, opened by each frame watching focus. A frame reports a focused field's box in
 *   its own viewport and its frame path (`FocusReport`).
 *
 * The background starts and stops the watch with `frame.focusWatch` `{ on }` to every frame, and
 * on a report measures the frames between the field's frame and the panel's (frame-measure.ts),
 * then sends the panel the field's box in its viewport (`HostCommand`).
 */

export const HOST_PORT = 'carefill.panel.host';
export const FOCUS_PORT = 'carefill.panel.focus';
export const FOCUS_WATCH = 'frame.focusWatch';

/**
 * A frame's place in the tab: the index of each window in its parent's `frames`, from the top
 * (`[]` for the top frame, `[1, 0]` for the first frame of the second frame). A frame can work
 * this out across origins (`parent`, `frames.length` and `frames[i]` are readable there).
 */
export type FramePath = number[];

/** A field got focus; `box` is in its frame's viewport. */
export interface FocusReport {
  kind: 'focus';
  box: Box;
  path: FramePath;
}

export type HostRequest = { kind: 'rewatch' };
export type HostCommand = { kind: 'avoid'; box: Box };

/** Screen coordinates of anything real fit in this (and it keeps NaN and huge numbers out). */
const LIMIT = 1e6;
/** Deeper than any OA nests its frames. */
export const MAX_FRAME_DEPTH = 16;

function isCoord(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMIT;
}

export function isBox(v: unknown): v is Box {
  if (!v || typeof v !== 'object') return false;
  const b = v as Record<string, unknown>;
  return isCoord(b.left) && isCoord(b.top) && isCoord(b.width) && isCoord(b.height) && (b.width as number) >= 0 && (b.height as number) >= 0;
}

export function isFramePath(v: unknown): v is FramePath {
  return Array.isArray(v) && v.length <= MAX_FRAME_DEPTH && v.every((i) => Number.isInteger(i) && i >= 0 && i < 10_000);
}

/** A report from a frame, checked (it comes from a content script living in somebody's page). */
export function parseFocusReport(v: unknown): FocusReport | null {
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  if (m.kind !== 'focus' || !isBox(m.box) || !isFramePath(m.path)) return null;
  const { left, top, width, height } = m.box;
  return { kind: 'focus', box: { left, top, width, height }, path: [...m.path] };
}
