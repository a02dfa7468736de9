import type { FillValue } from '../../../core/fill/types';
import { fire } from '../events';
import { setNativeValue } from '../native';
import type { ControlState } from '../state';
import { saveValue, takeValue } from './saved';
import { collapseText, type LegacyWidget } from './types';

/**
 * e-cology 浏览框 (browse box) and pickers like it: a readonly display, a hidden input with the
 * value the form posts, and a 🔍 button that opens the OA's chooser, side by side in one
 * wrapper. CareFill cannot drive the OA's chooser, so it writes the display and the hidden
 * value together, as one field, with the text. Limitation: a box whose hidden value must be a
 * database id (人员, 部门) gets the text; such fields are for the page-world adapter (WfForm).
 */

const BUTTON = 'button, input[type="button"], input[type="image"], img, a[onclick], .Browser, .e8_browserBtn';
/** how many ancestors up a wrapper holding the three parts is looked for */
const WRAPPER_DEPTH = 2;

export interface BrowserParts {
  display: HTMLInputElement;
  hidden: HTMLInputElement;
}

/** a display `field7011span` / `field7011_display` belongs to the hidden `field7011` */
function related(display: Element, hidden: Element): boolean {
  const names = (e: Element) => [e.getAttribute('name'), e.getAttribute('id')].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  const h = names(hidden);
  return names(display).some((d) => h.some((x) => x.length > 2 && d !== x && d.startsWith(x)));
}

/**
 * The display and hidden value input of a browse box, when `el` is its readonly display:
 * a wrapper (parent or grandparent, never a table cell's neighbours) holds a hidden input and a button.
 */
export function browserPartsOf(el: Element): BrowserParts | null {
  if (el.localName !== 'input') return null;
  const display = el as HTMLInputElement;
  if ((display.getAttribute('type') ?? 'text').toLowerCase() !== 'text' || !display.hasAttribute('readonly')) return null;
  let wrapper = display.parentElement;
  for (let depth = 0; wrapper && depth < WRAPPER_DEPTH; depth++, wrapper = wrapper.parentElement) {
    if (wrapper.localName === 'form' || wrapper.localName === 'body' || wrapper.localName === 'tr') return null;
    const hiddens = Array.from(wrapper.querySelectorAll<HTMLInputElement>('input[type="hidden"]'));
    if (hiddens.length === 0 || !wrapper.querySelector(BUTTON)) {
      if (wrapper.localName === 'td') return null;
      continue;
    }
    const hidden = hiddens.find((h) => related(display, h)) ?? (hiddens.length === 1 ? hiddens[0] : undefined);
    return hidden ? { display, hidden } : null;
  }
  return null;
}

function textOf(value: FillValue): string | undefined {
  return value.kind === 'text' || value.kind === 'date' || value.kind === 'money' ? value.text : undefined;
}

/** An e-cology style browse box, or undefined. */
export function ecologyBrowserOf(el: Element): LegacyWidget | undefined {
  const parts = browserPartsOf(el);
  if (!parts) return undefined;
  const { display, hidden } = parts;
  const put = (shown: string, posted: string) => {
    // the hidden value first: OA scripts watching the display read the value it belongs to
    setNativeValue(hidden, posted);
    fire(hidden, 'input');
    fire(hidden, 'change');
    setNativeValue(display, shown);
    fire(display, 'input');
    fire(display, 'change');
  };
  return {
    family: 'ecology-browser',
    write(value: FillValue): boolean {
      const text = textOf(value);
      if (text === undefined) return false;
      saveValue(hidden);
      put(text, text);
      return true;
    },
    shown: () => display.value,
    holds(value: FillValue): boolean {
      const text = textOf(value);
      return text !== undefined && collapseText(display.value) === collapseText(text) && collapseText(hidden.value) === collapseText(text);
    },
    restore(state: ControlState): boolean {
      put(state.value, takeValue(hidden) ?? hidden.value);
      return true;
    },
  };
}
