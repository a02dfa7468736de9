import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountUpperRule } from '../../../../core/rules/rules/amount-upper';
import { formatAmountField } from '../../../../core/rules/money';
import { fenToRmbUpper } from '../../../../core/model/validators/rmb';
import { runRule, severities } from '../helpers';

describe('amount-upper', () => {
  it('passes both legal spellings of an amount', () => {
    expect(runRule(amountUpperRule, { form: { 'visit.amount': '1680.32', 'visit.amountUpper': '壹仟陆佰捌拾元叁角贰分' } })).toEqual([]);
    expect(runRule(amountUpperRule, { form: { 'visit.amount': '1,680.32', 'visit.amountUpper': '人民币壹仟陆佰捌拾元零叁角贰分' } })).toEqual([]);
  });

  it('passes the total pair and a claim total', () => {
    expect(runRule(amountUpperRule, { form: { 'visit.total': '2000', 'visit.totalUpper': '贰仟元整', 'expense.total': '300', 'expense.totalUpper': '叁佰元整' } })).toEqual([]);
  });

  it('blocks a 大写 for another amount', () => {
    const findings = runRule(amountUpperRule, { form: { 'visit.amount': '1200', 'visit.amountUpper': '壹仟元整' } });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', fields: ['visit.amountUpper', 'visit.amount'] })]);
    expect(findings[0]!.message).toBe('金额大写“壹仟元整”（1,000.00 元）与小写金额 1,200.00 元不一致');
  });

  it('blocks colloquial numerals that are no legal 大写', () => {
    expect(severities(runRule(amountUpperRule, { form: { 'visit.total': '1000', 'visit.totalUpper': '一千元整' } }))).toEqual(['block']);
  });

  it('matches its own 大写 and no neighbouring amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 1, max: 100_000 }), (fen, delta) => {
        const upper = fenToRmbUpper(fen);
        expect(runRule(amountUpperRule, { form: { 'visit.amount': formatAmountField(fen), 'visit.amountUpper': upper } })).toEqual([]);
        expect(severities(runRule(amountUpperRule, { form: { 'visit.amount': formatAmountField(fen + delta), 'visit.amountUpper': upper } }))).toEqual(['block']);
      }),
      { numRuns: 200 },
    );
  });
});
