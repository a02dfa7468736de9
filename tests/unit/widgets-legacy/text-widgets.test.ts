// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { legacyWidgetOf } from '../../../page/widgets/legacy';
import { editorText } from '../../../page/widgets/legacy/editor';
import { captureState } from '../../../page/widgets/state';
import { holds, restoreState, shownValue, writeValue } from '../../../page/widgets/write';

/** laydate, EasyUI textbox/combo, e-cology 浏览框 and rich-text editors. */

afterEach(() => {
  document.body.innerHTML = '';
});

const text = (t: string) => ({ kind: 'text', text: t }) as const;

describe('laydate', () => {
  test('the value is set without focusing the input (focus would open the panel)', () => {
    document.body.innerHTML = '<input name="d" lay-key="3" class="layui-input">';
    const input = document.querySelector('input')!;
    let focused = 0;
    input.addEventListener('focus', () => focused++);
    const value = { kind: 'date', text: '2026-11-20', iso: '2026-11-20', format: 'yyyy-MM-dd' } as const;
    expect(legacyWidgetOf([input])?.family).toBe('laydate');
    expect(writeValue([input], 'date', value)).toBe('written');
    expect(input.value).toBe('2026-11-20');
    expect(holds([input], value)).toBe(true);
    expect(focused).toBe(0);
  });
});

describe('EasyUI', () => {
  /** the DOM EasyUI draws for a combobox, its panel appended to the body; handlers imitate it */
  function combo(): { text: HTMLInputElement; value: HTMLInputElement } {
    document.body.innerHTML = `<table><tr><td>资金来源</td><td><input class="easyui-combobox combo-f textbox-f" textboxname="fund" style="display:none"><span class="textbox combo"><span class="textbox-addon"><a class="textbox-icon combo-arrow"></a></span><input type="text" class="textbox-text validatebox-text" readonly autocomplete="off"><input type="hidden" class="textbox-value" name="fund" value=""></span></td></tr></table><div class="panel combo-p" style="display:none"><div class="combo-panel"><div class="combobox-item" data-v="A01">离退休干部经费</div><div class="combobox-item" data-v="B02">工会经费</div></div></div>`;
    const textInput = document.querySelector<HTMLInputElement>('.textbox-text')!;
    const valueInput = document.querySelector<HTMLInputElement>('.textbox-value')!;
    const panel = document.querySelector<HTMLElement>('.combo-p')!;
    document.querySelector('.combo-arrow')!.addEventListener('click', () => {
      panel.style.display = panel.style.display === 'none' ? 'block' : 'none';
    });
    panel.addEventListener('click', (e) => {
      const item = (e.target as Element).closest<HTMLElement>('.combobox-item')!;
      textInput.value = item.textContent!;
      valueInput.value = item.dataset.v!;
      panel.style.display = 'none';
    });
    return { text: textInput, value: valueInput };
  }

  test('a combo is chosen from its panel: EasyUI sets the text and the posted value', () => {
    const { text: t, value } = combo();
    expect(legacyWidgetOf([t])?.family).toBe('easyui');
    expect(writeValue([t], 'text', text('工会经费'))).toBe('written');
    expect(t.value).toBe('工会经费');
    expect(value.value).toBe('B02');
    expect(holds([t], text('工会经费'))).toBe(true);
    expect(document.querySelector<HTMLElement>('.combo-p')!.style.display).toBe('none');
  });

  test('a text the panel does not offer goes into both inputs, and undo empties both', () => {
    const { text: t, value } = combo();
    const before = captureState([t]);
    expect(writeValue([t], 'text', text('自筹'))).toBe('written');
    expect([t.value, value.value]).toEqual(['自筹', '自筹']);
    expect(document.querySelector<HTMLElement>('.combo-p')!.style.display).toBe('none');
    restoreState([t], before);
    expect([t.value, value.value]).toEqual(['', '']);
  });
});

describe('e-cology 浏览框', () => {
  function browser(withButton = true): { display: HTMLInputElement; hidden: HTMLInputElement } {
    document.body.innerHTML = `<table><tr><td>原工作单位</td><td><span class="e8_os"><input type="text" id="field7015span" readonly class="browser-display"><input type="hidden" id="field7015" name="field7015" value="88">${withButton ? '<button type="button" class="Browser e8_browserBtn">🔍</button>' : ''}</span><input type="hidden" name="other" value="x"></td></tr></table>`;
    return { display: document.querySelector<HTMLInputElement>('#field7015span')!, hidden: document.querySelector<HTMLInputElement>('#field7015')! };
  }

  test('display and hidden value are written as one field, and undone together', () => {
    const { display, hidden } = browser();
    expect(legacyWidgetOf([display])?.family).toBe('ecology-browser');
    const before = captureState([display]);
    const changed: string[] = [];
    hidden.addEventListener('change', () => changed.push(hidden.value));
    expect(writeValue([display], 'text', text('省水利厅'))).toBe('written');
    expect([display.value, hidden.value]).toEqual(['省水利厅', '省水利厅']);
    expect(changed).toEqual(['省水利厅']);
    expect(holds([display], text('省水利厅'))).toBe(true);
    hidden.value = '88';
    expect(holds([display], text('省水利厅')), 'a page that put its id back is not verified').toBe(false);
    restoreState([display], before);
    expect([display.value, hidden.value]).toEqual(['', '88']);
  });

  test('a readonly input without a chooser button is not a browse box', () => {
    const { display } = browser(false);
    expect(legacyWidgetOf([display])).toBeUndefined();
  });
});

describe('editors', () => {
  test('a contenteditable gets text nodes and <br> elements, never parsed HTML', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"><p>旧内容</p></div>';
    const ed = document.querySelector('#ed')!;
    const value = text('第一行<b>不是标签</b>\n\n第三行');
    let inputs = 0;
    ed.addEventListener('input', () => inputs++);
    expect(writeValue([ed], 'contenteditable', value)).toBe('written');
    expect(ed.querySelectorAll('br').length).toBe(2);
    expect(ed.querySelector('b')).toBeNull();
    expect(ed.childNodes[0]?.textContent).toBe('第一行<b>不是标签</b>');
    expect(inputs).toBe(1);
    expect(shownValue([ed])).toBe('第一行<b>不是标签</b>\n\n第三行');
    expect(holds([ed], value)).toBe(true);
    expect(holds([ed], text('第一行<b>不是标签</b>第三行'))).toBe(false);
  });

  test('editorText reads block elements and <br> as line breaks', () => {
    const root = document.createElement('div');
    root.append('甲', document.createElement('br'), '乙');
    const p = document.createElement('p');
    p.textContent = '丙';
    root.append(p, '丁');
    expect(editorText(root)).toBe('甲\n乙\n丙\n丁');
  });

  test('a textarea followed by a designMode frame (KindEditor/UEditor style) writes the frame body', () => {
    document.body.innerHTML = '<table><tr><td>慰问事由</td><td><textarea name="reason" style="display:none"></textarea><div class="ke-container"><iframe></iframe></div></td></tr></table>';
    // the test DOM loads no frame documents: give the iframe a same-origin one, as the browser does
    const doc = document.implementation.createHTMLDocument('editor');
    Object.defineProperty(document.querySelector('iframe')!, 'contentDocument', { value: doc });
    doc.designMode = 'on';
    doc.body.append('旧');
    const textarea = document.querySelector('textarea')!;
    const w = legacyWidgetOf([textarea]);
    expect(w?.family).toBe('frame-editor');
    const before = captureState([textarea]);
    const value = text('第一行\n第二行');
    expect(writeValue([textarea], 'textarea', value)).toBe('written');
    expect(doc.body.querySelectorAll('br').length).toBe(1);
    expect(editorText(doc.body)).toBe('第一行\n第二行');
    expect(textarea.value).toBe('第一行\n第二行');
    expect(holds([textarea], value)).toBe(true);
    restoreState([textarea], before);
    expect(doc.body.textContent).toBe('旧');
    expect(textarea.value).toBe('');
  });
});
