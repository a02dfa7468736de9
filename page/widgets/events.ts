/**
 * The events a page listens to when a person edits a field. Frameworks differ: React and Vue read
 * `input`, jQuery and inline `onchange=` handlers `change`, form validators `blur`/`focusout`.
 * Every fill dispatches the same sequence, so whatever the page listens to, it notices.
 */

/** Dispatches a plain bubbling event (input, change). */
export function fire(el: Element, type: string): void {
  el.dispatchEvent(new Event(type, { bubbles: true, cancelable: false }));
}

/** `blur` does not bubble; `focusout` does (jQuery validate listens to it). */
export function fireBlur(el: Element): void {
  el.dispatchEvent(new FocusEvent('blur', { bubbles: false }));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** input → change → blur: the sequence after a value was set. */
export function fireValueEvents(el: Element): void {
  fire(el, 'input');
  fire(el, 'change');
  fireBlur(el);
}
