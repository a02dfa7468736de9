import type { FillValue } from '../../../core/fill/types';
import { controlled, hover, key, press, textOf, unhover, waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';
import { pick, sameTexts, showsAll, wantedTexts } from './wanted';

/**
 * Element Plus el-select (single, filterable, multiple): the trigger is clicked, the option is
 * found by its text in the dropdown (a filterable select is typed into first, so a long list
 * narrows to it) and clicked; a multiple select then closes with Escape.
 */

const ITEM = '.el-select-dropdown__item';

export class ElSelectWidget implements ComponentWidget {
  readonly family = 'el-select';
  constructor(
    private readonly root: Element,
    private readonly input: HTMLInputElement,
    private readonly env: WidgetEnv,
  ) {}

  /** Element Plus marks the dropdown of a multiple select (the trigger looks the same until a tag is in it). */
  private get multiple(): boolean {
    return controlled(this.input)?.closest('.el-select-dropdown')?.classList.contains('is-multiple') === true || this.root.querySelector('.el-tag') !== null;
  }

  private wrapper(): Element {
    return this.root.querySelector('.el-select__wrapper') ?? this.root;
  }

  private items(): Element[] {
    const popper = controlled(this.input);
    if (!popper) return [];
    return Array.from(popper.querySelectorAll(ITEM)).filter((li) => !li.classList.contains('is-disabled') && (li as HTMLElement).style.display !== 'none');
  }

  /** The texts the select displays: its tags, or the selected label. */
  shownTexts(): string[] {
    let tags = Array.from(this.root.querySelectorAll('.el-select__tags-text'));
    if (tags.length === 0) tags = Array.from(this.root.querySelectorAll('.el-tag__content'));
    if (tags.length > 0) return tags.map((t) => textOf(t)).filter((t) => t !== '' && !/^\+\s*\d+$/.test(t));
    const label = this.root.querySelector('.el-select__placeholder:not(.is-transparent), .el-select__selected-item:not(.el-select__input-wrapper):not(.el-select__placeholder)');
    const t = textOf(label);
    return t ? [t] : [];
  }

  shown(): string {
    return this.shownTexts().join('、');
  }

  holds(value: FillValue): boolean {
    const wanted = wantedTexts(value, this.multiple);
    return wanted !== null && showsAll(this.shownTexts(), wanted);
  }

  private isOpen(): boolean {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  private async open(): Promise<boolean> {
    if (!this.isOpen()) press(this.wrapper());
    return (await waitFor(this.env.win, () => this.isOpen() && controlled(this.input) !== null, this.env.timeoutMs)) === true;
  }

  private close(): void {
    if (this.isOpen()) key(this.input, 'Escape');
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    const wanted = wantedTexts(value, this.multiple);
    if (!wanted || wanted.length === 0) return 'rejected';
    return this.choose(wanted, this.multiple);
  }

  /** Types into a filterable select's input (the menu shows the matching options). */
  private typeFilter(text: string): void {
    this.input.focus();
    const proto = Object.getPrototypeOf(this.input) as HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(this.input, text);
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** The menu's option that means `text`, or null. */
  private itemWithText(text: string): Element | null {
    const items = this.items();
    const i = pick(items.map((li) => textOf(li)), text);
    return i === null ? null : items[i]!;
  }

  /** Opens the menu and chooses the options with these texts (a multiple select: exactly these). */
  private async choose(wanted: readonly string[], multiple: boolean): Promise<ComponentMismatchReason | null> {
    if (!(await this.open())) return 'rejected';
    const filterable = !this.input.readOnly;
    for (const w of wanted) {
      if (multiple && showsAll(this.shownTexts().filter((t) => pick([t], w) !== null), [w])) continue;
      // typing narrows the list to the option, as a person searching does
      if (filterable) this.typeFilter(w);
      const item = await waitFor(this.env.win, () => this.itemWithText(w), filterable ? this.env.timeoutMs : 100);
      if (!item) {
        this.close();
        return 'no-matching-option';
      }
      press(item);
    }
    // a multiple select keeps its menu open; deselect what was there and is not wanted
    if (multiple) {
      // typed text narrows the menu: the options to deselect are found in the whole list
      if (filterable && this.input.value !== '') this.typeFilter('');
      for (const t of this.shownTexts()) {
        if (wanted.some((w) => pick([t], w) !== null)) continue;
        const item = await waitFor(this.env.win, () => this.itemWithText(t), 100);
        if (item) press(item);
      }
      this.close();
    }
    const ok = await waitFor(this.env.win, () => showsAll(this.shownTexts(), wanted), this.env.timeoutMs);
    this.close();
    return ok ? null : 'rejected';
  }

  capture(): WidgetState {
    return { texts: this.shownTexts() };
  }

  /** The clear control a `clearable` select draws while the pointer is over it, or null. */
  private async clearControl(): Promise<Element | null> {
    hover(this.root);
    hover(this.wrapper());
    return waitFor(this.env.win, () => this.root.querySelector('.el-select__clear'), Math.min(this.env.timeoutMs, 150));
  }

  async restore(state: WidgetState): Promise<boolean> {
    const shows = () => sameTexts(this.shownTexts(), state.texts);
    if (shows()) return true;
    const multiple = this.multiple;
    if (state.texts.length > 0 || multiple) {
      // a multiple select restored to none deselects its options in the menu, as a person does
      if (await this.choose(state.texts, multiple)) return shows();
    } else {
      const clear = await this.clearControl();
      // a single select without a clear control cannot be emptied: not guessed
      if (!clear) return false;
      press(clear);
    }
    const back = (await waitFor(this.env.win, shows, this.env.timeoutMs)) === true;
    unhover(this.root);
    return back;
  }
}

/** The el-select a control belongs to, or null. */
export function elSelectOf(el: Element, env: WidgetEnv): ElSelectWidget | null {
  const root = el.closest('.el-select');
  if (!root || el.localName !== 'input') return null;
  return new ElSelectWidget(root, el as HTMLInputElement, env);
}
