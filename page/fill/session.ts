import type { FieldSnapshot } from '../../core/fill/types';
import type { ComponentWidget, WidgetState } from '../widgets/component';
import { captureState, sameState, type ControlState } from '../widgets/state';

/**
 * What a frame remembers between the background's requests: the controls of the last
 * collection (so a plan finds them without querying again) and, per fill, the state every
 * written control had before, for undo. It lives in the frame itself, so a stopped background
 * worker loses nothing; a reloaded page has nothing to undo.
 */

/** What one written field needs for undo. */
export interface UndoEntry {
  els: Element[];
  /** the controls' own state before the fill (what a native control is restored to) */
  before: ControlState;
  /** a component-library widget, restored through the widget to what it displayed */
  widget?: { widget: ComponentWidget; shown: WidgetState };
}

export class FillSession {
  fields: FieldSnapshot[] = [];
  elements: Element[][] = [];
  /** one list per fill, the latest last */
  readonly undoStack: UndoEntry[][] = [];
  /** the state CareFill left in a control, to tell its own values from the person's */
  private readonly written = new WeakMap<Element, ControlState>();

  remember(fields: FieldSnapshot[], elements: Element[][]): void {
    this.fields = fields;
    this.elements = elements;
  }

  /** Remembers the state CareFill left in a field (`state` when already read). */
  markWritten(els: readonly Element[], state: ControlState = captureState(els)): void {
    const first = els[0];
    if (first) this.written.set(first, state);
  }

  forget(els: readonly Element[]): void {
    const first = els[0];
    if (first) this.written.delete(first);
  }

  /** Indexes of the remembered fields that still hold exactly what CareFill wrote. */
  stillOurs(): number[] {
    const out: number[] = [];
    this.elements.forEach((els, i) => {
      const first = els[0];
      const ours = first ? this.written.get(first) : undefined;
      if (ours && sameState(captureState(els), ours)) out.push(i);
    });
    return out;
  }
}
