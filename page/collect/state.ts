import { collapse } from './dom-text';
import type { LabelContext } from './labels';

/**
 * A control's state as the page shows it: value, option texts, readonly, disabled.
 */

/** The visible text of a radio or checkbox option. */
export function optionText(input: Element, ctx: LabelContext): string {
  const id = input.getAttribute('id');
  for (const l of id ? ctx.labelsFor(id) : []) {
    const t = ctx.texts.text(l);
    if (t) return t;
  }
  const wrap = ctx.closest(input, 'label');
  if (wrap) {
    const t = ctx.texts.text(wrap);
    if (t) return t;
  }
  let text = '';
  for (let sib = input.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 3) text += sib.nodeValue ?? '';
    else if (sib.nodeType === 1) {
      const e = sib as Element;
      if (e.localName === 'br' || ctx.texts.hasControl(e)) break;
      text += ctx.texts.text(e);
    }
    if (collapse(text).length > 0 && sib.nextSibling?.nodeType === 1) break;
  }
  return collapse(text) || input.getAttribute('title') || input.getAttribute('value') || '';
}

/** Disabled itself, by aria, or by a disabled fieldset around it (`ctx` skips that walk when the root has none). */
export function isDisabled(el: Element, ctx?: LabelContext): boolean {
  const fieldset = 'fieldset[disabled]';
  return (
    (el as HTMLInputElement).disabled === true ||
    el.getAttribute('aria-disabled') === 'true' ||
    (ctx ? ctx.closest(el, fieldset) : el.closest(fieldset)) !== null
  );
}

/** Readonly by attribute or by aria. */
export function isReadonly(el: Element): boolean {
  return (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true';
}

/** The current value: selected option values of a select, the text of an editor. */
export function valueOf(el: Element): string {
  const tag = el.localName;
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    // a single select has at most one selected option: its value says it
    if (!select.multiple) return select.selectedIndex >= 0 ? select.value : '';
    return Array.from(select.selectedOptions ?? [])
      .map((o) => o.value)
      .join(',');
  }
  if (tag === 'input' || tag === 'textarea') return (el as HTMLInputElement).value ?? '';
  return el.textContent ?? '';
}
