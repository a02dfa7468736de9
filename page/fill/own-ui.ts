/**
 * CareFill's own elements in the page (the panel, the launcher) are never fields of the form:
 * their controls live in shadow roots hosted by `carefill-*` elements.
 */

export const OWN_UI_PREFIX = 'carefill-';

/** True when the element is inside one of CareFill's own hosts (at any shadow depth). */
export function isOwnUi(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 50; depth++) {
    if (node.localName.startsWith(OWN_UI_PREFIX)) return true;
    // a shadow root has a host; a document has none
    node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
