/**
 * Reading text out of the page for labels: the words a person sees in a label cell, without the
 * text of scripts, option lists, buttons or nested controls, and without hidden hints.
 */

/** Elements whose text is never part of a label. */
const NO_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'option',
  'optgroup',
  'textarea',
  'button',
  'input',
  'svg',
  'img',
  'object',
  'iframe',
  'frame',
  'canvas',
  'video',
  'audio',
]);

/** The selector of every control the collector looks at. */
export const CONTROL_SELECTOR = 'input,select,textarea,[contenteditable]:not([contenteditable="false"])';
/** Controls a person types into or picks from (hidden inputs excluded). */
export const VISIBLE_CONTROL_SELECTOR =
  'input:not([type="hidden"]),select,textarea,[contenteditable]:not([contenteditable="false"])';

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by its own markup (the hidden attribute or an inline display:none), without layout. */
export function isMarkupHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** Collapses runs of ASCII whitespace; full-width and non-breaking spaces are left for core/fill. */
export function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The visible-ish text of a node, collapsed, at most about `limit` characters. */
export function textOf(node: Node, limit = 200): string {
  let out = '';
  const visit = (n: Node): void => {
    if (out.length > limit) return;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (NO_TEXT.has(el.localName) || isMarkupHidden(el)) return;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(node);
  return collapse(out);
}

/** A per-collection cache of element texts (label cells are read by several controls). */
export class TextCache {
  private readonly texts = new Map<Element, string>();
  private readonly controls = new Map<Element, boolean>();

  text(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      t = textOf(el);
      this.texts.set(el, t);
    }
    return t;
  }

  /** Whether an element holds a control a person fills (then it is not a label). */
  hasControl(el: Element): boolean {
    let has = this.controls.get(el);
    if (has === undefined) {
      has = el.matches(VISIBLE_CONTROL_SELECTOR) || el.querySelector(VISIBLE_CONTROL_SELECTOR) !== null;
      this.controls.set(el, has);
    }
    return has;
  }
}
