/**
 * Small stand-ins for the component-library widgets, in the markup the widgets recognise and
 * with the behaviour that matters to writing and undo: the value lives in a model (not in the
 * DOM input), the display is redrawn from it a microtask later (like Vue's nextTick), a dropdown
 * opens on a press and picks an option on a click, and a clear control exists only when the
 * widget is clearable (Element Plus draws it while the pointer is over the widget).
 * Each returns the element a collector would find and a way to read the model.
 */

let seq = 0;

function el(doc: Document, tag: string, cls: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface FakeWidget {
  /** the control a collection would hold for the field */
  input: HTMLInputElement;
  /** the model's value, as the page would post it */
  model(): string[];
  /** how many times the model changed (the page's `change` handler) */
  changes(): number;
}

interface SelectOptions {
  options: string[];
  multiple?: boolean;
  clearable?: boolean;
  initial?: string[];
}

/**
 * What a click on an option does in both libraries: a single select takes it and closes, a
 * multiple one adds it, or takes it out when it was chosen.
 */
function pickOnClick(items: readonly Element[], multiple: boolean | undefined, value: () => string[], set: (v: string[]) => void, close: () => void): void {
  for (const item of items)
    item.addEventListener('click', () => {
      const t = item.textContent!;
      if (!multiple) {
        close();
        set([t]);
      } else set(value().includes(t) ? value().filter((v) => v !== t) : [...value(), t]);
    });
}

/** Escape in the widget's input closes its dropdown, in both libraries. */
function closeOnEscape(input: HTMLElement, close: () => void): void {
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') close();
  });
}

/** Follows the pointer over the widget (a clear control is drawn only while it is there). */
function trackHover(root: HTMLElement, hover: (over: boolean) => void): void {
  root.addEventListener('mouseenter', () => hover(true));
  root.addEventListener('mouseleave', () => hover(false));
}

/** An Element Plus el-select (single or multiple, optionally clearable). */
export function fakeElSelect(doc: Document, o: SelectOptions): FakeWidget {
  const id = `el-pop-${++seq}`;
  let value = [...(o.initial ?? [])];
  let open = false;
  let hovering = false;
  let changes = 0;
  const root = el(doc, 'div', 'el-select');
  const wrapper = el(doc, 'div', 'el-select__wrapper');
  const shown = el(doc, 'div', '');
  const input = el(doc, 'input', 'el-select__input') as HTMLInputElement;
  input.readOnly = true;
  input.setAttribute('aria-controls', id);
  wrapper.append(shown, input);
  root.append(wrapper);
  const popper = el(doc, 'div', `el-select-dropdown${o.multiple ? ' is-multiple' : ''}`);
  popper.id = id;
  const items = o.options.map((t) => el(doc, 'li', 'el-select-dropdown__item', t));
  popper.append(...items);
  doc.body.append(root, popper);

  const render = () => {
    input.setAttribute('aria-expanded', String(open));
    if (o.multiple) {
      shown.replaceChildren(
        ...value.map((v) => {
          const tag = el(doc, 'span', 'el-tag');
          tag.append(el(doc, 'span', 'el-select__tags-text', v));
          return tag;
        }),
      );
    } else {
      shown.className = `el-select__selected-item el-select__placeholder${value.length === 0 ? ' is-transparent' : ''}`;
      shown.textContent = value[0] ?? '请选择';
    }
    root.querySelector('.el-select__clear')?.remove();
    if (o.clearable && hovering && value.length > 0) {
      const clear = el(doc, 'i', 'el-select__caret el-select__icon el-select__clear');
      clear.addEventListener('click', () => set([]));
      wrapper.append(clear);
    }
  };
  const later = () => queueMicrotask(render);
  const set = (v: string[]) => {
    value = v;
    changes++;
    later();
  };
  wrapper.addEventListener('click', () => {
    open = true;
    later();
  });
  closeOnEscape(input, () => {
    open = false;
    later();
  });
  trackHover(root, (over) => {
    hovering = over;
    later();
  });
  pickOnClick(items, o.multiple, () => value, set, () => (open = false));
  render();
  return { input, model: () => value, changes: () => changes };
}

/** An Ant Design Vue a-select (single or multiple; `clearable` is its allowClear). */
export function fakeAntSelect(doc: Document, o: SelectOptions): FakeWidget {
  const id = `ant-list-${++seq}`;
  let value = [...(o.initial ?? [])];
  let open = false;
  let changes = 0;
  const root = el(doc, 'div', `ant-select${o.multiple ? ' ant-select-multiple' : ' ant-select-single'}`);
  const selector = el(doc, 'div', 'ant-select-selector');
  const shown = el(doc, 'span', '');
  const input = el(doc, 'input', 'ant-select-selection-search-input') as HTMLInputElement;
  input.readOnly = true;
  input.setAttribute('aria-controls', id);
  selector.append(shown, input);
  root.append(selector);
  const dropdown = el(doc, 'div', 'ant-select-dropdown ant-select-dropdown-hidden');
  const list = el(doc, 'div', '');
  list.id = id;
  const holder = el(doc, 'div', 'rc-virtual-list-holder');
  const items = o.options.map((t) => {
    const item = el(doc, 'div', 'ant-select-item ant-select-item-option');
    item.append(el(doc, 'div', 'ant-select-item-option-content', t));
    return item;
  });
  holder.append(...items);
  dropdown.append(list, holder);
  doc.body.append(root, dropdown);

  const set = (v: string[]) => {
    value = v;
    changes++;
    queueMicrotask(render);
  };
  const render = () => {
    root.classList.toggle('ant-select-open', open);
    dropdown.classList.toggle('ant-select-dropdown-hidden', !open);
    if (o.multiple) {
      shown.replaceChildren(
        ...value.map((v) => {
          const tag = el(doc, 'span', 'ant-select-selection-item');
          const remove = el(doc, 'span', 'ant-select-selection-item-remove', '×');
          remove.addEventListener('click', () => set(value.filter((x) => x !== v)));
          tag.append(el(doc, 'span', 'ant-select-selection-item-content', v), remove);
          return tag;
        }),
      );
    } else {
      shown.className = value.length > 0 ? 'ant-select-selection-item' : 'ant-select-selection-placeholder';
      shown.textContent = value[0] ?? '请选择';
    }
    root.querySelector('.ant-select-clear')?.remove();
    if (o.clearable && value.length > 0) {
      const clear = el(doc, 'span', 'ant-select-clear', '×');
      clear.addEventListener('mousedown', () => set([]));
      root.append(clear);
    }
  };
  selector.addEventListener('mousedown', () => {
    open = true;
    queueMicrotask(render);
  });
  closeOnEscape(input, () => {
    open = false;
    queueMicrotask(render);
  });
  pickOnClick(items, o.multiple, () => value, set, () => (open = false));
  render();
  return { input, model: () => value, changes: () => changes };
}

/**
 * An Element Plus el-date-picker showing `YYYY年MM月DD日`: typed text is taken on Enter (ISO or its
 * own format), a blur redraws the model (so uncommitted text is lost), and a clearable picker
 * draws its clear icon while hovered.
 */
export function fakeElDatePicker(doc: Document, o: { clearable: boolean; initial?: string }): FakeWidget {
  let iso = o.initial ?? '';
  let hovering = false;
  let changes = 0;
  const root = el(doc, 'div', 'el-input el-date-editor el-date-editor--date');
  const input = el(doc, 'input', 'el-input__inner') as HTMLInputElement;
  root.append(input);
  doc.body.append(root);
  const format = (d: string) => (d ? d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日') : '');
  const render = () => {
    input.value = format(iso);
    root.querySelector('.clear-icon')?.remove();
    if (o.clearable && hovering && iso) {
      const clear = el(doc, 'i', 'el-input__icon clear-icon');
      clear.addEventListener('click', () => {
        iso = '';
        changes++;
        queueMicrotask(render);
      });
      root.append(clear);
    }
  };
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Enter') return;
    const m = /^(\d{4})\D(\d{2})\D(\d{2})/.exec(input.value);
    if (!m) return;
    iso = `${m[1]}-${m[2]}-${m[3]}`;
    changes++;
    queueMicrotask(render);
  });
  input.addEventListener('blur', () => queueMicrotask(render));
  trackHover(root, (over) => {
    hovering = over;
    queueMicrotask(render);
  });
  render();
  return { input, model: () => (iso ? [iso] : []), changes: () => changes };
}

/** An option of a cascader: a label, and children unless it is a leaf. */
export interface CascadeOption {
  label: string;
  children?: CascadeOption[];
}

/** The class names of one library's cascader, as the widget reads them. */
const CASCADER_MARKUP = {
  element: {
    root: 'el-cascader', trigger: 'el-input__wrapper', input: 'el-input__inner', dropdown: 'el-cascader__dropdown', menu: 'el-cascader-menu',
    node: 'el-cascader-node', label: 'el-cascader-node__label', shown: '', clear: 'el-icon icon-circle-close', parent: '', active: '',
  },
  ant: {
    root: 'ant-select ant-cascader', trigger: 'ant-select-selector', input: 'ant-select-selection-search-input', dropdown: 'ant-select-dropdown ant-cascader-dropdown', menu: 'ant-cascader-menu',
    node: 'ant-cascader-menu-item', label: 'ant-cascader-menu-item-content', shown: 'ant-select-selection-item', clear: 'ant-select-clear', parent: 'ant-cascader-menu-item-expand', active: 'ant-cascader-menu-item-active',
  },
} as const;

/**
 * An el-cascader or a-cascader: a press on the trigger opens a dropdown in the body (its trigger
 * does not name it), one menu per level of the path being opened; a click on an option with
 * children opens them in the next menu, a click on a leaf takes the path and closes. Element
 * Plus shows the path in its readonly input, Ant Design in a selection item; both as 「a / b / c」.
 * `opened` counts the options opened (the widget's looks one level down).
 */
export function fakeCascader(doc: Document, o: { library: 'element' | 'ant'; options: CascadeOption[]; clearable?: boolean }): FakeWidget & { opened(): number } {
  const m = CASCADER_MARKUP[o.library];
  let value: string[] = [];
  let open = false;
  let hovering = false;
  let changes = 0;
  let opened = 0;
  /** the options opened so far, one per level */
  let active: CascadeOption[] = [];
  const root = el(doc, 'div', m.root);
  const trigger = el(doc, 'div', m.trigger);
  const input = el(doc, 'input', m.input) as HTMLInputElement;
  input.readOnly = o.library === 'element';
  const shown = el(doc, 'span', m.shown);
  trigger.append(input, shown);
  root.append(trigger);
  doc.body.append(root);
  let dropdown: HTMLElement | null = null;

  const render = () => {
    const text = value.join(' / ');
    if (o.library === 'element') input.value = text;
    else shown.textContent = text;
    root.querySelector('.icon-circle-close, .ant-select-clear')?.remove();
    if (o.clearable && hovering && value.length > 0) {
      const clear = el(doc, 'i', m.clear);
      clear.addEventListener('click', () => {
        value = [];
        changes++;
        later();
      });
      trigger.append(clear);
    }
    dropdown?.remove();
    dropdown = null;
    if (!open) return;
    dropdown = el(doc, 'div', m.dropdown);
    const levels = [o.options, ...active.map((a) => a.children ?? [])];
    for (const [depth, options] of levels.entries()) {
      const menu = el(doc, 'ul', m.menu);
      for (const option of options) {
        const isActive = active[depth] === option;
        const node = el(doc, 'li', [m.node, option.children && m.parent, isActive && m.active].filter(Boolean).join(' '));
        if (option.children) {
          node.setAttribute('aria-haspopup', 'true');
          node.setAttribute('aria-expanded', String(isActive));
        }
        node.append(el(doc, 'span', m.label, option.label));
        node.addEventListener(o.library === 'element' ? 'click' : 'mousedown', () => {
          active = [...active.slice(0, depth), option];
          if (option.children) opened++;
          else {
            value = active.map((a) => a.label);
            changes++;
            open = false;
          }
          later();
        });
        menu.append(node);
      }
      dropdown.append(menu);
    }
    doc.body.append(dropdown);
  };
  const later = () => queueMicrotask(render);
  trigger.addEventListener(o.library === 'element' ? 'click' : 'mousedown', () => {
    open = true;
    active = [];
    later();
  });
  closeOnEscape(input, () => {
    open = false;
    later();
  });
  trackHover(root, (over) => {
    hovering = over;
    later();
  });
  render();
  return { input, model: () => value, changes: () => changes, opened: () => opened };
}
