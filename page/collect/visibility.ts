/**
 * Visibility of many controls at once, read-only and in one batch after everything else has been
 * read (no writes in between, so the browser computes style and layout at most once).
 * `checkVisibility` answers display:none / content-visibility / visibility:hidden from the style
 * the browser already has; older engines fall back to "has a layout box". No getComputedStyle
 * per element.
 */

type WithCheckVisibility = Element & { checkVisibility?: (opts?: { visibilityProperty?: boolean }) => boolean };

/** Whether the element (or an ancestor) is hidden by the hidden attribute; some DOMs lack its UA style. */
function hiddenByAttribute(el: Element): boolean {
  return el.closest('[hidden]') !== null;
}

/** One read of each element: true when it is rendered and not visibility:hidden. */
export function visibilityOf(elements: readonly Element[]): boolean[] {
  return elements.map((el) => {
    if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
    if (hiddenByAttribute(el)) return false;
    const check = (el as WithCheckVisibility).checkVisibility;
    if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
    return el.getClientRects().length > 0;
  });
}
