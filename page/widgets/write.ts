import type { FillValue, WidgetKind } from '../../core/fill/types';
import { chooseBoxes, chooseRadio, setChecked } from './checkable';
import { legacyWidgetOf } from './legacy';
import { fire, fireValueEvents } from './events';
import { setThroughPrototype } from './native';
import { selectIndex, selectIndexes } from './select';
import { captureState, type ControlState } from './state';
import { writeText } from './text';

/**
 * One entry point for writing a planned value into the control(s) of a field, reading it back,
 * and restoring what was there before. The widget family decides how (native setter + events,
 * a click for checkables, the option index for selects).
 */

export type WriteOutcome = 'written' | 'unsupported';

function inputs(els: readonly Element[]): HTMLInputElement[] {
  return els.filter((e): e is HTMLInputElement => e.localName === 'input');
}

/** Writes `value` into a field of widget `kind` made of `els` (one control, or a group's members). */
export function writeValue(els: readonly Element[], kind: WidgetKind, value: FillValue): WriteOutcome {
  const first = els[0];
  if (!first) return 'unsupported';
  const legacy = legacyWidgetOf(els);
  if (legacy) return legacy.write(value) ? 'written' : 'unsupported';
  switch (value.kind) {
    case 'text':
    case 'date':
    case 'money':
      if (first.localName === 'select') return 'unsupported';
      return writeText(first, value.text) ? 'written' : 'unsupported';
    case 'option':
      if (first.localName === 'select') return selectIndex(first as HTMLSelectElement, value.optionIndex) ? 'written' : 'unsupported';
      if (kind === 'radio-group') {
        chooseRadio(inputs(els), value.optionIndex);
        return 'written';
      }
      return 'unsupported';
    case 'options':
      if (first.localName === 'select') return selectIndexes(first as HTMLSelectElement, value.optionIndexes) ? 'written' : 'unsupported';
      if (kind === 'checkbox-group' || kind === 'checkbox') {
        chooseBoxes(inputs(els), value.optionIndexes);
        return 'written';
      }
      return 'unsupported';
    case 'check':
      if (first.localName !== 'input') return 'unsupported';
      setChecked(first as HTMLInputElement, value.checked);
      return 'written';
  }
}

/** Whether the field now shows `value` (what the page kept, read back after writing). */
export function holds(els: readonly Element[], value: FillValue, state: ControlState = captureState(els)): boolean {
  const legacy = legacyWidgetOf(els);
  if (legacy) return legacy.holds(value);
  switch (value.kind) {
    case 'text':
      return sameText(state.value, value.text);
    case 'date':
      return sameText(state.value, value.text);
    case 'money':
      return sameText(state.value, value.text) || sameAmount(state.value, value.amount);
    case 'option':
      return (state.selected ?? state.checked)?.[value.optionIndex] === true;
    case 'options': {
      const flags = state.selected ?? state.checked ?? [];
      const wanted = new Set(value.optionIndexes);
      return flags.length > 0 && flags.every((f, i) => f === wanted.has(i));
    }
    case 'check':
      return state.checked?.[0] === value.checked;
  }
}

/** The text a person sees in the field now, for the report. */
export function shownValue(els: readonly Element[], state: ControlState = captureState(els)): string {
  const first = els[0];
  if (!first) return '';
  const legacy = legacyWidgetOf(els);
  if (legacy) return legacy.shown();
  if (state.selected && first.localName === 'select') {
    const s = first as HTMLSelectElement;
    return Array.from(s.options)
      .filter((o) => o.selected)
      .map((o) => (o.label || o.text).trim())
      .join(',');
  }
  if (state.checked) {
    return inputs(els)
      .filter((e) => e.checked)
      .map((e) => e.value)
      .join(',');
  }
  return state.value;
}

/** Puts back a captured state, firing the same events as a fill so the page notices. */
export function restoreState(els: readonly Element[], state: ControlState): void {
  const first = els[0];
  if (!first) return;
  if (legacyWidgetOf(els)?.restore(state)) return;
  if (state.checked) {
    const boxes = inputs(els);
    // first uncheck what must be off (checkboxes), then check what must be on
    boxes.forEach((b, i) => {
      if (b.type === 'checkbox' && state.checked?.[i] === false) setChecked(b, false);
    });
    boxes.forEach((b, i) => {
      if (state.checked?.[i] === true) setChecked(b, true);
    });
    boxes.forEach((b, i) => {
      if (b.type === 'radio' && state.checked?.[i] === false && b.checked) {
        setThroughPrototype(b, 'checked', false);
        fire(b, 'change');
      }
    });
    return;
  }
  if (state.selected && first.localName === 'select') {
    const s = first as HTMLSelectElement;
    Array.from(s.options).forEach((o, i) => setThroughPrototype(o, 'selected', state.selected?.[i] === true));
    fireValueEvents(s);
    return;
  }
  if (state.nodes) {
    first.replaceChildren(...state.nodes.map((n) => n.cloneNode(true)));
    fire(first, 'input');
    fire(first, 'change');
    return;
  }
  writeText(first, state.value);
}

function sameText(a: string, b: string): boolean {
  return a === b || a.trim() === b.trim() || a.replace(/\r\n/g, '\n') === b;
}

/** 1,000.00 / ￥1000 / 1000 are the same amount. */
function sameAmount(shown: string, amount: number): boolean {
  const n = Number(shown.replace(/[,，\s¥￥元]/g, ''));
  return shown.trim() !== '' && Number.isFinite(n) && Math.abs(n - amount) < 0.005;
}
