/**
 * Visibility of many controls at once, read-only and in one batch after everything else has been
 * read (no writes in between, so the browser computes style and layout at most once).
 * `checkVisibility` answers display:none / content-visibility / visibility:hidden from the style
 * the browser already has; older engines fall back to "has a layout box". No getComputedStyle
 * per element.
 */

type WithCheckVisibility = Element & { checkVisibility?: (opts?: { visibilityProperty?: boolean }) => boolean };

/**
 * Hidden by the markup itself: a hidden input, or the hidden attribute on it or an ancestor (some
 * DOMs lack its UA style). It changes only when the markup does.
 */
export function hiddenByMarkup(el: Element): boolean {
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  return el.closest('[hidden]') !== null;
}

/** One options object for every call (the browser only reads it). */
const CHECK_OPTIONS = { visibilityProperty: true };

/** Rendered and not visibility:hidden, by the style the browser has now (CSS can change it without markup changing). */
export function rendered(el: Element): boolean {
  const check = (el as WithCheckVisibility).checkVisibility;
  if (typeof check === 'function') return check.call(el, CHECK_OPTIONS);
  return el.getClientRects().length > 0;
}

/** One read of each element: true when it is rendered and not visibility:hidden. */
export function visibilityOf(elements: readonly Element[]): boolean[] {
  return elements.map((el) => !hiddenByMarkup(el) && rendered(el));
}
