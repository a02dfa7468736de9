import { nextCascadeMatch, pathFits } from '../../../core/fill/cascade';
import type { FillValue } from '../../../core/fill/types';
import { hover, key, press, textOf, unhover, waitFor } from './dom';
import type { ComponentMismatchReason, ComponentWidget, WidgetEnv, WidgetState } from './types';

/**
 * Cascaders (Element Plus el-cascader, Ant Design Vue a-cascader): a path of options, one menu
 * per level, chosen as a person does: open, click an option, its children appear in the next
 * menu, click a leaf. Each level's option is the one the text names next (core/fill/cascade.ts:
 * 武汉市武昌区… → 武汉市, then 武昌区). A level the text leaves out (the province of 武汉市) is
 * found by opening its options one by one and looking one level down.
 */

/** What differs between the libraries: their class names, and how an option shows it has children. */
interface Flavour {
  family: string;
  root: string;
  /** the dropdown, drawn in the page's body; the trigger does not name it */
  dropdown: string;
  menu: string;
  node: string;
  label: string;
  disabled: string;
  /** the option has children (opening it shows the next menu) */
  isParent(node: Element): boolean;
  /** the option's children are the ones shown in the next menu */
  isExpanded(node: Element): boolean;
  trigger(root: Element): Element;
  shown(root: Element): string;
  clear: string;
}

const ELEMENT: Flavour = {
  family: 'el-cascader',
  root: '.el-cascader',
  dropdown: '.el-cascader__dropdown',
  menu: '.el-cascader-menu',
  node: '.el-cascader-node',
  label: '.el-cascader-node__label',
  disabled: 'is-disabled',
  isParent: (n) => n.getAttribute('aria-haspopup') === 'true',
  isExpanded: (n) => n.getAttribute('aria-expanded') === 'true',
  trigger: (root) => root.querySelector('.el-input__wrapper') ?? root,
  shown: (root) => (root.querySelector('input') as HTMLInputElement | null)?.value.trim() ?? '',
  clear: '.icon-circle-close, .el-input__clear',
};

const ANT: Flavour = {
  family: 'ant-cascader',
  root: '.ant-cascader',
  dropdown: '.ant-cascader-dropdown',
  menu: '.ant-cascader-menu',
  node: '.ant-cascader-menu-item',
  label: '.ant-cascader-menu-item-content',
  disabled: 'ant-cascader-menu-item-disabled',
  isParent: (n) => n.classList.contains('ant-cascader-menu-item-expand'),
  isExpanded: (n) => n.classList.contains('ant-cascader-menu-item-active'),
  trigger: (root) => root.querySelector('.ant-select-selector') ?? root,
  shown: (root) => textOf(root.querySelector('.ant-select-selection-item')),
  clear: '.ant-select-clear',
};

/** How many options may be opened to look for a level the text leaves out. */
const MAX_LOOKS = 60;
/** What separates the levels a cascader displays: 湖北省 / 武汉市 / 武昌区. */
const LEVEL_SEPARATOR = /\s*\/\s*/;

export class CascaderWidget implements ComponentWidget {
  readonly family: string;
  constructor(
    private readonly root: Element,
    private readonly input: HTMLInputElement,
    private readonly flavour: Flavour,
    private readonly env: WidgetEnv,
  ) {
    this.family = flavour.family;
  }

  /** The open dropdown nearest to the cascader (only one is open at a time, but a page may keep others drawn). */
  private dropdown(): Element | null {
    const doc = this.root.ownerDocument;
    const open = Array.from(doc.querySelectorAll(this.flavour.dropdown)).filter((d) => {
      const style = doc.defaultView?.getComputedStyle(d);
      return d.getAttribute('aria-hidden') !== 'true' && !d.classList.contains('ant-select-dropdown-hidden') && style?.display !== 'none' && style?.visibility !== 'hidden';
    });
    if (open.length <= 1) return open[0] ?? null;
    const at = this.root.getBoundingClientRect();
    const distance = (d: Element) => {
      const r = d.getBoundingClientRect();
      return Math.hypot(r.left - at.left, Math.min(Math.abs(r.top - at.bottom), Math.abs(r.bottom - at.top)));
    };
    return open.sort((a, b) => distance(a) - distance(b))[0]!;
  }

  private menus(): Element[] {
    return Array.from(this.dropdown()?.querySelectorAll(this.flavour.menu) ?? []);
  }

  private nodes(menu: Element): Element[] {
    return Array.from(menu.querySelectorAll(this.flavour.node)).filter((n) => !n.classList.contains(this.flavour.disabled));
  }

  private labelOf(node: Element): string {
    return textOf(node.querySelector(this.flavour.label) ?? node);
  }

  /** The levels the cascader displays now. */
  private shownLevels(): string[] {
    const shown = this.shown();
    return shown === '' ? [] : shown.split(LEVEL_SEPARATOR).filter((t) => t !== '');
  }

  shown(): string {
    return this.flavour.shown(this.root);
  }

  holds(value: FillValue): boolean {
    const text = pathTextOf(value);
    return text !== null && pathFits(this.shownLevels(), text);
  }

  private async open(): Promise<boolean> {
    if (!this.dropdown()) press(this.flavour.trigger(this.root));
    return (await waitFor(this.env.win, () => this.menus().length > 0, this.env.timeoutMs)) === true;
  }

  private close(): void {
    if (this.dropdown()) key(this.input, 'Escape');
  }

  async write(value: FillValue): Promise<ComponentMismatchReason | null> {
    const text = pathTextOf(value);
    if (text === null || text.trim() === '') return 'rejected';
    if (this.holds(value)) return null;
    return this.choose(text, (levels) => pathFits(levels, text));
  }

  /** Opens the dropdown, chooses the path `text` names, and waits until the cascader shows one that `fits`. */
  private async choose(text: string, fits: (levels: string[]) => boolean): Promise<ComponentMismatchReason | null> {
    if (!(await this.open())) return 'rejected';
    const chosen = await this.chooseFrom(0, text, 1, { looks: MAX_LOOKS });
    if (!chosen) {
      this.close();
      return 'no-matching-option';
    }
    const ok = await waitFor(this.env.win, () => fits(this.shownLevels()), this.env.timeoutMs);
    this.close();
    return ok ? null : 'rejected';
  }

  /**
   * Chooses at menu `level` the option `rest` names and goes on below it; when it names none and
   * `skips` allow, opens each option with children to look for the text one level down.
   */
  private async chooseFrom(level: number, rest: string, skips: number, budget: { looks: number }): Promise<boolean> {
    const menu = await waitFor(this.env.win, () => this.menus()[level], this.env.timeoutMs);
    if (!menu) return false;
    const nodes = this.nodes(menu);
    const labels = nodes.map((n) => this.labelOf(n));
    const match = nextCascadeMatch(rest, labels);
    if (match) return this.enter(nodes[match.index]!, level, match.rest, skips, budget);
    if (skips === 0) return false;
    for (const label of labels) {
      // found again each time: opening an option may have drawn the menu anew
      const node = this.nodeAt(level, label);
      if (!node || !this.flavour.isParent(node) || budget.looks-- <= 0) continue;
      if (await this.enter(node, level, rest, skips - 1, budget)) return true;
    }
    return false;
  }

  /** The option with this label in menu `level` as drawn now. */
  private nodeAt(level: number, label: string): Element | undefined {
    const menu = this.menus()[level];
    return menu ? this.nodes(menu).find((n) => this.labelOf(n) === label) : undefined;
  }

  /** Clicks an option: a leaf is chosen; an option with children opens them in the next menu. */
  private async enter(node: Element, level: number, rest: string, skips: number, budget: { looks: number }): Promise<boolean> {
    const label = this.labelOf(node);
    press(node);
    if (!this.flavour.isParent(node)) return true;
    // found again by its label: a library may draw the menus anew rather than patch them
    const expanded = () => {
      const now = this.nodeAt(level, label);
      return now !== undefined && this.flavour.isExpanded(now) && this.menus().length > level + 1;
    };
    const opened = await waitFor(this.env.win, expanded, this.env.timeoutMs);
    return opened === true && this.chooseFrom(level + 1, rest, skips, budget);
  }

  capture(): WidgetState {
    const shown = this.shown();
    return { texts: shown === '' ? [] : [shown] };
  }

  async restore(state: WidgetState): Promise<boolean> {
    const wanted = state.texts[0] ?? '';
    const shows = () => this.shown() === wanted;
    if (shows()) return true;
    if (wanted !== '') {
      // the displayed path names every level: chosen again level by level, exactly
      const levels = wanted.split(LEVEL_SEPARATOR);
      return (await this.choose(levels.join(''), (shown) => shown.join('/') === levels.join('/'))) === null;
    }
    hover(this.root);
    const clear = await waitFor(this.env.win, () => this.root.querySelector(this.flavour.clear), Math.min(this.env.timeoutMs, 150));
    // a cascader without a clear control cannot be emptied: not guessed
    if (!clear) return false;
    press(clear);
    const back = (await waitFor(this.env.win, shows, this.env.timeoutMs)) === true;
    unhover(this.root);
    return back;
  }
}

/** The text a value asks the cascader to name, or null for a value no cascader takes. */
function pathTextOf(value: FillValue): string | null {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'option':
      return value.optionText;
    default:
      return null;
  }
}

/** The cascader a control belongs to, or null. */
export function cascaderOf(el: Element, env: WidgetEnv): CascaderWidget | null {
  if (el.localName !== 'input') return null;
  for (const flavour of [ELEMENT, ANT]) {
    const root = el.closest(flavour.root);
    if (root) return new CascaderWidget(root, el as HTMLInputElement, flavour, env);
  }
  return null;
}
