import type { FrameTeachAnswer } from '../../messaging/requests/site-maps';
import { isOwnUi } from '../fill/own-ui';

/**
 * Capturing the teaching click in one frame. While it waits, every pointer and click event on
 * the page is taken in the capture phase before the page's own handlers see it (so the click
 * that teaches does not also press the page's button or open its date picker); CareFill's own
 * panel keeps working. Esc cancels. The page shows a crosshair while waiting; the picked control
 * keeps an outline until the capture stops.
 */

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'] as const;
const OUTLINE = '2px solid #1f5fa8';

export interface TeachCapture {
  /** the click, Esc, the stop or the timeout, whichever comes first */
  result: Promise<FrameTeachAnswer>;
  /** ends the capture (answering 'stopped' if still waiting) and removes the outline */
  stop(): void;
}

export interface CaptureOptions {
  win: Window;
  /** the selector of the field at the click, or null when the click was beside every field */
  locate(path: readonly EventTarget[]): { selector: string; element: Element | null } | null;
  timeoutMs: number;
}

/** True when the event is meant for CareFill's own panel or launcher. */
function forOwnUi(e: Event): boolean {
  return e.composedPath().some((t) => (t as Node).nodeType === 1 && isOwnUi(t as Element));
}

/** Starts waiting for the teaching click in a window. */
export function captureTeachClick({ win, locate, timeoutMs }: CaptureOptions): TeachCapture {
  let settle: (a: FrameTeachAnswer) => void = () => {};
  const result = new Promise<FrameTeachAnswer>((resolve) => (settle = resolve));
  let waiting = true;
  let outlined: { el: HTMLElement; outline: string; offset: string } | undefined;
  // a crosshair says the page is waiting for the teaching click (and tells tests it is armed)
  const root = (win.document as Document | undefined)?.documentElement;
  const cursor = root?.style.cursor ?? '';
  if (root) root.style.cursor = 'crosshair';

  const unlisten = () => {
    for (const type of POINTER_EVENTS) win.removeEventListener(type, onPointer, true);
    win.removeEventListener('keydown', onKey, true);
    win.clearTimeout(timer);
    if (root) root.style.cursor = cursor;
  };
  const finish = (a: FrameTeachAnswer) => {
    if (!waiting) return;
    waiting = false;
    unlisten();
    settle(a);
  };
  const outline = (el: Element | null) => {
    const h = el as HTMLElement | null;
    if (!h?.style) return;
    outlined = { el: h, outline: h.style.outline, offset: h.style.outlineOffset };
    h.style.outline = OUTLINE;
    h.style.outlineOffset = '1px';
  };

  function onPointer(e: Event): void {
    if (forOwnUi(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type !== 'click') return;
    const found = locate(e.composedPath());
    if (!found) return; // beside every field: keep waiting
    outline(found.element);
    finish({ picked: true, selector: found.selector });
  }
  function onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    finish({ picked: false, reason: 'cancelled' });
  }

  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, true);
  win.addEventListener('keydown', onKey, true);
  const timer = win.setTimeout(() => finish({ picked: false, reason: 'timeout' }), timeoutMs);

  return {
    result,
    stop() {
      finish({ picked: false, reason: 'stopped' });
      if (outlined) {
        outlined.el.style.outline = outlined.outline;
        outlined.el.style.outlineOffset = outlined.offset;
        outlined = undefined;
      }
    },
  };
}
