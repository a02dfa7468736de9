import type { FillValue } from '../../core/fill/types';
import { callPageAdapter, fieldMarkOf } from './bridge';
import type { AdapterCall } from './protocol';

/**
 * Frame side of a fill with the page-world adapter: which planned steps can go through the
 * page's own `WfForm.changeFieldValue` (controls with an e-cology field mark and a value that is
 * one string: text, a date, an amount, or a select's option value), and sending them with the
 * fill's nonce. The steps WfForm took are then only verified from the DOM; the others are written
 * through the DOM as usual.
 */

export interface RoutableStep {
  index: number;
  value: FillValue;
}

/** The string WfForm receives for a value in `el`, or null when the adapter cannot set it. */
export function adapterValue(el: Element, value: FillValue): string | null {
  switch (value.kind) {
    case 'text':
    case 'date':
    case 'money':
      return value.text;
    case 'option':
      // e-cology selects post the option value; radios and checkboxes stay with the DOM writers
      return el.localName === 'select' ? ((el as HTMLSelectElement).options[value.optionIndex]?.value ?? null) : null;
    default:
      return null;
  }
}

/** The calls for the steps the adapter can set, with the step index of each call. */
export function adapterCallsFor(steps: readonly RoutableStep[], controlsOf: (index: number) => readonly Element[] | null): { calls: AdapterCall[]; indexes: number[] } {
  const calls: AdapterCall[] = [];
  const indexes: number[] = [];
  for (const step of steps) {
    const els = controlsOf(step.index);
    if (!els || els.length !== 1) continue;
    const fieldId = fieldMarkOf(els[0]!);
    const value = fieldId ? adapterValue(els[0]!, step.value) : null;
    if (fieldId === null || value === null) continue;
    calls.push({ fieldId, value });
    indexes.push(step.index);
  }
  return { calls, indexes };
}

/** Sends the routable steps through the adapter; the step indexes WfForm took (empty when none answered). */
export function setThroughAdapter(doc: Document, nonce: string, steps: readonly RoutableStep[], controlsOf: (index: number) => readonly Element[] | null): Set<number> {
  const { calls, indexes } = adapterCallsFor(steps, controlsOf);
  if (calls.length === 0) return new Set();
  const answer = callPageAdapter(doc, nonce, calls);
  return new Set(answer ? indexes.filter((_, i) => answer[i] === true) : []);
}
