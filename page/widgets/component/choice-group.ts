import type { FillValue } from '../../../core/fill/types';
import { chooseBoxes, chooseRadio } from '../checkable';
import { waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';

/**
 * Radio and checkbox groups of a library (el-radio-group, el-checkbox-group, a-radio-group,
 * a-checkbox-group): clicked like native ones, but the component re-renders the `checked` state
 * from its model a tick later, so the group is read back once the model has answered.
 */

const GROUP = '.el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group';

export class ChoiceGroupWidget implements ComponentWidget {
  constructor(
    readonly family: string,
    private readonly inputs: HTMLInputElement[],
    private readonly env: WidgetEnv,
  ) {}

  shown(): string {
    return this.inputs
      .filter((i) => i.checked)
      .map((i) => i.value)
      .join(',');
  }

  holds(value: FillValue): boolean {
    const checked = this.inputs.map((i) => i.checked);
    if (value.kind === 'option') return checked.every((c, i) => c === (i === value.optionIndex));
    if (value.kind === 'options') {
      const wanted = new Set(value.optionIndexes);
      return checked.every((c, i) => c === wanted.has(i));
    }
    if (value.kind === 'check') return checked[0] === value.checked;
    return false;
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    if (value.kind === 'option') chooseRadio(this.inputs, value.optionIndex);
    else if (value.kind === 'options') chooseBoxes(this.inputs, value.optionIndexes);
    else return 'rejected';
    return (await waitFor(this.env.win, () => this.holds(value), this.env.timeoutMs)) ? null : 'rejected';
  }

  capture(): WidgetState {
    return { texts: [], checked: this.inputs.map((i) => i.checked) };
  }

  private showsChecked(checked: readonly boolean[]): boolean {
    return checked.length === this.inputs.length && this.inputs.every((input, i) => input.checked === checked[i]);
  }

  async restore(state: WidgetState): Promise<boolean> {
    const checked = state.checked ?? [];
    if (this.showsChecked(checked)) return true;
    if (checked.length !== this.inputs.length) return false;
    const on = checked.flatMap((c, i) => (c ? [i] : []));
    if (this.inputs.every((i) => i.type === 'radio')) {
      // a person cannot uncheck a radio: a group that had none checked has no way back
      if (on.length !== 1) return false;
      chooseRadio(this.inputs, on[0]!);
    } else chooseBoxes(this.inputs, on);
    return (await waitFor(this.env.win, () => this.showsChecked(checked), this.env.timeoutMs)) === true;
  }
}

/** The library group the inputs of a radio/checkbox field form, or null. */
export function choiceGroupOf(els: readonly Element[], env: WidgetEnv): ChoiceGroupWidget | null {
  const first = els[0];
  const group = first?.closest(GROUP);
  if (!group || !els.every((e) => e.localName === 'input' && group.contains(e))) return null;
  return new ChoiceGroupWidget(group.className.split(/\s+/)[0] ?? 'group', els as HTMLInputElement[], env);
}
