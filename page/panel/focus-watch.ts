import { measureOnPath } from './frame-measure';
import type { Box } from './position';
import { FOCUS_PORT, type FocusReport } from './relay-protocol';

/**
 * A frame's part in keeping the panel off the field being edited, installed in every frame of
 * the tab only while a panel is open (`frame.focusWatch`): it listens to focus in its document
 * and reports the focused field's box and the frame's path on a runtime port.
 *
 * Why through the background, and not by window messages from frame to frame: a message posted
 * to a parent window is seen by that page's own scripts (a portal would learn where the person
 * types in another origin's form), and a listener for window messages is a door for any page
 * script. Here nothing is posted to the page; the background asks the frames above to measure
 * themselves (frame-measure.ts). A page script can only change the layout: at most the panel
 * moves. Any depth of frames works the same way.
 */

/** The parts of a runtime port the watch uses. */
export interface RelayPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(cb: () => void): void };
  onMessage: { addListener(cb: (message: unknown) => void): void };
}

export interface FocusWatchEnv {
  doc: Document;
  win: Window;
  /** `runtime.connect({ name })` */
  connect(name: string): RelayPort;
  /** true while this frame shows the panel itself (it sees focus in its document directly) */
  showsPanel(): boolean;
}

export interface FocusWatch {
  stop(): void;
  /** false once stopped (also when the port closed) */
  active(): boolean;
}

/** The element that really has focus: inside open shadow roots too; not the frame holding a focused field. */
export function focusedField(e: Event): Element | null {
  const first = e.composedPath()[0];
  const target = first && (first as Node).nodeType === 1 ? (first as Element) : (e.target as Element | null);
  if (!target || target.localName === 'iframe' || target.localName === 'frame' || target.localName === 'carefill-panel') return null;
  return target;
}

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Starts watching; `stop()` removes the listener and closes the port. Stops by itself when the port closes. */
export function startFocusWatch(env: FocusWatchEnv): FocusWatch {
  const { doc, win } = env;
  const port = env.connect(FOCUS_PORT);
  let stopped = false;

  const onFocus = (e: Event) => {
    if (env.showsPanel()) return;
    const field = focusedField(e);
    const path = field && measureOnPath([], win)?.path;
    // the top frame without the panel cannot be covered (the panel is in a frame of its frameset)
    if (!field || !path?.length) return;
    port.postMessage({ kind: 'focus', box: boxOf(field), path } satisfies FocusReport);
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('focusin', onFocus, true);
    try {
      port.disconnect();
    } catch {
      // already closed
    }
  };
  doc.addEventListener('focusin', onFocus, true);
  // the background went away (worker restart, extension reloaded): the panel's frame asks again
  port.onDisconnect.addListener(stop);
  return { stop, active: () => !stopped };
}
