// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { assignFields } from '../../../core/fill/assign';
import { collectFields } from '../../../page/collect/collect';
import { widgetOf } from '../../../page/collect/widgets';

/**
 * The collector sees a legacy widget as one field: the element holding the value (the select
 * behind layui/select2, EasyUI's textbox, the 浏览框 display) gets the label and the key; what the
 * library draws beside it (layui's title input, EasyUI's hidden original) is not a field of its own.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `<h2>离退休干部慰问审批表</h2><form><table>
<tr><td>原工作单位</td><td><span class="e8_os"><input type="text" id="field7015span" readonly><input type="hidden" id="field7015" name="field7015"><button type="button" class="Browser">🔍</button></span></td></tr>
<tr><td>资金来源</td><td><select name="fund"><option value="">请选择</option><option value="A01">离退休干部经费</option></select><div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text" placeholder="请选择" readonly class="layui-input layui-unselect"><i class="layui-edge"></i></div><dl><dd lay-value="" class="layui-select-tips">请选择</dd><dd lay-value="A01">离退休干部经费</dd></dl></div></td></tr>
<tr><td>慰问形式</td><td><input class="easyui-combobox combo-f textbox-f" textboxname="form" style="display:none"><span class="textbox combo"><input type="text" class="textbox-text validatebox-text" readonly><input type="hidden" class="textbox-value" name="form"></span></td></tr>
<tr><td>慰问日期</td><td><input name="date" lay-key="1" class="layui-input"></td></tr>
</table></form>`;

describe('legacy widgets in the collector', () => {
  test('component hints and widget chrome', () => {
    document.body.innerHTML = PAGE;
    expect(widgetOf(document.querySelector('#field7015span')!)).toMatchObject({ kind: 'text', component: 'ecology-browser' });
    expect(widgetOf(document.querySelector('select[name="fund"]')!)).toMatchObject({ kind: 'select', component: 'layui-select' });
    expect(widgetOf(document.querySelector('.layui-select-title input')!).kind).toBe('hidden');
    expect(widgetOf(document.querySelector('.textbox-f')!).kind).toBe('hidden');
    expect(widgetOf(document.querySelector('.textbox-text')!)).toMatchObject({ kind: 'text', component: 'easyui' });
    expect(widgetOf(document.querySelector('input[name="date"]')!)).toMatchObject({ kind: 'date', component: 'laydate' });
  });

  test('each widget is one field with its key; the drawn parts take no key of their own', () => {
    document.body.innerHTML = PAGE;
    const { collection } = collectFields(document);
    const fields = collection.fields;
    const visibleKinds = fields.filter((f) => f.kind !== 'hidden');
    expect(visibleKinds.map((f) => f.name || f.id || f.selector)).toEqual(['field7015span', 'fund', expect.any(String), 'date']);
    const { assignments } = assignFields(fields, { headings: collection.headings });
    const keyOf = (pred: (i: number) => boolean) => assignments.filter((a) => pred(a.snapshotIndex) && a.companionOf === undefined).map((a) => a.key);
    const indexOf = (sel: string) => fields.findIndex((f) => f.selector === sel || f.name === sel || f.id === sel);
    expect(keyOf((i) => i === indexOf('field7015span'))).toEqual(['cadre.originalUnit']);
    expect(keyOf((i) => i === indexOf('fund'))).toEqual(['visit.fundingSource']);
    expect(keyOf((i) => i === indexOf('date'))).toEqual(['visit.date']);
    // nothing assigned on its own to layui's title or EasyUI's original input
    const chrome = fields.flatMap((f, i) => (f.kind === 'hidden' ? [i] : []));
    expect(assignments.filter((a) => chrome.includes(a.snapshotIndex) && a.companionOf === undefined)).toEqual([]);
  });
});
