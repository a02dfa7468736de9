import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyFormatRule } from '../../../../core/rules/rules/money-format';
import { formatYuan } from '../../../../core/rules/money';
import { runRule, severities } from '../helpers';

describe('money-format', () => {
  it('passes amounts as offices type them', () => {
    expect(runRule(moneyFormatRule, { form: { 'visit.amount': '2,500.00', 'visit.goodsValue': '￥300', 'visit.total': '2800元' } })).toEqual([]);
  });

  it('passes detail rows and ignores text fields', () => {
    expect(runRule(moneyFormatRule, { form: { 'expense.row.amount[1]': '100.5', 'visit.reason': '看望慰问' } })).toEqual([]);
  });

  it('blocks words and negative numbers', () => {
    const findings = runRule(moneyFormatRule, { form: { 'visit.amount': '三百', 'visit.total': '-5' } });
    expect(findings.map((f) => f.fields[0])).toEqual(['visit.amount', 'visit.total']);
    expect(findings[0]!.message).toBe('慰问金额“三百”不是有效金额（应为数字，最多两位小数）');
  });

  it('blocks a third decimal place, also in a detail row', () => {
    expect(severities(runRule(moneyFormatRule, { form: { 'expense.row.amount[2]': '12.345' } }))).toEqual(['block']);
  });

  it('accepts every amount written with two decimals and commas (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (fen) => {
        expect(runRule(moneyFormatRule, { form: { 'visit.amount': formatYuan(fen) } })).toEqual([]);
      }),
    );
  });
});
