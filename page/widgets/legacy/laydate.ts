import type { FillValue } from '../../../core/fill/types';
import { fire } from '../events';
import { setNativeValue } from '../native';
import type { ControlState } from '../state';
import { type LegacyWidget } from './types';

/**
 * laydate (layui's date picker): `laydate.render({elem})` marks the input with `lay-key` and
 * opens its panel on focus or click. Its value is the input's text in the declared format
 * (core/fill/dates shapes it), read again when the panel opens. So the input is set through the
 * native setter with `input` and `change`, and never focused or blurred (focus would open the
 * panel, and a blur on an open panel may write the panel's date back).
 */

/** Whether `el` is an input laydate is bound to. */
export function isLaydateInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && el.hasAttribute('lay-key');
}

/** A laydate input, or undefined. */
export function laydateOf(el: Element): LegacyWidget | undefined {
  if (!isLaydateInput(el)) return undefined;
  const put = (text: string) => {
    setNativeValue(el, text);
    fire(el, 'input');
    fire(el, 'change');
  };
  return {
    family: 'laydate',
    write(value: FillValue): boolean {
      if (value.kind !== 'date' && value.kind !== 'text') return false;
      put(value.text);
      return true;
    },
    shown: () => el.value,
    holds: (value) => (value.kind === 'date' || value.kind === 'text') && el.value.trim() === value.text.trim(),
    restore(state: ControlState): boolean {
      put(state.value);
      return true;
    },
  };
}
