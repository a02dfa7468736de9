import type { FillValue } from '../../../core/fill/types';
import { fire } from '../events';
import type { ControlState } from '../state';
import { chooseOptions, plannedIndexes, restoreSelected, selectsExactly } from './select-index';
import { collapseText, optionTextAt, type LegacyWidget } from './types';

/**
 * bootstrap-select (jQuery): the original <select class="selectpicker"> sits inside
 * `div.bootstrap-select` beside a button whose `.filter-option` shows the choice. The plugin
 * re-renders the button on the select's native `change` event, so the select is set and `change`
 * fired; the button's text is verified.
 */

/** The `.bootstrap-select` wrapper of a select the plugin drew, else null. */
export function bootstrapSelectWrapperOf(select: Element): Element | null {
  if (select.localName !== 'select') return null;
  const wrapper = select.parentElement;
  return wrapper?.classList.contains('bootstrap-select') ? wrapper : null;
}

/** The button text: `.filter-option-inner-inner` (1.13+) or `.filter-option` (1.12). */
function buttonText(wrapper: Element): string {
  const label = wrapper.querySelector('.filter-option-inner-inner') ?? wrapper.querySelector('.filter-option');
  return collapseText(label?.textContent ?? '');
}

/** A bootstrap-select widget, or undefined when `el` is not a select under the plugin. */
export function bootstrapSelectOf(el: Element): LegacyWidget | undefined {
  const wrapper = bootstrapSelectWrapperOf(el);
  if (!wrapper) return undefined;
  const select = el as HTMLSelectElement;
  const notify = () => {
    fire(select, 'input');
    fire(select, 'change');
  };
  return {
    family: 'bootstrap-select',
    write(value: FillValue): boolean {
      if (!chooseOptions(select, value)) return false;
      notify();
      return true;
    },
    shown: () => buttonText(wrapper),
    holds(value: FillValue): boolean {
      const wanted = plannedIndexes(value);
      if (!wanted || !selectsExactly(select, wanted)) return false;
      // the button lists the chosen texts separated by ", " (or a count past its threshold)
      const shown = buttonText(wrapper);
      return wanted.every((i) => shown.includes(optionTextAt(select, i) ?? '\u0000'));
    },
    restore(state: ControlState): boolean {
      if (!state.selected) return false;
      restoreSelected(select, state.selected);
      notify();
      return true;
    },
  };
}
