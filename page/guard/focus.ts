/**
 * Jumping to a finding's field: scrolled into view, focused, and outlined for a few seconds so
 * the eye finds it. The outline is an inline style restored afterwards.
 */

const OUTLINE = '3px solid #d93025';
const OUTLINE_MS = 4000;

/** Scrolls to, focuses and outlines a field. */
export function focusField(el: Element, setTimer: (fn: () => void, ms: number) => unknown = setTimeout): boolean {
  if (!el.isConnected) return false;
  const html = el as HTMLElement;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (typeof html.focus === 'function') html.focus({ preventScroll: true });
  const before = html.style.outline;
  html.style.outline = OUTLINE;
  html.setAttribute('data-carefill-finding', '');
  setTimer(() => {
    html.style.outline = before;
    html.removeAttribute('data-carefill-finding');
  }, OUTLINE_MS);
  return true;
}
