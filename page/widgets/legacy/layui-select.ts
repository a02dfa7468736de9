import type { FillValue } from '../../../core/fill/types';
import type { ControlState } from '../state';
import { collapseText, optionTextAt, type LegacyWidget } from './types';

/**
 * layui select: `form.render()` hides the original <select> and draws `div.layui-form-select`
 * right after it — a readonly title input and a `dl` whose `dd[lay-value]` mirror the options in
 * order. layui keeps no model of its own: it sets the select and the title when a `dd` is
 * clicked (and fires its `select(filter)` callbacks), so CareFill clicks the title and the `dd`
 * as a person does. The element is kept by reference: with `lay-append-to` layui moves the
 * panel to the body while it is open.
 */

/** The `.layui-form-select` layui drew for `select`, or null (not rendered, or `lay-ignore`). */
export function layuiSelectPanelOf(select: Element): Element | null {
  if (select.localName !== 'select' || select.hasAttribute('lay-ignore')) return null;
  const next = select.nextElementSibling;
  return next?.classList.contains('layui-form-select') ? next : null;
}

/** Whether `el` is the title input of a layui select (the display, not a field of its own). */
export function isLayuiSelectTitle(el: Element): boolean {
  return el.localName === 'input' && el.parentElement?.classList.contains('layui-select-title') === true;
}

/** A layui select widget, or undefined when `el` is not a select layui has drawn. */
export function layuiSelectOf(el: Element): LegacyWidget | undefined {
  const panel = layuiSelectPanelOf(el);
  if (!panel) return undefined;
  const select = el as HTMLSelectElement;
  const title = panel.querySelector('.layui-select-title');
  const titleInput = title?.querySelector('input') ?? null;
  /** dd i mirrors option i (optgroups become dt elements) */
  const choose = (index: number): boolean => {
    const dd = panel.querySelectorAll<HTMLElement>('dl > dd')[index];
    if (!dd || !title || dd.classList.contains('layui-disabled')) return false;
    if (!panel.classList.contains('layui-form-selected')) (title as HTMLElement).click();
    dd.click();
    return true;
  };
  return {
    family: 'layui-select',
    write(value: FillValue): boolean {
      if (value.kind !== 'option' || select.multiple) return false;
      return choose(value.optionIndex);
    },
    shown: () => collapseText(titleInput?.value ?? ''),
    holds(value: FillValue): boolean {
      if (value.kind !== 'option' || select.selectedIndex !== value.optionIndex) return false;
      const option = select.options[value.optionIndex];
      // the empty first option is the placeholder: the title is then empty
      const expected = option && option.value === '' && value.optionIndex === 0 ? '' : (optionTextAt(select, value.optionIndex) ?? '');
      return collapseText(titleInput?.value ?? '') === expected;
    },
    restore(state: ControlState): boolean {
      const index = state.selected?.indexOf(true) ?? -1;
      return index >= 0 && choose(index);
    },
  };
}
