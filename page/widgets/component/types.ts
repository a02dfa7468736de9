import type { FillValue } from '../../../core/fill/types';

/**
 * A widget of a component library (Element Plus, Ant Design Vue): its value lives in the
 * framework's model, so it is written the way a person does it (open, pick, type + Enter) and
 * read back from what it displays, never from the DOM input alone.
 */

/** Why a component widget did not take a value (the report's `data-reason` of a mismatch). */
export type ComponentMismatchReason =
  /** the dropdown offered no option with that text */
  | 'no-matching-option'
  /** the widget did not show the value within the time allowed */
  | 'rejected'
  /** the widget took the value, then the page changed it back */
  | 'reverted';

export interface ComponentWidget {
  /** the library's name for the widget, for tests and logs */
  readonly family: string;
  /** writes `value`; resolves once done, with the reason when the widget refused it */
  write(value: FillValue): Promise<ComponentMismatchReason | null>;
  /** whether the widget displays `value` now */
  holds(value: FillValue): boolean;
  /** the text the widget displays now */
  shown(): string;
  /** what the widget displays now, with what undo needs to put it back (captured before a write) */
  capture(): WidgetState;
  /**
   * Puts a captured state back through the widget, as a person would (choose the option by its
   * text, type the date, clear it with its clear control); resolves to whether the widget shows
   * it again, read back. A state the widget has no way back to is not guessed: false.
   */
  restore(state: WidgetState): Promise<boolean>;
}

/**
 * What a widget displayed: the option texts of a select (none when empty), the text of a picker
 * or input (none when empty), or which members of a radio/checkbox group were checked.
 */
export interface WidgetState {
  texts: string[];
  checked?: boolean[];
}

/** Timers of the page's window, so tests can run in a DOM environment. */
export interface WidgetEnv {
  win: Window;
  /** how long a widget may take to show a value */
  timeoutMs: number;
}
