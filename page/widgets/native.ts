/**
 * Writing values the way the browser's own editing does: through the prototype's `value`
 * setter, not the element's own property. A framework (React) may install an own `value`
 * property on the node to track the last value it knows; calling the prototype setter bypasses
 * that tracker, so the next `input` event is seen as a change.
 */

export type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The first setter of `prop` on the element's prototype chain (own properties skipped). */
function protoSetter(el: object, prop: string): ((this: unknown, v: unknown) => void) | undefined {
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (d?.set) return d.set;
    if (d) return undefined;
  }
  return undefined;
}

/** Sets `el[prop] = value` through the prototype setter (falls back to plain assignment). */
export function setThroughPrototype(el: object, prop: 'value' | 'checked' | 'selectedIndex' | 'selected', value: unknown): void {
  const set = protoSetter(el, prop);
  if (set) set.call(el, value);
  else (el as Record<string, unknown>)[prop] = value;
}

/** Sets the value of an input, textarea or select through its prototype setter. */
export function setNativeValue(el: ValueControl, text: string): void {
  setThroughPrototype(el, 'value', text);
}

/** True for the elements `setNativeValue` works on. */
export function isValueControl(el: Element): el is ValueControl {
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select';
}
