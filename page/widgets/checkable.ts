import { fire } from './events';
import { setThroughPrototype } from './native';

/**
 * Radios and checkboxes are changed by a click, as a person does: React listens to `click` for
 * checkables, and a click fires `input` and `change` on its own. Only boxes whose state must
 * change are clicked, so a click never toggles something back.
 */

/** Brings one checkbox or radio to `checked` by clicking it when it is not there yet. */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  input.click();
  // a radio cannot be unchecked by a click; pages that cancel the click keep their state
  if (input.checked !== checked && input.type === 'radio' && !checked) {
    setThroughPrototype(input, 'checked', false);
    fire(input, 'input');
    fire(input, 'change');
  }
}

/** Checks the radio at `index` of a group. */
export function chooseRadio(inputs: readonly HTMLInputElement[], index: number): void {
  const target = inputs[index];
  if (target) setChecked(target, true);
}

/** Checks exactly the boxes at `indexes` of a checkbox group. */
export function chooseBoxes(inputs: readonly HTMLInputElement[], indexes: readonly number[]): void {
  const wanted = new Set(indexes);
  inputs.forEach((box, i) => setChecked(box, wanted.has(i)));
}
