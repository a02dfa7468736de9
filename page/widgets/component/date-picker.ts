import type { FillValue } from '../../../core/fill/types';
import { setNativeValue } from '../native';
import { hover, key, press, waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';

/**
 * Date pickers of Element Plus (el-date-picker) and Ant Design (a-date-picker): the date is typed
 * into the input and committed with Enter, as a person does — a blur would cancel the typed text
 * in Ant Design. The picker parses the text with its own `format`, which the page does not
 * expose, so the spellings are tried in turn (the plan's, ISO, ISO with a time) until the picker
 * shows the date; what it shows is then in its own format, compared by the date it means.
 */

/** The ISO date (YYYY-MM-DD) a displayed date means: 2024年01月05日, 2024/1/5 10:00, 20240105. */
export function isoOfShown(shown: string): string | null {
  const s = shown.trim();
  const m = /^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})/.exec(s);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

function isoOf(value: FillValue): string | null {
  if (value.kind === 'date') return value.iso;
  if (value.kind === 'text') return isoOfShown(value.text);
  return null;
}

export class DatePickerWidget implements ComponentWidget {
  constructor(
    readonly family: 'el-date' | 'ant-date',
    private readonly input: HTMLInputElement,
    private readonly withTime: boolean,
    private readonly env: WidgetEnv,
  ) {}

  shown(): string {
    return this.input.value;
  }

  holds(value: FillValue): boolean {
    const iso = isoOf(value);
    return iso !== null && isoOfShown(this.input.value) === iso;
  }

  /** The spellings to try, the likeliest first. */
  private spellings(value: FillValue, iso: string): string[] {
    const typed = value.kind === 'date' || value.kind === 'text' ? value.text : iso;
    const timed = [`${iso} 00:00:00`, `${iso} 00:00`];
    const list = this.withTime ? [...timed, typed, iso] : [typed, iso, ...timed];
    return [...new Set(list)];
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    const iso = isoOf(value);
    if (!iso) return 'rejected';
    return (await this.typeIn(this.spellings(value, iso), () => this.holds(value))) ? null : 'rejected';
  }

  /** Types each spelling in turn and commits it with Enter, until `taken` says the picker shows it. */
  private async typeIn(spellings: readonly string[], taken: () => boolean): Promise<boolean> {
    const input = this.input;
    const perTry = Math.max(60, Math.floor(this.env.timeoutMs / 4));
    for (const text of spellings) {
      input.focus();
      if (this.family === 'ant-date') {
        // Ant Design takes typed text only while its panel is open (the input is readonly until then)
        press(input);
        await waitFor(this.env.win, () => !input.readOnly, perTry);
      }
      setNativeValue(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
      key(input, 'Enter');
      // a blur cancels text that was not committed: what survives it was taken
      input.blur();
      if (await waitFor(this.env.win, taken, perTry)) return true;
    }
    key(input, 'Escape');
    return false;
  }

  capture(): WidgetState {
    return { texts: this.input.value === '' ? [] : [this.input.value] };
  }

  /** The picker's clear control: Element Plus draws it while the pointer is over the field. */
  private async clearControl(): Promise<Element | null> {
    const root = this.input.closest(this.family === 'el-date' ? '.el-date-editor' : '.ant-picker');
    if (!root) return null;
    hover(root);
    hover(this.input);
    const selector = this.family === 'el-date' ? '.clear-icon' : '.ant-picker-clear';
    return waitFor(this.env.win, () => root.querySelector(selector), Math.min(this.env.timeoutMs, 150));
  }

  async restore(state: WidgetState): Promise<boolean> {
    const text = state.texts[0] ?? '';
    if (this.input.value === text) return true;
    if (text !== '') return this.typeIn([text], () => this.input.value === text);
    const clear = await this.clearControl();
    // a picker without a clear control cannot be emptied the way a person would
    if (!clear) return false;
    press(clear);
    return (await waitFor(this.env.win, () => this.input.value === '', this.env.timeoutMs)) === true;
  }
}

/** The date picker a control belongs to, or null. */
export function datePickerOf(el: Element, env: WidgetEnv): DatePickerWidget | null {
  if (el.localName !== 'input') return null;
  const input = el as HTMLInputElement;
  const el1 = el.closest('.el-date-editor');
  if (el1) return new DatePickerWidget('el-date', input, /\bel-date-editor--datetime\b/.test(el1.className), env);
  const ant = el.closest('.ant-picker');
  if (ant) {
    // the input is as wide as the picker's format: a date with a time needs more than 10 characters
    const size = Number(input.getAttribute('size') ?? 0);
    return new DatePickerWidget('ant-date', input, size > 12, env);
  }
  return null;
}
