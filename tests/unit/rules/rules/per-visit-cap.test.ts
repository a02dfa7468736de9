import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perVisitCapRule } from '../../../../core/rules/rules/per-visit-cap';
import { formatAmountField } from '../../../../core/rules/money';
import { makeCadre, makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({
  perVisitCaps: [
    { visitType: '住院看望', tier: '一般', cap: 1000, ref: '《管理办法》第八条' },
    { visitType: '住院看望', tier: '重大疾病', cap: 2000, ref: '《管理办法》第八条' },
    { visitType: '节日慰问', festival: '春节', cap: 500, ref: '第三条' },
    { visitType: '节日慰问', cap: 300, ref: '第三条' },
    { visitType: '节日慰问', festival: '春节', category: '离休', rank: '厅局级', cap: 800, ref: '第三条' },
    { visitType: '困难帮扶', measure: '慰问金', cap: 1500, ref: '第十一条' },
  ],
});

const hospital = (tier: string, amount: string) => ({ 'visit.type': '住院看望', 'visit.hospitalTier': tier, 'visit.amount': amount, 'visit.date': '2026-03-10' });

describe('per-visit-cap', () => {
  it('passes an amount well under the cap of its tier', () => {
    expect(runRule(perVisitCapRule, { form: hospital('一般', '700'), standard })).toEqual([]);
  });

  it('passes a 离休 厅局级 春节 visit under its own, higher cap', () => {
    const cadre = makeCadre({ category: '离休', rank: '厅局级' });
    const form = { 'visit.type': '节日慰问', 'visit.festival': '春节', 'visit.goodsValue': '600', 'visit.date': '2026-02-10' };
    expect(runRule(perVisitCapRule, { form, cadre, standard })).toEqual([]);
  });

  it('blocks an amount over the cap, stating the limit, the value and the clause', () => {
    const findings = runRule(perVisitCapRule, { form: hospital('重大疾病', '2,500.00'), standard });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'per-visit-cap',
        severity: 'block',
        ref: '《管理办法》第八条',
        fields: ['visit.amount'],
        message: '住院看望（重大疾病）单次慰问金额 2,500.00 元，超过标准 2,000.00 元（《管理办法》第八条）',
      }),
    ]);
  });

  it('warns from 80% of the cap', () => {
    const findings = runRule(perVisitCapRule, { form: hospital('重大疾病', '1700'), standard });
    expect(severities(findings)).toEqual(['warn']);
    expect(findings[0]!.message).toContain('已达标准 2,000.00 元的 85%');
  });

  it('blocks a 退休 春节 visit over the 春节 cap though 离休 厅局级 may have more', () => {
    const cadre = makeCadre({ category: '退休', rank: '厅局级' });
    const form = { 'visit.type': '节日慰问', 'visit.festival': '春节', 'visit.total': '600', 'visit.date': '2026-02-10' };
    const findings = runRule(perVisitCapRule, { form, cadre, standard });
    expect(severities(findings)).toEqual(['block']);
    expect(findings[0]!.message).toContain('超过标准 500.00 元');
  });

  it('measures cash only when the cap says 慰问金', () => {
    const form = { 'visit.type': '困难帮扶', 'visit.amount': '1600', 'visit.goodsValue': '100', 'visit.date': '2026-03-10' };
    const findings = runRule(perVisitCapRule, { form, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', fields: ['visit.amount'] })]);
    expect(findings[0]!.message).toContain('单次慰问金 1,600.00 元');
  });

  it('blocks exactly when over the cap and warns exactly from 80% (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000_000 }), fc.integer({ min: 0, max: 20_000_000 }), (capFen, valueFen) => {
        const s = makeStandard({ perVisitCaps: [{ visitType: '其他', cap: capFen / 100 }] });
        const form = { 'visit.type': '其他', 'visit.amount': formatAmountField(valueFen), 'visit.date': '2026-03-10' };
        const got = severities(runRule(perVisitCapRule, { form, standard: s }));
        const expected = valueFen > capFen ? ['block'] : valueFen > 0 && valueFen * 10 >= capFen * 8 ? ['warn'] : [];
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
