import { describe, expect, test } from 'vitest';
import { buildFillPlan, parseAmount } from '../../../core/fill/plan';
import type { FieldAssignment, FieldSnapshot, FillStep } from '../../../core/fill/types';
import { snap } from './snap';

const opt = (...texts: string[]) => texts.map((text, i) => ({ value: `v${i}`, text, selected: false }));

function plan(fields: FieldSnapshot[], keys: (string | [string, number])[], values: Record<string, string>, extra: { overwrite?: boolean; amountInWords?: (n: number) => string } = {}): FillStep[] {
  const assignments: FieldAssignment[] = keys.map((k, i) =>
    Array.isArray(k) ? { snapshotIndex: i, key: k[0], score: 1, via: 'lexicon', companionOf: k[1] } : { snapshotIndex: i, key: k, score: 1, via: 'lexicon' },
  );
  return buildFillPlan({ framePath: '', snapshots: fields, assignments, values, ...extra }).steps;
}

describe('buildFillPlan', () => {
  test('money with two decimals, its hidden companion the same, 大写 spelled by the given function', () => {
    const steps = plan(
      [snap({ name: 'field_lable6012' }), snap({ name: 'field6012', kind: 'hidden', inputType: 'hidden' }), snap({ name: 'dx' })],
      ['visit.amount', ['visit.amount', 0], 'visit.amountUpper'],
      { 'visit.amount': '1,200.5' },
      { amountInWords: (n) => `大写(${n})` },
    );
    expect(steps.map((s) => s.value)).toEqual([
      { kind: 'money', text: '1200.50', amount: 1200.5 },
      { kind: 'money', text: '1200.50', amount: 1200.5 },
      { kind: 'text', text: '大写(1200.5)' },
    ]);
  });

  test('dates in the format each field expects', () => {
    const steps = plan(
      [
        snap({ kind: 'date', formatHint: 'yyyy年MM月dd日', component: 'my97', readonly: true }),
        snap({ placeholder: 'yyyy/mm/dd' }),
        snap({ kind: 'date', inputType: 'date' }),
      ],
      ['visit.date', 'visit.applyDate', 'cadre.birthDate'],
      { 'visit.date': '2026-01-05', 'visit.applyDate': '2026年1月4日', 'cadre.birthDate': '1940/3/8' },
    );
    expect(steps.map((s) => (s.value?.kind === 'date' ? s.value.text : s.skip))).toEqual(['2026年01月05日', '2026/01/04', '1940-03-08']);
  });

  test('selects and radios by visible text; never a guess', () => {
    const steps = plan(
      [
        snap({ kind: 'select', options: opt('--请选择--', '离休干部', '退休干部') }),
        snap({ kind: 'radio-group', inputType: 'radio', options: opt('男', '女') }),
        snap({ kind: 'select', options: opt('请选择', '节日慰问') }),
        snap({ kind: 'select', component: 'el-select' }),
      ],
      ['cadre.category', 'cadre.gender', 'visit.type', 'visit.festival'],
      { 'cadre.category': '离休', 'cadre.gender': '女性', 'visit.type': '困难帮扶', 'visit.festival': '重阳' },
    );
    expect(steps.map((s) => s.value ?? s.skip)).toEqual([
      { kind: 'option', optionIndex: 1, optionText: '离休干部' },
      { kind: 'option', optionIndex: 1, optionText: '女' },
      'no-matching-option',
      { kind: 'text', text: '重阳' },
    ]);
  });

  test('checkbox groups and single checkboxes', () => {
    const steps = plan(
      [snap({ kind: 'checkbox-group', inputType: 'checkbox', options: opt('慰问金', '慰问品') }), snap({ kind: 'checkbox', inputType: 'checkbox', options: opt('慰问金') })],
      ['visit.form', 'visit.goods'],
      { 'visit.form': '慰问金、慰问品', 'visit.goods': '是' },
    );
    expect(steps.map((s) => s.value)).toEqual([
      { kind: 'options', optionIndexes: [0, 1] },
      { kind: 'check', checked: true },
    ]);
  });

  test('skips: no value, disabled, readonly text, a value the person typed, a bad date, a picker id', () => {
    const steps = plan(
      [
        snap({}),
        snap({ disabled: true }),
        snap({ readonly: true }),
        snap({ value: '张三' }),
        snap({}),
        snap({ kind: 'hidden', inputType: 'hidden' }),
      ],
      ['visit.remark', 'cadre.name', 'visit.formNumber', 'visit.handler', 'visit.date', ['visit.handler', 3]],
      { 'cadre.name': '李四', 'visit.formNumber': 'X', 'visit.handler': '王五', 'visit.date': '明天' },
    );
    expect(steps.map((s) => s.skip)).toEqual(['no-value', 'disabled', 'readonly', 'user-value', 'invalid-value', 'unsupported-widget']);
    expect(steps[3]!.before).toBe('张三');
  });

  test('overwrite writes over a typed value; an equal value is not a conflict', () => {
    const fields = [snap({ value: '张三' }), snap({ value: '100.00' })];
    expect(plan(fields, ['visit.handler', 'visit.amount'], { 'visit.handler': '王五', 'visit.amount': '100' }, { overwrite: true }).map((s) => s.skip)).toEqual([undefined, undefined]);
    expect(plan(fields, ['visit.handler', 'visit.amount'], { 'visit.handler': '王五', 'visit.amount': '100' }).map((s) => s.skip)).toEqual(['user-value', undefined]);
  });

  test('row keys take their own values', () => {
    const steps = plan([snap({ row: 1 }), snap({ row: 2 })], ['expense.row.amount[1]', 'expense.row.amount[2]'], {
      'expense.row.amount[1]': '300',
      'expense.row.amount[2]': '500',
    });
    expect(steps.map((s) => (s.value?.kind === 'money' ? s.value.text : s.skip))).toEqual(['300.00', '500.00']);
  });
});

test('parseAmount', () => {
  expect(parseAmount('￥1,200.456')).toBe(1200.46);
  expect(parseAmount('800元')).toBe(800);
  expect(parseAmount('八百')).toBeNull();
});
