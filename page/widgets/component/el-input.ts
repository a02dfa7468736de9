import type { FillValue } from '../../../core/fill/types';
import { writeText } from '../text';
import { waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';

/**
 * A library's plain input (el-input, a-input, el-input-number): the native setter and input →
 * change → blur reach the component's model; it is still written and verified one at a time
 * with the other widgets, so a page that rewrites it is caught.
 */
export class LibraryInputWidget implements ComponentWidget {
  constructor(
    readonly family: string,
    private readonly input: HTMLInputElement | HTMLTextAreaElement,
    private readonly env: WidgetEnv,
  ) {}

  shown(): string {
    return this.input.value;
  }

  holds(value: FillValue): boolean {
    const v = this.input.value.trim();
    switch (value.kind) {
      case 'text':
      case 'date':
        return v === value.text.trim() || v.replace(/\r\n/g, '\n') === value.text;
      case 'money': {
        const n = Number(v.replace(/[,，\s¥￥元]/g, ''));
        return v !== '' && Number.isFinite(n) && Math.abs(n - value.amount) < 0.005;
      }
      default:
        return false;
    }
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    if (value.kind !== 'text' && value.kind !== 'date' && value.kind !== 'money') return 'rejected';
    writeText(this.input, value.text);
    return (await waitFor(this.env.win, () => this.holds(value), this.env.timeoutMs)) ? null : 'rejected';
  }

  capture(): WidgetState {
    return { texts: this.input.value === '' ? [] : [this.input.value] };
  }

  async restore(state: WidgetState): Promise<boolean> {
    const text = state.texts[0] ?? '';
    if (this.input.value === text) return true;
    // the same setter and events as a fill reach the component's model
    writeText(this.input, text);
    return (await waitFor(this.env.win, () => this.input.value === text, this.env.timeoutMs)) === true;
  }
}

/** The library input a control is, or null (a select's or picker's input is not one). */
export function libraryInputOf(el: Element, env: WidgetEnv): LibraryInputWidget | null {
  if (el.localName !== 'input' && el.localName !== 'textarea') return null;
  if (el.closest('.el-select, .el-date-editor, .el-cascader, .ant-select, .ant-picker')) return null;
  const family = el.closest('.el-input-number') ? 'el-input-number' : el.closest('.el-input, .el-textarea') ? 'el-input' : el.closest('.ant-input-number') ? 'ant-input-number' : /\bant-input\b/.test(el.className) ? 'ant-input' : null;
  return family ? new LibraryInputWidget(family, el as HTMLInputElement, env) : null;
}
