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
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      open = false;
      later();
    }
  });
  root.addEventListener('mouseenter', () => {
    hovering = true;
    later();
  });
  root.addEventListener('mouseleave', () => {
    hovering = false;
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
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      open = false;
      queueMicrotask(render);
    }
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
  root.addEventListener('mouseenter', () => {
    hovering = true;
    queueMicrotask(render);
  });
  root.addEventListener('mouseleave', () => {
    hovering = false;
    queueMicrotask(render);
  });
  render();
  return { input, model: () => (iso ? [iso] : []), changes: () => changes };
}
