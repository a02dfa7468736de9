import { describe, expect, test } from 'vitest';
import { assignByLexicon, detectRole, isExcluded, scoreSnapshot } from '../../../core/fill/match';
import type { FieldAssignment, FieldSnapshot } from '../../../core/fill/types';
import { snap } from './snap';

/** index → key, for compact assertions */
function keys(assignments: FieldAssignment[]): Record<number, string> {
  return Object.fromEntries(assignments.map((a) => [a.snapshotIndex, a.companionOf === undefined ? a.key : `${a.key}<-${a.companionOf}`]));
}

describe('memoised scores', () => {
  test('a label and a name score apart per row flag and role, whatever was asked before', () => {
    const inRow = snap({ label: '金额', labelSource: 'table-top', row: 1, name: 'je' });
    const inForm = snap({ label: '金额', name: 'je' });
    const first = [scoreSnapshot(inRow, 'expense'), scoreSnapshot(inForm, 'expense'), scoreSnapshot(inForm, 'visit'), scoreSnapshot(inRow, 'visit')];
    expect(first[0]!.map((c) => c.key)).not.toEqual(first[1]!.map((c) => c.key));
    expect(first[0]!.every((c) => c.key.startsWith('expense.row.'))).toBe(true);
    expect(first[1]!.some((c) => c.key.startsWith('expense.row.'))).toBe(false);
    // asked again in the other order: the same answers, and callers get arrays of their own
    const again = [scoreSnapshot(inRow, 'visit'), scoreSnapshot(inForm, 'visit'), scoreSnapshot(inForm, 'expense'), scoreSnapshot(inRow, 'expense')].reverse();
    expect(again).toEqual(first);
    again[0]!.length = 0;
    expect(scoreSnapshot(inRow, 'expense')).toEqual(first[0]);
  });
});

describe('assignByLexicon', () => {
  test('gives each key to one field: the best scored, then the first', () => {
    const fields = [
      snap({ label: '姓名', labelSource: 'placeholder' }),
      snap({ label: '姓名' }),
      snap({ label: '联系电话' }),
      snap({ label: '联系电话' }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 1: 'cadre.name', 2: 'cadre.phone' });
  });

  test('a visible, editable field wins a tie over a hidden or disabled one', () => {
    const fields = [snap({ label: '慰问日期', visible: false }), snap({ label: '慰问日期', disabled: true }), snap({ label: '慰问日期' })];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 2: 'visit.date' });
  });

  test('detail rows take row keys, once per row', () => {
    const fields = [
      snap({ label: '金额', labelSource: 'table-top', row: 1 }),
      snap({ label: '金额', labelSource: 'table-top', row: 2 }),
      snap({ label: '金额', labelSource: 'table-top', row: 2 }),
      snap({ label: '日期', labelSource: 'table-top', row: 2 }),
      snap({ label: '合计' }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'expense' }))).toEqual({
      0: 'expense.row.amount[1]',
      1: 'expense.row.amount[2]',
      3: 'expense.row.date[2]',
      4: 'expense.total',
    });
  });

  test('the plain 金额 field never takes the 大写 key, and 大写 never takes the amount', () => {
    const fields = [snap({ label: '金额（大写）' }), snap({ label: '金额（小写）' })];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 0: 'visit.amountUpper', 1: 'visit.amount' });
  });

  test('an orphan 大写 field takes the twin of the money field next to it', () => {
    const fields = [
      snap({ label: '慰问金额' }),
      snap({ label: '大写' }),
      snap({ label: '合计金额' }),
      snap({ label: '大写' }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({
      0: 'visit.amount',
      1: 'visit.amountUpper',
      2: 'visit.total',
      3: 'visit.totalUpper',
    });
  });

  test('the e-cology money trio: display, hidden value and uppercase in one cell', () => {
    const cell = { label: '慰问金额（元）', group: 7 };
    const fields = [
      snap({ ...cell, name: 'field_lable6012', id: 'field_lable6012' }),
      snap({ ...cell, name: 'field6012', id: 'field6012', kind: 'hidden', inputType: 'hidden', visible: false }),
      snap({ ...cell, name: 'field_chinglish6012', id: 'field_chinglish6012', readonly: true }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({
      0: 'visit.amount',
      1: 'visit.amount<-0',
      2: 'visit.amountUpper',
    });
  });

  test('a picker: visible text input and its hidden id input (field0017_txt / field0017)', () => {
    const fields = [
      snap({ label: '经办人', name: 'field0017_txt', group: 3, readonly: true }),
      snap({ name: 'field0017', group: 3, kind: 'hidden', inputType: 'hidden', visible: false }),
      snap({ name: 'other', group: 3, kind: 'hidden', inputType: 'hidden', visible: false }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 0: 'visit.handler', 1: 'visit.handler<-0' });
  });

  test('hidden inputs are never assigned on their own', () => {
    expect(assignByLexicon([snap({ label: '姓名', kind: 'hidden', inputType: 'hidden' })], { role: 'visit' })).toEqual([]);
  });

  test('the form role decides ambiguous labels', () => {
    const fields = [snap({ label: '金额' }), snap({ label: '日期' }), snap({ label: '部门' })];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 0: 'visit.amount', 1: 'visit.applyDate', 2: 'visit.department' });
    expect(keys(assignByLexicon(fields, { role: 'expense' }))).toEqual({ 0: 'expense.total', 1: 'expense.date', 2: 'expense.department' });
  });

  test('a person section changes whose field it is', () => {
    const fields = [
      snap({ label: '姓名', section: '慰问对象信息' }),
      snap({ label: '联系电话', section: '慰问对象信息' }),
      snap({ label: '姓名', section: '领取人信息' }),
      snap({ label: '联系电话', section: '领取人信息' }),
      snap({ label: '备注', section: '离退休干部慰问审批表' }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({
      0: 'cadre.name',
      1: 'cadre.phone',
      2: 'visit.recipient',
      4: 'visit.remark',
    });
  });

  test('names and ids count when there is no label', () => {
    const fields = [snap({ name: 'sfzh' }), snap({ id: 'wwje' }), snap({ name: 'form_item_lxdh' })];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 0: 'cadre.idNumber', 1: 'visit.amount', 2: 'cadre.phone' });
  });

  test('a label beats a contradicting name', () => {
    const [first] = assignByLexicon([snap({ label: '联系电话', name: 'xm' })], { role: 'visit' });
    expect(first?.key).toBe('cadre.phone');
  });

  test('keys are only given to widgets that can hold them', () => {
    const fields = [
      snap({ label: '慰问日期', kind: 'checkbox', inputType: 'checkbox' }),
      snap({ label: '性别', kind: 'radio-group', inputType: 'radio' }),
      snap({ label: '慰问事由', kind: 'date' }),
    ];
    expect(keys(assignByLexicon(fields, { role: 'visit' }))).toEqual({ 1: 'cadre.gender' });
  });

  test('fixed (site map) assignments keep their fields and keys', () => {
    const fields = [snap({ label: '姓名' }), snap({ label: '慰问对象' })];
    const fixed: FieldAssignment[] = [{ snapshotIndex: 1, key: 'cadre.name', score: 1, via: 'sitemap' }];
    expect(assignByLexicon(fields, { role: 'visit', fixed })).toEqual(fixed);
  });

  test('the result does not depend on the order of equal candidates', () => {
    const a = [snap({ label: '经办人' }), snap({ label: '填报人' })];
    const r1 = keys(assignByLexicon(a, { role: 'visit' }));
    const r2 = keys(assignByLexicon(a, { role: 'visit' }));
    expect(r1).toEqual(r2);
    expect(r1).toEqual({ 0: 'visit.handler' });
  });
});

describe('exclusions', () => {
  test.each<[string, Partial<FieldSnapshot> & { label?: string }]>([
    ['captcha label', { label: '验证码' }],
    ['password type', { label: '姓名', inputType: 'password' }],
    ['search type', { label: '姓名', inputType: 'search' }],
    ['login form', { label: '手机号', formKind: 'login' }],
    ['search form', { label: '姓名', formKind: 'search' }],
    ['search name', { label: '姓名', name: 'keyword' }],
    ['search words in the label', { label: '输入姓名搜索' }],
    ['username id', { label: '账号', id: 'username' }],
  ])('%s', (_what, over) => {
    const s = snap(over);
    expect(isExcluded(s) || scoreSnapshot(s, 'visit').length === 0).toBe(true);
    expect(assignByLexicon([s], { role: 'visit' })).toEqual([]);
  });
});

describe('detectRole', () => {
  test('headings decide first; 报销 wins over 慰问', () => {
    expect(detectRole([], ['离退休干部慰问审批表'])).toBe('visit');
    expect(detectRole([], ['慰问费报销单'])).toBe('expense');
  });

  test('otherwise labels that belong to one form are counted', () => {
    expect(detectRole([snap({ label: '报销人' }), snap({ label: '附件张数' }), snap({ label: '姓名' })])).toBe('expense');
    expect(detectRole([snap({ label: '慰问形式' }), snap({ label: '原工作单位' }), snap({ label: '金额' })])).toBe('visit');
    expect(detectRole([])).toBe('visit');
  });
});
