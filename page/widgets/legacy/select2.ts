import type { FillValue } from '../../../core/fill/types';
import { fire } from '../events';
import type { ControlState } from '../state';
import { chooseOptions, plannedIndexes, restoreSelected, selectsExactly } from './select-index';
import { collapseText, optionTextAt, type LegacyWidget } from './types';

/**
 * select2 (jQuery): the original <select> stays in the page, visually hidden
 * (`select2-hidden-accessible`), with the select2 container right after it. select2 listens to
 * the select's `change` with jQuery; a native `change` event reaches those handlers (a jQuery
 * `.trigger()` from the extension's world would not), so the select is set and `change` fired.
 * What the person sees is the container's `.select2-selection__rendered`, which is verified.
 */

/** The select2 container drawn for `select`, when select2 is on it. */
export function select2ContainerOf(select: Element): Element | null {
  if (select.localName !== 'select' || !select.classList.contains('select2-hidden-accessible')) return null;
  const next = select.nextElementSibling;
  return next?.classList.contains('select2-container') ? next : null;
}

/** The texts select2 shows: the single choice, or each chip of a multiple select. */
function renderedTexts(container: Element): string[] {
  const chips = container.querySelectorAll('.select2-selection__choice');
  if (chips.length > 0) {
    return Array.from(chips, (c) => collapseText(c.getAttribute('title') ?? c.querySelector('.select2-selection__choice__display')?.textContent ?? ''));
  }
  const rendered = container.querySelector('.select2-selection__rendered');
  if (!rendered || rendered.querySelector('.select2-selection__placeholder')) return [];
  // the clear button (×) sits inside the rendered text in select2 4.0
  const text = Array.from(rendered.childNodes)
    .filter((n) => n.nodeType === 3 || !(n as Element).classList.contains('select2-selection__clear'))
    .map((n) => n.textContent ?? '')
    .join('');
  const shown = collapseText(rendered.getAttribute('title') ?? text);
  return shown === '' ? [] : [shown];
}

/** A select2 widget, or undefined when `el` is not a select under select2. */
export function select2Of(el: Element): LegacyWidget | undefined {
  const container = select2ContainerOf(el);
  if (!container) return undefined;
  const select = el as HTMLSelectElement;
  const notify = () => {
    fire(select, 'input');
    fire(select, 'change');
  };
  return {
    family: 'select2',
    write(value: FillValue): boolean {
      if (!chooseOptions(select, value)) return false;
      notify();
      return true;
    },
    shown: () => renderedTexts(container).join(','),
    holds(value: FillValue): boolean {
      const wanted = plannedIndexes(value);
      if (!wanted || !selectsExactly(select, wanted)) return false;
      const texts = renderedTexts(container);
      // an empty placeholder option shows nothing
      const expected = wanted.map((i) => optionTextAt(select, i) ?? '').filter((t) => t !== '');
      return texts.length === expected.length && expected.every((t) => texts.includes(t));
    },
    restore(state: ControlState): boolean {
      if (!state.selected) return false;
      restoreSelected(select, state.selected);
      notify();
      return true;
    },
  };
}
