/**
 * A frame measuring its place on the way to a focused field. The background runs this function
 * by itself in every frame of the tab (scripting.executeScript({ func, args, allFrames })), so it
 * must not refer to anything outside its body. It reads layout only: no listeners, no messages.
 */

export interface FrameMeasure {
  /** this frame's path from the top (see FramePath in relay-protocol.ts) */
  path: number[];
  /**
   * where the child frame on the way to the field starts in this frame's viewport (the iframe's
   * content box); null when this frame is not an ancestor of the field's frame
   */
  origin: { left: number; top: number } | null;
}

/**
 * This frame's path, and, when it holds the frame at `fieldPath` (deeper down), the origin of
 * its child frame on that path. Null when the frame cannot place itself (a frame in a shadow
 * root, an `<object>`).
 */
export function measureOnPath(fieldPath: number[], win: Window = window): FrameMeasure | null {
  const path: number[] = [];
  let w: Window = win;
  // parent, frames.length and frames[i] are readable across origins
  for (let depth = 0; w.parent !== w; depth++) {
    if (depth >= 16) return null;
    const parent: Window = w.parent;
    let index = -1;
    for (let i = 0; i < parent.frames.length; i++) {
      if (parent.frames[i] === w) {
        index = i;
        break;
      }
    }
    if (index < 0) return null;
    path.unshift(index);
    w = parent;
  }
  const holdsField = path.length < fieldPath.length && path.every((v, i) => v === fieldPath[i]);
  if (!holdsField) return { path, origin: null };
  const child = win.frames[fieldPath[path.length] as number];
  if (!child) return { path, origin: null };
  const frame = Array.from(win.document.querySelectorAll('iframe, frame')).find((f) => (f as HTMLIFrameElement).contentWindow === child);
  if (!frame) return { path, origin: null };
  const r = frame.getBoundingClientRect();
  const style = win.getComputedStyle(frame);
  return {
    path,
    origin: {
      left: r.left + frame.clientLeft + (parseFloat(style.paddingLeft) || 0),
      top: r.top + frame.clientTop + (parseFloat(style.paddingTop) || 0),
    },
  };
}

/**
 * Where a frame's viewport starts in its parent's viewport: the iframe's content box (inside
 * border and padding). `measureOnPath` repeats this inline, as it must stand alone.
 */
export function frameContentOrigin(frame: Element, win: Window): { left: number; top: number } {
  const r = frame.getBoundingClientRect();
  const style = win.getComputedStyle(frame);
  return {
    left: r.left + frame.clientLeft + (parseFloat(style.paddingLeft) || 0),
    top: r.top + frame.clientTop + (parseFloat(style.paddingTop) || 0),
  };
}
