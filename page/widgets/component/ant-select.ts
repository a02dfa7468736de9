import type { FillValue } from '../../../core/fill/types';
import { setNativeValue } from '../native';
import { controlled, key, press, sleep, textOf, waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';
import { pick, sameTexts, showsAll, wantedTexts } from './wanted';

/**
 * Ant Design Vue a-select (single, searchable, multiple) with its virtual list: only the options
 * in view are in the DOM, so a searchable select is typed into (the list narrows to the option),
 * and a plain one is scrolled page by page until the option is drawn. The option is clicked by
 * its text; a multiple select closes with Escape.
 */

const OPTION = '.ant-select-item-option';
/** a search that left no option: the list's "no data" entry instead */
const NONE = Symbol('no options');

export class AntSelectWidget implements ComponentWidget {
  readonly family = 'ant-select';
  constructor(
    private readonly root: Element,
    private readonly input: HTMLInputElement,
    private readonly env: WidgetEnv,
  ) {}

  private get multiple(): boolean {
    return this.root.classList.contains('ant-select-multiple');
  }

  private dropdown(): Element | null {
    return controlled(this.input)?.closest('.ant-select-dropdown') ?? null;
  }

  private isOpen(): boolean {
    const d = this.dropdown();
    return this.root.classList.contains('ant-select-open') && d !== null && !d.classList.contains('ant-select-dropdown-hidden');
  }

  private items(): Element[] {
    return Array.from(this.dropdown()?.querySelectorAll(OPTION) ?? []).filter((o) => !o.classList.contains('ant-select-item-option-disabled'));
  }

  private showsNoOptions(): boolean {
    return this.dropdown()?.querySelector('.ant-select-item-empty') != null && this.items().length === 0;
  }

  private itemText(o: Element): string {
    return textOf(o.querySelector('.ant-select-item-option-content') ?? o);
  }

  shownTexts(): string[] {
    const items = this.multiple
      ? Array.from(this.root.querySelectorAll('.ant-select-selection-item-content'))
      : Array.from(this.root.querySelectorAll('.ant-select-selection-item'));
    return items.map((i) => textOf(i)).filter((t) => t !== '');
  }

  shown(): string {
    return this.shownTexts().join('、');
  }

  holds(value: FillValue): boolean {
    const wanted = wantedTexts(value, this.multiple);
    return wanted !== null && showsAll(this.shownTexts(), wanted);
  }

  private async open(): Promise<boolean> {
    if (!this.isOpen()) press(this.root.querySelector('.ant-select-selector') ?? this.root);
    return (await waitFor(this.env.win, () => this.isOpen(), this.env.timeoutMs)) === true;
  }

  private find(wanted: string): Element | null {
    const items = this.items();
    const i = pick(items.map((o) => this.itemText(o)), wanted);
    return i === null ? null : items[i]!;
  }

  /** Types into the select's search box, as a person searching does. */
  private search(text: string): void {
    setNativeValue(this.input, text);
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** Scrolls a plain select's virtual list until the option is drawn (or the list ends). */
  private async scrollTo(wanted: string): Promise<Element | null> {
    const holder = this.dropdown()?.querySelector('.rc-virtual-list-holder');
    if (!holder) return null;
    holder.scrollTop = 0;
    holder.dispatchEvent(new Event('scroll'));
    for (let guard = 0; guard < 200; guard++) {
      await sleep(this.env.win, 0);
      const found = this.find(wanted);
      if (found) return found;
      const before = holder.scrollTop;
      holder.scrollTop = before + Math.max(holder.clientHeight, 100);
      holder.dispatchEvent(new Event('scroll'));
      if (holder.scrollTop === before) return null;
    }
    return null;
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    const wanted = wantedTexts(value, this.multiple);
    if (!wanted || wanted.length === 0) return 'rejected';
    return this.choose(wanted, this.multiple);
  }

  /** Opens the list and chooses the options with these texts (a multiple select: exactly these). */
  private async choose(wanted: readonly string[], multiple: boolean): Promise<ComponentMismatchReason | null> {
    if (!(await this.open())) return 'rejected';
    const searchable = !this.input.readOnly;
    for (const w of wanted) {
      if (multiple && this.shownTexts().some((t) => pick([t], w) !== null)) continue;
      if (searchable) this.search(w);
      // the list narrows to the option, or says it has none (then at once, not after a wait)
      const found = await waitFor(this.env.win, () => this.find(w) ?? (this.showsNoOptions() ? NONE : null), searchable ? this.env.timeoutMs / 2 : 50);
      let item = found === NONE ? null : found;
      if (!item && searchable) {
        // the page filters on something else than the text (a-select's default is the option's
        // value): the whole list again, scrolled through
        this.search('');
        await sleep(this.env.win, 0);
      }
      item ??= await this.scrollTo(w);
      if (!item) {
        key(this.input, 'Escape');
        return 'no-matching-option';
      }
      press(item);
    }
    if (multiple) {
      key(this.input, 'Escape');
      // a tag the form held before (a default, an earlier fill) that is not wanted goes;
      // the chosen tags first: the select redraws after each choice, and a removal before that
      // acts on the value as it was, losing the choice
      await waitFor(this.env.win, () => wanted.every((w) => pick(this.shownTexts(), w) !== null), this.env.timeoutMs);
      await this.removeTagsBut(this.shownTexts().filter((t) => wanted.some((w) => pick([t], w) !== null)));
    }
    return (await waitFor(this.env.win, () => showsAll(this.shownTexts(), wanted), this.env.timeoutMs)) ? null : 'rejected';
  }

  capture(): WidgetState {
    return { texts: this.shownTexts() };
  }

  /** The first tag's × of a multiple select whose text is not among `keep`, or null. */
  private unwantedTagRemove(keep: readonly string[]): Element | null {
    for (const tag of Array.from(this.root.querySelectorAll('.ant-select-selection-item'))) {
      const text = textOf(tag.querySelector('.ant-select-selection-item-content') ?? tag);
      const remove = tag.querySelector('.ant-select-selection-item-remove');
      if (remove && !keep.includes(text)) return remove;
    }
    return null;
  }

  /**
   * Removes the tags whose text is not among `keep` with their ×, as a person does: one at a time,
   * each after the select has redrawn (a second press before that acts on the old list).
   */
  private async removeTagsBut(keep: readonly string[]): Promise<void> {
    for (let guard = 0; guard < 100; guard++) {
      const remove = this.unwantedTagRemove(keep);
      if (!remove) return;
      press(remove);
      if (!(await waitFor(this.env.win, () => !remove.isConnected || this.unwantedTagRemove(keep) !== remove, this.env.timeoutMs))) return;
    }
  }

  async restore(state: WidgetState): Promise<boolean> {
    const shows = () => sameTexts(this.shownTexts(), state.texts);
    if (shows()) return true;
    if (this.multiple) {
      await this.removeTagsBut(state.texts);
      if (state.texts.length > 0 && !(await waitFor(this.env.win, shows, 50))) await this.choose(state.texts, true);
    } else if (state.texts.length > 0) {
      if (await this.choose(state.texts, false)) return shows();
    } else {
      // drawn only with `allowClear`: a single select without it cannot be emptied, and is not guessed
      const clear = this.root.querySelector('.ant-select-clear');
      if (!clear) return false;
      press(clear);
    }
    return (await waitFor(this.env.win, shows, this.env.timeoutMs)) === true;
  }
}

/** The a-select a control belongs to, or null. */
export function antSelectOf(el: Element, env: WidgetEnv): AntSelectWidget | null {
  const root = el.closest('.ant-select');
  if (!root || el.localName !== 'input') return null;
  return new AntSelectWidget(root, el as HTMLInputElement, env);
}
