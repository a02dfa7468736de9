import type { FieldSnapshot } from '../../core/fill/types';
import { valueOf } from './state';
import { hiddenByMarkup, rendered } from './visibility';
import { selectOptions } from './widgets';

/**
 * The part of a snapshot a person changes without changing the page's markup: what a field holds
 * (typed text, chosen options, ticks) and whether it is shown. A collection whose markup has not
 * changed since it was made is brought up to date by reading these again (page/fill/prepared.ts).
 */

/** At most this much of a field's value is reported (a hidden input: less). */
export const MAX_VALUE = 10_000;
export const MAX_HIDDEN_VALUE = 500;

/** The value a single control reports, cut to the reported length. */
export function reportedValue(el: Element, hidden: boolean): string {
  return valueOf(el).slice(0, hidden ? MAX_HIDDEN_VALUE : MAX_VALUE);
}

/** Per element of `elements` (flattened), whether its markup hides it: read once, when a collection is kept. */
export function markupHidden(elements: readonly Element[][]): boolean[] {
  return elements.flat().map(hiddenByMarkup);
}

/**
 * `fields[i]` with what `elements[i]` hold and show now; the rest of each snapshot is kept.
 * `hidden` is `markupHidden(elements)` from when the markup was last read (it has not changed).
 */
export function withCurrentState(fields: readonly FieldSnapshot[], elements: readonly Element[][], hidden: readonly boolean[]): FieldSnapshot[] {
  const visible = elements.flat().map((el, i) => !hidden[i] && rendered(el));
  let k = 0;
  return fields.map((f, i) => {
    const els = elements[i]!;
    const first = els[0]!;
    let shown = false;
    for (let j = 0; j < els.length; j++) shown = visible[k++] === true || shown;
    const next: FieldSnapshot = { ...f, visible: shown };
    if (f.kind === 'radio-group' || f.kind === 'checkbox-group' || f.kind === 'checkbox') {
      // one option per member of the group, in the collection's order
      next.options = f.options.map((o, j) => ({ ...o, selected: (els[j] as HTMLInputElement | undefined)?.checked === true }));
      next.value = next.options.filter((o) => o.selected).map((o) => o.value).join(',');
      if (f.kind === 'checkbox') next.checked = (first as HTMLInputElement).checked === true;
      return next;
    }
    if (first.localName === 'select') {
      // the options themselves are markup (unchanged); only which are chosen is read again
      const options = (first as HTMLSelectElement).options;
      next.options = options.length === f.options.length ? f.options.map((o, j) => ({ ...o, selected: options[j]!.selected })) : selectOptions(first as HTMLSelectElement);
    }
    next.value = reportedValue(first, f.kind === 'hidden');
    return next;
  });
}
