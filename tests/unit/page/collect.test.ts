// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { assignFields } from '../../../core/fill/assign';
import { labelKey } from '../../../core/fill/normalize';
import { frameCollectionSchema } from '../../../core/fill/schema';
import type { FieldSnapshot } from '../../../core/fill/types';
import { collectFields, type Collected } from '../../../page/collect/collect';
import { fixtureHtml } from './fixture';

/** Collects the fixture, assigns keys, and returns selector → key (companions marked). */
function run(name: string): { got: Record<string, string>; collected: Collected; role: string } {
  document.body.innerHTML = fixtureHtml(name);
  const collected = collectFields(document);
  const { collection } = collected;
  // what a frame sends passes the background's validation unchanged
  expect(frameCollectionSchema.parse(collection)).toEqual(collection);
  const result = assignFields(collection.fields, { headings: collection.headings });
  const got: Record<string, string> = {};
  for (const a of result.assignments) {
    const s = collection.fields[a.snapshotIndex]!;
    got[s.selector] = a.companionOf === undefined ? a.key : `${a.key} (companion)`;
  }
  return { got, collected, role: result.role };
}

function field(c: Collected, selector: string): FieldSnapshot {
  const f = c.collection.fields.find((s) => s.selector === selector);
  if (!f) throw new Error(`no field ${selector}`);
  return f;
}

/** Every selector finds exactly the collected element(s) again. */
function expectSelectorsResolve(c: Collected): void {
  c.collection.fields.forEach((f, i) => {
    const els = c.elements[i]!;
    for (const sel of [f.selector, ...f.altSelectors]) {
      const found = Array.from(document.querySelectorAll(sel));
      if (f.kind === 'radio-group' || f.kind === 'checkbox-group') {
        const members = found.flatMap((e) => (e.matches('input') ? [e] : Array.from(e.querySelectorAll('input'))));
        expect(members, sel).toEqual(els);
      } else {
        expect(found, sel).toEqual(els);
      }
    }
  });
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('classic OA table (e-cology style 慰问审批单)', () => {
  test('every field gets its key; the header search box and the form-level hidden input do not', () => {
    const { got, role } = run('oa-classic');
    expect(role).toBe('visit');
    expect(got).toEqual({
      '#field6000': 'visit.formNumber',
      '#field6010': 'visit.applyDate',
      '#field6001': 'cadre.name',
      'input[type="radio"][name="field6002"]': 'cadre.gender',
      '#field6003': 'cadre.idNumber',
      '#field6004': 'cadre.phone',
      '#field6005': 'cadre.originalUnit',
      '#field6006': 'cadre.category',
      '#field6007': 'visit.type',
      '#field6008': 'visit.date',
      '#field_lable6012': 'visit.amount',
      '#field6012': 'visit.amount (companion)',
      '#field_chinglish6012': 'visit.amountUpper',
      '#field6013': 'visit.reason',
      '#field6014': 'visit.handler',
      '#field6015': 'visit.department',
      '#field6016': 'visit.remark',
      '#field6017': 'cadre.address',
    });
  });

  test('labels, section, unit, widgets and state as a person reads them', () => {
    const { collected: c } = run('oa-classic');
    expect(c.collection.headings).toContain('离退休干部慰问审批表');
    expect(c.collection.fields.some((f) => f.name === 'needcheck')).toBe(false);

    const name = field(c, '#field6001');
    expect(name.labels[0]).toEqual({ source: 'table-left', text: '*姓\u00a0\u00a0名' });
    expect(name.section).toBe('慰问对象信息');
    expect(name.required).toBe(true);
    expect(field(c, '#field6003').labels[0]?.text).toBe('身份证号码*');

    const gender = field(c, 'input[type="radio"][name="field6002"]');
    expect(gender.kind).toBe('radio-group');
    expect(gender.options.map((o) => [o.value, o.text])).toEqual([
      ['0', '男'],
      ['1', '女'],
    ]);
    expect(gender.labels[0]).toEqual({ source: 'table-left', text: '性　　别：' });

    const category = field(c, '#field6006');
    expect(category.kind).toBe('select');
    expect(category.options.map((o) => o.text)).toEqual(['--请选择--', '离休干部', '退休干部']);

    const applyDate = field(c, '#field6010');
    expect(applyDate).toMatchObject({ kind: 'date', component: 'my97', formatHint: 'yyyy年MM月dd日', readonly: true });
    expect(field(c, '#field6008')).toMatchObject({ kind: 'date', value: '2026-01-05', formatHint: 'yyyy-MM-dd' });

    const amount = field(c, '#field_lable6012');
    expect(amount.unit).toBe('元');
    expect(amount.group).toBe(field(c, '#field6012').group);
    expect(field(c, '#field6012')).toMatchObject({ kind: 'hidden', visible: false });
    expect(field(c, '#field6000')).toMatchObject({ readonly: true, value: 'WW-2026-0001' });
    expect(field(c, '#field6003').maxLength).toBe(18);
    // three nested tables: the label cell of the outer table still labels the input
    expect(field(c, '#field6017').labels[0]).toEqual({ source: 'table-left', text: '家庭住址' });
    expectSelectorsResolve(c);
  });
});

describe('component libraries', () => {
  test('Element Plus and Ant Design Vue form items', () => {
    const { got, collected: c } = run('element-antd');
    const byLabel = Object.fromEntries(
      c.collection.fields.map((f) => [f.labels[0]?.text ?? '', got[f.selector] ?? 'NONE']),
    );
    expect(byLabel).toEqual({
      慰问对象: 'cadre.name',
      性别: 'cadre.gender',
      慰问类型: 'visit.type',
      慰问日期: 'visit.date',
      慰问事由: 'visit.reason',
      慰问金额: 'visit.amount',
      联系电话: 'cadre.phone',
      出生日期: 'cadre.birthDate',
    });
    // generated ids (el-id-1024-3) are not used as selectors; AntD form_item_ ids are
    expect(c.collection.fields.every((f) => !f.selector.includes('el-id-'))).toBe(true);
    expect(c.collection.fields.map((f) => f.selector)).toContain('#form_item_wwje');
    const select = c.collection.fields.find((f) => f.labels[0]?.text === '慰问类型')!;
    expect(select).toMatchObject({ kind: 'select', component: 'el-select', readonly: true });
    const gender = c.collection.fields.find((f) => f.kind === 'radio-group')!;
    expect(gender.value).toBe('女');
    expect(gender.labels[0]).toEqual({ source: 'aria-labelledby', text: '性别' });
    const date = c.collection.fields.find((f) => f.labels[0]?.text === '出生日期')!;
    expect(date).toMatchObject({ kind: 'date', component: 'ant-date', value: '1940/03/08' });
    expect(c.collection.fields.find((f) => f.labels[0]?.text === '慰问金额')?.unit).toBe('元');
    expect(c.collection.fields.find((f) => f.labels[0]?.text === '慰问对象')?.required).toBe(true);
    expect(c.collection.headings).toContain('离退休干部走访慰问申请');
    expectSelectorsResolve(c);
  });
});

describe('dt/dd, label[for=name], preceding text, checkbox groups', () => {
  test('fields are labelled and assigned', () => {
    const { got, collected: c } = run('dl-form');
    expect(got).toEqual({
      'input[name="xm"]': 'cadre.name',
      'input[name="ltxsj"]': 'cadre.retirementDate',
      'input[type="checkbox"][name="wwxs"]': 'visit.form',
      'input[name="zzmm"]': 'cadre.politicalStatus',
      'input[name="field88"]': 'cadre.ethnicity',
    });
    expect(field(c, 'input[name="zzmm"]').labels[0]?.source).toBe('label-for-name');
    expect(field(c, 'input[name="field88"]').labels[0]).toEqual({ source: 'preceding', text: '民族：' });
    expect(field(c, 'input[name="field89"]').labels[0]).toEqual({ source: 'preceding', text: '籍贯：' });
    const forms = field(c, 'input[type="checkbox"][name="wwxs"]');
    expect(forms).toMatchObject({ kind: 'checkbox-group', value: '2' });
    expect(forms.options.map((o) => o.text)).toEqual(['慰问金', '慰问品']);
    const agree = c.collection.fields.find((f) => f.name === 'agree')!;
    expect(agree).toMatchObject({ kind: 'checkbox', checked: false });
    expect(agree.options[0]?.text).toBe('本人已核对以上信息');
    expectSelectorsResolve(c);
  });
});

describe('detail table (明细)', () => {
  test('row-indexed keys, a section, no template row, totals and 大写', () => {
    const { got, collected: c, role } = run('detail-table');
    expect(role).toBe('expense');
    expect(got).toEqual({
      '#field7000': 'expense.claimant',
      '#field7009': 'expense.date',
      '#field7010': 'expense.reason',
      '#field7001_0': 'expense.row.date[1]',
      '#field7002_0': 'expense.row.item[1]',
      '#field7003_0': 'expense.row.recipient[1]',
      '#field7004_0': 'expense.row.amount[1]',
      '#field7001_1': 'expense.row.date[2]',
      '#field7002_1': 'expense.row.item[2]',
      '#field7003_1': 'expense.row.recipient[2]',
      '#field7004_1': 'expense.row.amount[2]',
      '#field7001_2': 'expense.row.date[3]',
      '#field7002_2': 'expense.row.item[3]',
      '#field7003_2': 'expense.row.recipient[3]',
      '#field7004_2': 'expense.row.amount[3]',
      '#field7020': 'expense.total',
      '#field7021': 'expense.totalUpper',
      '#field7022': 'expense.invoiceCount',
    });
    expect(c.collection.fields.some((f) => f.name.endsWith('_x'))).toBe(false);
    const amount2 = field(c, '#field7004_1');
    expect(amount2).toMatchObject({ row: 2, section: '报销明细' });
    expect(amount2.labels).toEqual([{ source: 'table-top', text: '金额（元）' }]);
    expect(field(c, '#field7022').unit).toBe('张');
    expectSelectorsResolve(c);
  });

  test('colspan and rowspan headers: 金额 over 小写 / 大写, rows counted under the header', () => {
    document.body.innerHTML = `
      <table>
        <tr><th rowspan="2">序号</th><th rowspan="2">姓名</th><th colspan="2">金额</th></tr>
        <tr><th>小写</th><th>大写</th></tr>
        <tr><td>1</td><td><input name="n1"></td><td><input name="a1"></td><td><input name="u1"></td></tr>
        <tr><td>2</td><td><input name="n2"></td><td><input name="a2"></td><td><input name="u2"></td></tr>
      </table>`;
    const { collection } = collectFields(document);
    const byName = Object.fromEntries(collection.fields.map((f) => [f.name, f]));
    expect(byName.a2).toMatchObject({ row: 2, labels: [{ source: 'table-top', text: '金额 小写' }] });
    expect(byName.u1).toMatchObject({ row: 1, labels: [{ source: 'table-top', text: '金额 大写' }] });
    expect(byName.n2).toMatchObject({ row: 2, labels: [{ source: 'table-top', text: '姓名' }] });
    const keys = assignFields(collection.fields, { role: 'expense' }).assignments.map((a) => `${collection.fields[a.snapshotIndex]!.name}=${a.key}`);
    expect(keys).toEqual(['n1=expense.row.recipient[1]', 'a1=expense.row.amount[1]', 'n2=expense.row.recipient[2]', 'a2=expense.row.amount[2]']);
  });

  test('labels above a single row of inputs are labels, not a detail table', () => {
    document.body.innerHTML = `
      <table><tr><td>姓名</td><td>性别</td><td>出生日期</td></tr>
      <tr><td><input name="a"></td><td><input name="b"></td><td><input name="c"></td></tr></table>`;
    const { collection } = collectFields(document);
    expect(collection.fields.map((f) => [f.labels[0]?.text, f.row])).toEqual([
      ['姓名', undefined],
      ['性别', undefined],
      ['出生日期', undefined],
    ]);
    const keys = assignFields(collection.fields, { role: 'visit' }).assignments.map((a) => a.key);
    expect(keys).toEqual(['cadre.name', 'cadre.gender', 'cadre.birthDate']);
  });
});

describe('title-only labels (Tongda DATA_n)', () => {
  test('the title attribute is the label; 大写 follows the amount; the date format comes from the icon', () => {
    const { got, collected: c } = run('tongda');
    expect(got).toEqual({
      'input[name="DATA_1"]': 'cadre.name',
      'input[name="DATA_2"]': 'cadre.originalUnit',
      'input[name="DATA_5"]': 'visit.date',
      'input[name="DATA_6"]': 'visit.amount',
      'input[name="DATA_7"]': 'visit.amountUpper',
      'input[name="DATA_9"]': 'visit.handler',
    });
    expect(field(c, 'input[name="DATA_5"]')).toMatchObject({ kind: 'date', formatHint: 'yyyy-MM-dd' });
    expect(field(c, 'input[name="DATA_1"]').altSelectors).toContain('input[title="慰问对象"]');
    expectSelectorsResolve(c);
  });
});

describe('a login page', () => {
  test('nothing is assigned, and passwords are not even collected', () => {
    const { got, collected: c } = run('login');
    expect(got).toEqual({});
    expect(c.collection.fields.some((f) => f.inputType === 'password')).toBe(false);
    expect(c.collection.fields.filter((f) => f.formKind === 'login').map((f) => f.name)).toEqual([
      'loginid',
      'validatecode',
      'remember',
      'mobile',
      'smscode',
    ]);
  });
});

describe('shadow roots, editors, visibility', () => {
  test('open shadow roots are walked; closed ones when the caller can open them', () => {
    document.body.innerHTML = '<div id="outer"></div><x-closed id="closedHost"></x-closed>';
    const open = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    const openLabel = document.createElement('label');
    openLabel.setAttribute('for', 'phone');
    openLabel.textContent = '联系电话';
    const openInput = document.createElement('input');
    openInput.id = 'phone';
    open.append(openLabel, openInput);

    const closedHost = document.getElementById('closedHost')!;
    const closed = closedHost.attachShadow({ mode: 'closed' });
    const p = document.createElement('p');
    p.append('慰问日期：');
    const closedInput = document.createElement('input');
    closedInput.setAttribute('name', 'wwrq');
    p.append(closedInput);
    closed.append(p);

    const withoutClosed = collectFields(document);
    expect(withoutClosed.collection.fields.map((f) => f.selector)).toEqual(['#outer >>> #phone']);
    expect(withoutClosed.collection.fields[0]!.labels[0]).toEqual({ source: 'label-for', text: '联系电话' });

    const roots = new Map<Element, ShadowRoot>([[closedHost, closed]]);
    const all = collectFields(document, { shadowRootOf: (el) => roots.get(el) ?? null });
    expect(all.collection.fields.map((f) => f.selector)).toEqual(['#outer >>> #phone', '#closedHost >>> input[name="wwrq"]']);
    expect(all.elements[1]).toEqual([closedInput]);
    const keys = assignFields(all.collection.fields, { role: 'visit' }).assignments.map((a) => a.key);
    expect(keys).toEqual(['cadre.phone', 'visit.date']);
  });

  test('a contenteditable editor is one field; its children are not', () => {
    document.body.innerHTML = '<p>慰问事由：</p><div contenteditable="true"><p>第一段</p><p contenteditable="true">x</p></div>';
    const { collection } = collectFields(document);
    expect(collection.fields).toHaveLength(1);
    expect(collection.fields[0]).toMatchObject({ kind: 'contenteditable', value: '第一段x' });
    expect(assignFields(collection.fields, { role: 'visit' }).assignments.map((a) => a.key)).toEqual(['visit.reason']);
  });

  test('visibility: display:none, the hidden attribute and hidden inputs', () => {
    document.body.innerHTML = `
      <table>
        <tr><td>姓名</td><td><input name="a"></td></tr>
        <tr style="display:none"><td>性别</td><td><input name="b"></td></tr>
        <tr><td>民族</td><td><span hidden><input name="c"></span><input type="hidden" name="d"><input name="e"></td></tr>
      </table>`;
    const { collection } = collectFields(document);
    expect(Object.fromEntries(collection.fields.map((f) => [f.name, f.visible]))).toEqual({ a: true, b: false, c: false, d: false, e: true });
  });
});

describe('selectors', () => {
  test('ids only when unique and stable; names when unique; paths otherwise', () => {
    document.body.innerHTML = `
      <form id="f">
        <input id="dup" name="x"><input id="dup" name="x">
        <input id=":r1:" name="y">
        <input id="field6001">
      </form>`;
    const { collection } = collectFields(document);
    expect(collection.fields.map((f) => f.selector)).toEqual([
      '#f > input:nth-of-type(1)',
      '#f > input:nth-of-type(2)',
      'input[name="y"]',
      '#field6001',
    ]);
  });
});

describe('label cells as OA authors write them', () => {
  test('asterisks, full-width colons and spaces, &nbsp; and the first table row as a title', () => {
    document.body.innerHTML = `
      <table>
        <tr><td colspan="2" align="center"><b>慰问审批表</b></td></tr>
        <tr><td>姓名<font color="red">*</font></td><td><input name="a"></td></tr>
        <tr><td>*姓名</td><td><input name="b"></td></tr>
        <tr><td>姓\u3000名：</td><td><input name="c"></td></tr>
        <tr><td>姓名&nbsp;</td><td><input name="d"></td></tr>
        <tr><td><span style="display:none">请输入</span>电话<font color="red">＊</font>
        </td><td><input name="e"></td></tr>
        <tr><td></td><td><input name="f"></td></tr>
      </table>`;
    const { collection } = collectFields(document);
    expect(collection.fields.map((f) => f.labels[0]?.text)).toEqual(['姓名*', '*姓名', '姓　名：', '姓名', '电话＊', undefined]);
    expect(collection.fields.slice(0, 4).map((f) => labelKey(f.labels[0]!.text))).toEqual(['姓名', '姓名', '姓名', '姓名']);
    expect(collection.fields.slice(0, 5).every((f) => f.section === '慰问审批表')).toBe(true);
    expect(collection.headings).toEqual(['慰问审批表']);
  });

  test('radio groups with the same name in two forms stay apart', () => {
    document.body.innerHTML = `
      <form><label>性别</label><input type="radio" name="sex" value="1">男<input type="radio" name="sex" value="2">女</form>
      <form><label>性别</label><input type="radio" name="sex" value="1">男<input type="radio" name="sex" value="2">女</form>`;
    const { collection, elements } = collectFields(document);
    expect(collection.fields.map((f) => f.kind)).toEqual(['radio-group', 'radio-group']);
    expect(elements.map((e) => e.length)).toEqual([2, 2]);
  });
});
