/**
 * The input a person gives a component widget, as events: pointer presses, typing, keys.
 * Component libraries listen to different ones (Element Plus `click`, Ant Design `mousedown`),
 * so a press sends the whole sequence a real click sends.
 */

/** pointerdown → mousedown → pointerup → mouseup → click at the element's centre. */
export function press(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  const r = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, view: win, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
  const Pointer = win.PointerEvent ?? win.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...at, buttons: 1 }));
  el.dispatchEvent(new win.MouseEvent('mousedown', { ...at, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', at));
  el.dispatchEvent(new win.MouseEvent('mouseup', at));
  el.dispatchEvent(new win.MouseEvent('click', at));
}

/** Moves the pointer onto an element (menus highlight the hovered option). */
export function hover(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  el.dispatchEvent(new win.MouseEvent('mouseenter', { bubbles: false, view: win }));
  el.dispatchEvent(new win.MouseEvent('mousemove', { bubbles: true, view: win }));
}

/** Moves the pointer off an element (a widget hides the controls it drew on hover). */
export function unhover(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  el.dispatchEvent(new win.MouseEvent('mouseleave', { bubbles: false, view: win }));
}

const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, Tab: 9, ArrowDown: 40 };

/** keydown + keyup of a named key (Enter, Escape …). */
export function key(el: Element, name: string): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  const init = { key: name, code: name, keyCode: KEY_CODES[name] ?? 0, which: KEY_CODES[name] ?? 0, bubbles: true, cancelable: true, composed: true, view: win };
  el.dispatchEvent(new win.KeyboardEvent('keydown', init));
  el.dispatchEvent(new win.KeyboardEvent('keyup', init));
}

/** Waits `ms` on the page's clock. */
export function sleep(win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns something truthy or `timeoutMs` passed; the answer, or null
 * when it never came. Frameworks render on a microtask (Vue's nextTick) or a short timer, so the
 * probe is asked after a microtask first, then on short timers — not animation frames, which a
 * tab in the background does not get.
 */
export async function waitFor<T>(win: Window, probe: () => T | null | undefined | false, timeoutMs: number, stepMs = 4): Promise<T | null> {
  const first = probe();
  if (first) return first;
  await Promise.resolve();
  const start = win.performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (win.performance.now() - start >= timeoutMs) return null;
    await sleep(win, stepMs);
  }
}

/** The element an `aria-controls` / `aria-owns` attribute points at (the popper of a combobox). */
export function controlled(el: Element): Element | null {
  const id = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  return id ? el.ownerDocument.getElementById(id) : null;
}

/** Visible text, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
