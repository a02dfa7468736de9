import type { FillValue } from '../../../core/fill/types';
import { fire, fireBlur } from '../events';
import { setNativeValue } from '../native';
import type { ControlState } from '../state';
import { saveValue, takeValue } from './saved';
import { collapseText, type LegacyWidget } from './types';

/**
 * EasyUI textbox family (textbox, combobox, datebox …): the original input is hidden and
 * `span.textbox` drawn after it holds the visible `input.textbox-text` and the submitted
 * `input.textbox-value` (hidden, carrying the name). Both are one field: the text is what a
 * person sees, the hidden input what the form posts. A combo (`span.textbox.combo`) is chosen
 * like a person does — its arrow opens the panel EasyUI appends to the body, the item with the
 * text is clicked, and EasyUI sets text and value itself; a plain textbox (or a combo without
 * that item) gets the text in both inputs.
 */

function textOf(value: FillValue): string | undefined {
  return value.kind === 'text' || value.kind === 'date' || value.kind === 'money' ? value.text : undefined;
}

/** Whether `el` is the visible input of an EasyUI textbox. */
export function isEasyuiText(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && el.classList.contains('textbox-text') && el.parentElement?.closest('span.textbox') != null;
}

/** Whether `el` is the original input EasyUI hid behind its textbox (not a field of its own). */
export function isEasyuiOriginal(el: Element): boolean {
  return el.classList.contains('textbox-f');
}

/** The combo panel that is open now (EasyUI shows one at a time). */
function openComboPanel(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll<HTMLElement>('.combo-p')).find((p) => p.style.display !== 'none');
}

/** An EasyUI textbox, or undefined. */
export function easyuiOf(el: Element): LegacyWidget | undefined {
  if (!isEasyuiText(el)) return undefined;
  const box = el.parentElement!.closest('span.textbox')!;
  const hidden = box.querySelector<HTMLInputElement>('input.textbox-value');
  const arrow = box.querySelector<HTMLElement>('.combo-arrow');

  /** Opens the combo, clicks the item showing `text`; false (panel closed again) when there is none. */
  const pick = (text: string): boolean => {
    if (!box.classList.contains('combo')) return false;
    const opener = arrow ?? el;
    opener.click();
    const panel = openComboPanel(el.ownerDocument);
    const item = panel && Array.from(panel.querySelectorAll<HTMLElement>('.combobox-item')).find((i) => collapseText(i.textContent ?? '') === collapseText(text));
    if (item) {
      item.click();
      return true;
    }
    if (panel) opener.click();
    return false;
  };
  const type = (text: string) => {
    setNativeValue(el, text);
    fire(el, 'input');
    fire(el, 'change');
    if (hidden) {
      setNativeValue(hidden, text);
      fire(hidden, 'change');
    }
    fireBlur(el);
  };
  return {
    family: 'easyui',
    write(value: FillValue): boolean {
      const text = textOf(value);
      if (text === undefined) return false;
      if (hidden) saveValue(hidden);
      if (!pick(text)) type(text);
      return true;
    },
    shown: () => el.value,
    holds(value: FillValue): boolean {
      const text = textOf(value);
      if (text === undefined || collapseText(el.value) !== collapseText(text)) return false;
      // the posted value follows: the text itself, or the chosen item's value
      return !hidden || text.trim() === '' || hidden.value !== '';
    },
    restore(state: ControlState): boolean {
      setNativeValue(el, state.value);
      fire(el, 'input');
      fire(el, 'change');
      const before = hidden ? takeValue(hidden) : undefined;
      if (hidden && before !== undefined) {
        setNativeValue(hidden, before);
        fire(hidden, 'change');
      }
      return true;
    },
  };
}
