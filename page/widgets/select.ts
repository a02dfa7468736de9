import { fire, fireBlur } from './events';
import { setThroughPrototype } from './native';

/**
 * Native selects: the option is chosen by its index (found by visible text in core/fill/options),
 * never by value, because OA option values are ids that may repeat or be empty.
 */

/** Selects the option at `index` (a single select) and fires input → change → blur. */
export function selectIndex(select: HTMLSelectElement, index: number): boolean {
  if (index < 0 || index >= select.options.length) return false;
  if (select.selectedIndex === index && !select.multiple) return true;
  if (select.multiple) {
    Array.from(select.options).forEach((o, i) => setThroughPrototype(o, 'selected', i === index));
  } else {
    setThroughPrototype(select, 'selectedIndex', index);
  }
  fire(select, 'input');
  fire(select, 'change');
  fireBlur(select);
  return true;
}

/** Selects exactly the options at `indexes` of a multiple select. */
export function selectIndexes(select: HTMLSelectElement, indexes: readonly number[]): boolean {
  const wanted = new Set(indexes);
  if (indexes.some((i) => i < 0 || i >= select.options.length)) return false;
  Array.from(select.options).forEach((o, i) => setThroughPrototype(o, 'selected', wanted.has(i)));
  fire(select, 'input');
  fire(select, 'change');
  fireBlur(select);
  return true;
}
