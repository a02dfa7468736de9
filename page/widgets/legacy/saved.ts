/**
 * What the parts of a widget that the fill snapshot does not capture held before CareFill wrote
 * them (the hidden value input beside a display, an editor frame's body), so undo can put them
 * back. Weakly held: a part that leaves the page is forgotten with it.
 */

const savedValues = new WeakMap<Element, string>();
const savedNodes = new WeakMap<Element, Node[]>();

/** Remembers a part's value before a fill writes it (undo restores the latest fill). */
export function saveValue(el: HTMLInputElement | HTMLTextAreaElement): void {
  savedValues.set(el, el.value);
}

/** The value saved for `el`, forgotten once read. */
export function takeValue(el: Element): string | undefined {
  const v = savedValues.get(el);
  savedValues.delete(el);
  return v;
}

/** Remembers an editor body's children (cloned: restored as nodes, no HTML parsed). */
export function saveNodes(el: Element): void {
  savedNodes.set(el, Array.from(el.childNodes, (n) => n.cloneNode(true)));
}

/** The children saved for `el`, forgotten once read. */
export function takeNodes(el: Element): Node[] | undefined {
  const v = savedNodes.get(el);
  savedNodes.delete(el);
  return v;
}
