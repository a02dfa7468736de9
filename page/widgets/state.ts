/**
 * A control's state as far as filling and undo are concerned: its value, which options are
 * selected, which boxes are checked, an editor's content. Captured before a fill, restored on
 * undo, compared after writing.
 */

export interface ControlState {
  value: string;
  /** per member of a radio/checkbox group, or the single checkbox */
  checked?: boolean[];
  /** per option of a select */
  selected?: boolean[];
  /** an editor's children, cloned (restored as nodes: no HTML is parsed) */
  nodes?: Node[];
}

function isCheckable(el: Element): el is HTMLInputElement {
  if (el.localName !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return type === 'radio' || type === 'checkbox';
}

/** Reads the state of one control, or of the members of a radio/checkbox group. */
export function captureState(els: readonly Element[]): ControlState {
  const first = els[0];
  if (!first) return { value: '' };
  if (isCheckable(first)) return { value: '', checked: els.map((e) => (e as HTMLInputElement).checked) };
  if (first.localName === 'select') {
    const s = first as HTMLSelectElement;
    return { value: s.value, selected: Array.from(s.options, (o) => o.selected) };
  }
  if (first.localName === 'input' || first.localName === 'textarea') return { value: (first as HTMLInputElement).value };
  return { value: first.textContent ?? '', nodes: Array.from(first.childNodes, (n) => n.cloneNode(true)) };
}

/** Whether two captured states show the same thing (node clones are not compared). */
export function sameState(a: ControlState, b: ControlState): boolean {
  const eq = (x?: boolean[], y?: boolean[]) => (x ?? []).length === (y ?? []).length && (x ?? []).every((v, i) => v === y?.[i]);
  return a.value === b.value && eq(a.checked, b.checked) && eq(a.selected, b.selected);
}
