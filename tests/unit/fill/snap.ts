import type { FieldLabel, FieldSnapshot } from '../../../core/fill/types';

/** A text-field snapshot with sensible defaults, for tests of the decision core. */
export function snap(over: Partial<FieldSnapshot> & { label?: string; labelSource?: FieldLabel['source'] } = {}): FieldSnapshot {
  const { label, labelSource, ...rest } = over;
  return {
    framePath: '',
    selector: rest.id ? `#${rest.id}` : `[name="${rest.name ?? ''}"]`,
    altSelectors: [],
    kind: 'text',
    inputType: 'text',
    visible: true,
    readonly: false,
    disabled: false,
    value: '',
    options: [],
    labels: label === undefined ? [] : [{ source: labelSource ?? 'table-left', text: label }],
    name: '',
    id: '',
    placeholder: '',
    ...rest,
  };
}
