/**
 * An armed frame notices when one of its frames loads a page (a portal loading a form into its
 * iframe after a menu click, a frame navigated by the OA): the background then arms the new
 * page too. The iframe's `load` is seen in the capture phase on the document (load events do
 * not reach the window). Only armed frames listen; several loads close together ask once.
 */

const FRAME_ELEMENTS = new Set(['iframe', 'frame']);
export const FRAME_LOAD_DEBOUNCE_MS = 100;

/** Calls `onFrameLoad` after frames of `doc` load; returns the stop function. */
export function watchFrameLoads(doc: Document, onFrameLoad: () => void, debounceMs = FRAME_LOAD_DEBOUNCE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLoad = (e: Event) => {
    const el = e.target as Element | null;
    if (!el || typeof el.localName !== 'string' || !FRAME_ELEMENTS.has(el.localName)) return;
    clearTimeout(timer);
    timer = setTimeout(onFrameLoad, debounceMs);
  };
  doc.addEventListener('load', onLoad, true);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('load', onLoad, true);
  };
}
