// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { FillValue } from '../../../core/fill/types';
import { legacyWidgetOf } from '../../../page/widgets/legacy';
import { captureState } from '../../../page/widgets/state';
import { holds, restoreState, shownValue, writeValue } from '../../../page/widgets/write';

/**
 * select2, bootstrap-select and layui select, in the DOM shapes the libraries draw, with their
 * listeners imitated the way the libraries react (select2 and bootstrap-select re-render on the
 * select's `change`; layui reacts to clicks on its title and `dd`s only).
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const OPTIONS = '<option value="">请选择</option><option value="A01">离退休干部经费</option><option value="B02">工会经费</option>';

/** select2's DOM; `live` adds the listener select2 binds with jQuery `.on('change')`. */
function select2Page(live = true): HTMLSelectElement {
  document.body.innerHTML = `<td><select name="fund" class="select2-hidden-accessible" aria-hidden="true">${OPTIONS}</select><span class="select2 select2-container select2-container--default"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox"><span class="select2-selection__rendered" id="select2-fund-container"><span class="select2-selection__placeholder">请选择</span></span></span></span></span></td>`;
  const select = document.querySelector('select')!;
  if (live) {
    select.addEventListener('change', () => {
      const rendered = document.querySelector('.select2-selection__rendered')!;
      const o = select.options[select.selectedIndex]!;
      rendered.replaceChildren(o.value === '' ? Object.assign(document.createElement('span'), { className: 'select2-selection__placeholder', textContent: '请选择' }) : document.createTextNode(o.text));
      if (o.value !== '') rendered.setAttribute('title', o.text);
      else rendered.removeAttribute('title');
    });
  }
  return select;
}

describe('select2', () => {
  test('the select is set and select2 re-renders from the native change event', () => {
    const select = select2Page();
    expect(legacyWidgetOf([select])?.family).toBe('select2');
    const value = { kind: 'option', optionIndex: 2, optionText: '工会经费' } as const;
    expect(writeValue([select], 'select', value)).toBe('written');
    expect(select.value).toBe('B02');
    expect(shownValue([select])).toBe('工会经费');
    expect(holds([select], value)).toBe(true);
  });

  test('a select2 that did not re-render does not hold the value (mismatch, not verified)', () => {
    const select = select2Page(false);
    const value = { kind: 'option', optionIndex: 1, optionText: '离退休干部经费' } as const;
    expect(writeValue([select], 'select', value)).toBe('written');
    expect(select.value).toBe('A01');
    expect(holds([select], value)).toBe(false);
  });

  test('undo puts the placeholder back through the same event', () => {
    const select = select2Page();
    const before = captureState([select]);
    writeValue([select], 'select', { kind: 'option', optionIndex: 1, optionText: '离退休干部经费' });
    restoreState([select], before);
    expect(select.selectedIndex).toBe(0);
    expect(shownValue([select])).toBe('');
  });

  test('a plain select with the class but no container is left to the native writer', () => {
    document.body.innerHTML = `<select class="select2-hidden-accessible">${OPTIONS}</select>`;
    expect(legacyWidgetOf([document.querySelector('select')!])).toBeUndefined();
  });
});

describe('bootstrap-select', () => {
  function page(): HTMLSelectElement {
    document.body.innerHTML = `<div class="dropdown bootstrap-select"><select class="selectpicker" name="form" multiple><option value="1">慰问金</option><option value="2">慰问品</option><option value="3">上门看望</option></select><button class="dropdown-toggle"><div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner">未选择</div></div></div></button></div>`;
    const select = document.querySelector('select')!;
    select.addEventListener('change', () => {
      const texts = Array.from(select.selectedOptions, (o) => o.text);
      document.querySelector('.filter-option-inner-inner')!.textContent = texts.length ? texts.join(', ') : '未选择';
    });
    return select;
  }

  test('several options are chosen and the button shows them', () => {
    const select = page();
    expect(legacyWidgetOf([select])?.family).toBe('bootstrap-select');
    const value: FillValue = { kind: 'options', optionIndexes: [2, 0] };
    expect(writeValue([select], 'select', value)).toBe('written');
    expect(Array.from(select.selectedOptions, (o) => o.value)).toEqual(['1', '3']);
    expect(shownValue([select])).toBe('慰问金, 上门看望');
    expect(holds([select], value)).toBe(true);
    expect(holds([select], { kind: 'options', optionIndexes: [1] })).toBe(false);
  });
});

/** layui's drawn select; its handlers imitate form.js: the title toggles the panel, a dd sets select and title. */
function layuiPage(): HTMLSelectElement {
  document.body.innerHTML = `<div class="layui-form-item"><label class="layui-form-label">资金来源</label><div class="layui-input-block"><select name="fund" lay-filter="fund">${OPTIONS}</select><div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text" placeholder="请选择" value="" readonly class="layui-input layui-unselect"><i class="layui-edge"></i></div><dl class="layui-anim layui-anim-upbit"><dd lay-value="" class="layui-select-tips">请选择</dd><dd lay-value="A01">离退休干部经费</dd><dd lay-value="B02" class="layui-disabled">工会经费</dd></dl></div></div></div>`;
  const select = document.querySelector('select')!;
  const panel = document.querySelector('.layui-form-select')!;
  const input = panel.querySelector('input')!;
  panel.querySelector('.layui-select-title')!.addEventListener('click', () => panel.classList.toggle('layui-form-selected'));
  panel.querySelector('dl')!.addEventListener('click', (e) => {
    const dd = (e.target as Element).closest('dd')!;
    if (dd.classList.contains('layui-disabled')) return;
    input.value = dd.classList.contains('layui-select-tips') ? '' : dd.textContent!;
    select.value = dd.getAttribute('lay-value')!;
    panel.classList.remove('layui-form-selected');
  });
  return select;
}

describe('layui select', () => {
  test('chosen by clicking the title and the dd, as a person does; the title shows the text', () => {
    const select = layuiPage();
    const w = legacyWidgetOf([select]);
    expect(w?.family).toBe('layui-select');
    const value = { kind: 'option', optionIndex: 1, optionText: '离退休干部经费' } as const;
    expect(writeValue([select], 'select', value)).toBe('written');
    expect(select.value).toBe('A01');
    expect(shownValue([select])).toBe('离退休干部经费');
    expect(holds([select], value)).toBe(true);
    expect(document.querySelector('.layui-form-select')!.classList.contains('layui-form-selected')).toBe(false);
  });

  test('a disabled option is not chosen', () => {
    const select = layuiPage();
    expect(writeValue([select], 'select', { kind: 'option', optionIndex: 2, optionText: '工会经费' })).toBe('unsupported');
    expect(select.value).toBe('');
  });

  test('setting the hidden select alone would not show: holds needs the title too', () => {
    const select = layuiPage();
    select.value = 'A01';
    expect(holds([select], { kind: 'option', optionIndex: 1, optionText: '离退休干部经费' })).toBe(false);
  });

  test('undo clicks the option that was chosen before', () => {
    const select = layuiPage();
    const before = captureState([select]);
    writeValue([select], 'select', { kind: 'option', optionIndex: 1, optionText: '离退休干部经费' });
    restoreState([select], before);
    expect(select.value).toBe('');
    expect(shownValue([select])).toBe('');
  });

  test('lay-ignore keeps the native select', () => {
    layuiPage();
    document.querySelector('select')!.setAttribute('lay-ignore', '');
    expect(legacyWidgetOf([document.querySelector('select')!])).toBeUndefined();
  });
});
