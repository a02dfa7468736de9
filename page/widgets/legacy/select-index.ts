import type { FillValue } from '../../../core/fill/types';
import { setThroughPrototype } from '../native';

/**
 * Choosing options of the original <select> behind a jQuery select widget, by index (found by
 * text in core/fill/options), without events: each family fires what its library listens to.
 */

/** Selects the planned option(s); false when out of range or the value is not an option. */
export function chooseOptions(select: HTMLSelectElement, value: FillValue): boolean {
  const n = select.options.length;
  if (value.kind === 'option') {
    if (value.optionIndex < 0 || value.optionIndex >= n) return false;
    if (select.multiple) Array.from(select.options).forEach((o, i) => setThroughPrototype(o, 'selected', i === value.optionIndex));
    else setThroughPrototype(select, 'selectedIndex', value.optionIndex);
    return true;
  }
  if (value.kind === 'options' && select.multiple) {
    if (value.optionIndexes.some((i) => i < 0 || i >= n)) return false;
    const wanted = new Set(value.optionIndexes);
    Array.from(select.options).forEach((o, i) => setThroughPrototype(o, 'selected', wanted.has(i)));
    return true;
  }
  return false;
}

/** The planned option indexes in ascending order, or null for a value that is not an option. */
export function plannedIndexes(value: FillValue): number[] | null {
  if (value.kind === 'option') return [value.optionIndex];
  if (value.kind === 'options') return [...value.optionIndexes].sort((a, b) => a - b);
  return null;
}

/** Whether exactly the planned options are selected. */
export function selectsExactly(select: HTMLSelectElement, wanted: readonly number[]): boolean {
  const chosen = Array.from(select.options).flatMap((o, i) => (o.selected ? [i] : []));
  return chosen.length === wanted.length && chosen.every((c, i) => c === wanted[i]);
}

/** Puts back which options were selected. */
export function restoreSelected(select: HTMLSelectElement, selected: readonly boolean[]): void {
  Array.from(select.options).forEach((o, i) => setThroughPrototype(o, 'selected', selected[i] === true));
}
