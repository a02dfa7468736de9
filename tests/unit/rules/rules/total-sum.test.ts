import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { totalSumRule } from '../../../../core/rules/rules/total-sum';
import { formatAmountField } from '../../../../core/rules/money';
import { rowKey } from '../../../../core/model/field-keys';
import { runRule, severities } from '../helpers';

describe('total-sum', () => {
  it('passes 合计 = 慰问金 + 慰问品', () => {
    expect(runRule(totalSumRule, { form: { 'visit.amount': '1,000.00', 'visit.goodsValue': '400', 'visit.total': '1400.00' } })).toEqual([]);
  });

  it('passes a claim whose rows add up, and a total alone', () => {
    const form = { 'expense.total': '350.50', [rowKey('expense.row.amount', 1)]: '200', [rowKey('expense.row.amount', 2)]: '150.50' };
    expect(runRule(totalSumRule, { form })).toEqual([]);
    expect(runRule(totalSumRule, { form: { 'visit.total': '1400' } })).toEqual([]);
  });

  it('blocks a 合计 that is not the sum', () => {
    const findings = runRule(totalSumRule, { form: { 'visit.amount': '1000', 'visit.goodsValue': '400', 'visit.total': '1500' } });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block' })]);
    expect(findings[0]!.message).toBe('合计金额 1,500.00 元不等于慰问金 1,000.00 元与慰问品 400.00 元之和 1,400.00 元');
  });

  it('blocks a claim total that is not the sum of its rows', () => {
    const form = { 'expense.total': '300', 'expense.row.amount[1]': '200', 'expense.row.amount[2]': '150.50' };
    expect(runRule(totalSumRule, { form })[0]!.message).toBe('报销金额 300.00 元不等于 2 行明细金额之和 350.50 元');
  });

  it('holds for any rows (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: -1000, max: 1000 }), (rows, off) => {
        const sum = rows.reduce((a, b) => a + b, 0);
        const form: Record<string, string> = { 'expense.total': formatAmountField(Math.max(0, sum + off)) };
        rows.forEach((fen, i) => (form[rowKey('expense.row.amount', i + 1)] = formatAmountField(fen)));
        expect(severities(runRule(totalSumRule, { form }))).toEqual(Math.max(0, sum + off) === sum ? [] : ['block']);
      }),
    );
  });
});
