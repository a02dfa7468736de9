import { fire, fireBlur, fireValueEvents } from './events';
import { isValueControl, setNativeValue } from './native';

/**
 * Text-like controls: inputs (text, number, date pickers), textareas and editors. A readonly
 * date input of a picker (My97 WdatePicker) is written the same way, without focusing it: focus
 * would open the picker. The picker fires `change` when a date is picked, so do we.
 */

/** Writes `text` into an input or textarea and fires input → change → blur. */
export function writeText(el: Element, text: string): boolean {
  if (isValueControl(el) && el.localName !== 'select') {
    setNativeValue(el, text);
    fireValueEvents(el);
    return true;
  }
  if (el.getAttribute('contenteditable') !== null || el.localName === 'body') {
    writeEditable(el, text);
    return true;
  }
  return false;
}

/** An editor (contenteditable or a designMode body): text lines become text nodes and <br>s. */
export function writeEditable(el: Element, text: string): void {
  const doc = el.ownerDocument;
  const parts: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) parts.push(doc.createElement('br'));
    if (line !== '') parts.push(doc.createTextNode(line));
  });
  el.replaceChildren(...parts);
  fire(el, 'input');
  fire(el, 'change');
  fireBlur(el);
}
