// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FillValue } from '../../../core/fill/types';
import { setNativeValue } from '../../../page/widgets/native';
import { captureState, sameState } from '../../../page/widgets/state';
import { holds, restoreState, shownValue, writeValue } from '../../../page/widgets/write';

/** Records the events a control receives, in order, with the value seen by the listener. */
function recordEvents(el: Element, types = ['click', 'input', 'change', 'blur', 'focusout']): string[] {
  const seen: string[] = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push(`${e.type}:${(e.target as HTMLInputElement).value ?? ''}`));
  return seen;
}

function html(markup: string): void {
  document.body.innerHTML = markup;
}

const $ = <T extends Element = HTMLInputElement>(sel: string) => document.querySelector(sel) as unknown as T;
const $$ = (sel: string) => Array.from(document.querySelectorAll(sel));

beforeEach(() => html(''));

describe('text-like controls', () => {
  it('writes through the prototype setter, so a React-style own value property does not swallow the write', () => {
    html('<input id="a">');
    const input = $('#a');
    // React installs an own `value` property that records the last value it knows
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(this);
      },
      set(v: string) {
        tracked = v;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(this, v);
      },
    });
    setNativeValue(input, '欧阳测试');
    expect(input.value).toBe('欧阳测试');
    expect(tracked, 'the tracker still holds the old value, so the next input event is a change').toBe('');
  });

  it('fires input, change, blur and focusout in that order, after the value is set', () => {
    html('<input id="a"><textarea id="b"></textarea>');
    const seen = recordEvents($('#a'));
    expect(writeValue([$('#a')], 'text', { kind: 'text', text: '省水利厅' })).toBe('written');
    expect(seen).toEqual(['input:省水利厅', 'change:省水利厅', 'blur:省水利厅', 'focusout:省水利厅']);
    expect(writeValue([$('#b')], 'textarea', { kind: 'text', text: '第一行\n第二行' })).toBe('written');
    expect($<HTMLTextAreaElement>('#b').value).toBe('第一行\n第二行');
  });

  it('fills a readonly date input of a picker without focusing it (focus would open the picker)', () => {
    html('<input id="d" class="Wdate" readonly onfocus="window.__opened = true">');
    let focused = false;
    $('#d').addEventListener('focus', () => (focused = true));
    const seen = recordEvents($('#d'), ['change']);
    const value: FillValue = { kind: 'date', text: '2026-11-29', iso: '2026-11-29', format: 'yyyy-MM-dd' };
    expect(writeValue([$('#d')], 'date', value)).toBe('written');
    expect($('#d').value).toBe('2026-11-29');
    expect(focused).toBe(false);
    expect(seen).toEqual(['change:2026-11-29']);
    expect(holds([$('#d')], value)).toBe(true);
  });

  it('accepts an amount the page reformatted (1,200.00 for 1200.00), but not another amount', () => {
    html('<input id="m">');
    const m = $('#m');
    m.addEventListener('change', () => (m.value = Number(m.value).toLocaleString('en-US', { minimumFractionDigits: 2 })));
    const value: FillValue = { kind: 'money', text: '1200.00', amount: 1200 };
    writeValue([m], 'text', value);
    expect(m.value).toBe('1,200.00');
    expect(holds([m], value)).toBe(true);
    m.value = '1,300.00';
    expect(holds([m], value)).toBe(false);
  });

  it('writes an editor as text nodes and line breaks, never as HTML', () => {
    html('<div id="e" contenteditable="true"><b>old</b></div>');
    const e = $<HTMLDivElement>('#e');
    writeValue([e], 'contenteditable', { kind: 'text', text: '<img src=x onerror=alert(1)>\n第二行' });
    expect(e.querySelector('img')).toBeNull();
    expect(e.childNodes).toHaveLength(3);
    expect(e.textContent).toBe('<img src=x onerror=alert(1)>第二行');
  });
});

describe('selects', () => {
  it('chooses the option by index (values may repeat or be ids) and fires the events', () => {
    html('<select id="s"><option value="">--请选择--</option><option value="1">男</option><option value="1">女</option></select>');
    const s = $<HTMLSelectElement>('#s');
    const seen = recordEvents(s, ['input', 'change']);
    expect(writeValue([s], 'select', { kind: 'option', optionIndex: 2, optionText: '女' })).toBe('written');
    expect(s.selectedIndex).toBe(2);
    expect(seen).toEqual(['input:1', 'change:1']);
    expect(holds([s], { kind: 'option', optionIndex: 2, optionText: '女' })).toBe(true);
    expect(holds([s], { kind: 'option', optionIndex: 1, optionText: '男' })).toBe(false);
    expect(shownValue([s])).toBe('女');
  });

  it('refuses an index that does not exist, and text for a select', () => {
    html('<select id="s"><option>a</option></select>');
    expect(writeValue([$('#s')], 'select', { kind: 'option', optionIndex: 5, optionText: 'x' })).toBe('unsupported');
    expect(writeValue([$('#s')], 'select', { kind: 'text', text: 'a' })).toBe('unsupported');
  });

  it('selects several options of a multiple select', () => {
    html('<select id="s" multiple><option>a</option><option>b</option><option>c</option></select>');
    const s = $<HTMLSelectElement>('#s');
    writeValue([s], 'select', { kind: 'options', optionIndexes: [0, 2] });
    expect(Array.from(s.options, (o) => o.selected)).toEqual([true, false, true]);
  });
});

describe('radios and checkboxes', () => {
  it('clicks the radio to choose (React listens to click), once', () => {
    html('<input type="radio" name="r" value="0"><input type="radio" name="r" value="1"><input type="radio" name="r" value="2">');
    const radios = $$('input') as HTMLInputElement[];
    const clicks: string[] = [];
    radios.forEach((r) => r.addEventListener('click', () => clicks.push(r.value)));
    writeValue(radios, 'radio-group', { kind: 'option', optionIndex: 2, optionText: '慰问金和慰问品' });
    writeValue(radios, 'radio-group', { kind: 'option', optionIndex: 2, optionText: '慰问金和慰问品' });
    expect(radios.map((r) => r.checked)).toEqual([false, false, true]);
    expect(clicks).toEqual(['2']);
    expect(shownValue(radios)).toBe('2');
  });

  it('checks exactly the wanted boxes of a group, and a single box by its state', () => {
    html('<input type="checkbox" value="a" checked><input type="checkbox" value="b"><input type="checkbox" value="c">');
    const boxes = $$('input') as HTMLInputElement[];
    writeValue(boxes, 'checkbox-group', { kind: 'options', optionIndexes: [1, 2] });
    expect(boxes.map((b) => b.checked)).toEqual([false, true, true]);
    expect(holds(boxes, { kind: 'options', optionIndexes: [1, 2] })).toBe(true);
    writeValue([boxes[0]!], 'checkbox', { kind: 'check', checked: true });
    expect(boxes[0]!.checked).toBe(true);
  });
});

describe('undo state', () => {
  it('restores text, selects, radios and editors, firing change so the page follows', () => {
    html(`<input id="t" value="typed"><select id="s"><option>a</option><option selected>b</option></select>
      <input type="radio" name="r" id="r0"><input type="radio" name="r" id="r1">
      <div id="e" contenteditable="true">原<b>文</b></div>`);
    const groups = [[$('#t')], [$('#s')], [$('#r0'), $('#r1')], [$('#e')]];
    const before = groups.map((g) => captureState(g));
    const changes: string[] = [];
    document.addEventListener('change', (e) => changes.push((e.target as Element).id));

    writeValue(groups[0]!, 'text', { kind: 'text', text: 'new' });
    writeValue(groups[1]!, 'select', { kind: 'option', optionIndex: 0, optionText: 'a' });
    writeValue(groups[2]!, 'radio-group', { kind: 'option', optionIndex: 1, optionText: 'x' });
    writeValue(groups[3]!, 'contenteditable', { kind: 'text', text: '新' });
    changes.length = 0;

    groups.forEach((g, i) => restoreState(g, before[i]!));
    groups.forEach((g, i) => expect(sameState(captureState(g), before[i]!), String(i)).toBe(true));
    expect($('#e').innerHTML).toBe('原<b>文</b>');
    expect(changes).toEqual(expect.arrayContaining(['t', 's', 'r1', 'e']));
  });
});
