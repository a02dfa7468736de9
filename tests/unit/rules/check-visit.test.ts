import { describe, expect, it } from 'vitest';
import { checkVisit } from '../../../core/rules/check-visit';
import type { Rule } from '../../../core/rules/rule';
import { TODAY, makeCadre, makeStandard } from './helpers';

const cap = (effectiveFrom: string, amount: number) =>
  makeStandard({ id: `std-${effectiveFrom}`, name: `${effectiveFrom}版`, effectiveFrom, perVisitCaps: [{ visitType: '住院看望', cap: amount, ref: `${effectiveFrom}第八条` }] });

describe('checkVisit', () => {
  const form = (date: string) => ({ 'visit.type': '住院看望', 'visit.date': date, 'visit.amount': '1500' });

  it('checks each visit against the version in force on its date', () => {
    const standards = [cap('2024-01-01', 1000), cap('2026-07-01', 2000)];
    const before = checkVisit({ form: form('2026-06-30'), standards, today: TODAY });
    expect(before.map((f) => f.ref)).toEqual(['2024-01-01第八条']);
    const after = checkVisit({ form: form('2026-07-01'), standards, today: TODAY });
    expect(after.filter((f) => f.ruleId === 'per-visit-cap')).toEqual([]);
  });

  it('uses the apply date, then today, when the form has no visit date', () => {
    const standards = [cap('2024-01-01', 1000), cap('2026-07-01', 2000)];
    const f = { 'visit.type': '住院看望', 'visit.applyDate': '2026-05-01', 'visit.amount': '1500' };
    expect(checkVisit({ form: f, standards, today: TODAY }).some((x) => x.ruleId === 'per-visit-cap')).toBe(true);
    const g = { 'visit.type': '住院看望', 'visit.amount': '1500' };
    expect(checkVisit({ form: g, standards, today: TODAY }).some((x) => x.ruleId === 'per-visit-cap')).toBe(false);
  });

  it('lists block, then warn, then info, and skips disabled rules', () => {
    const standards = [
      makeStandard({
        perVisitCaps: [{ visitType: '住院看望', cap: 1000 }],
        approvalThresholds: [{ over: 500, level: '分管领导' }],
        requiredFields: [{ fields: ['visit.reason'] }],
      }),
    ];
    const f = { 'visit.type': '住院看望', 'visit.date': '2026-03-01', 'visit.amount': '900' };
    const all = checkVisit({ form: f, standards, today: TODAY });
    expect(all.map((x) => `${x.severity}:${x.ruleId}`)).toEqual(['block:required-fields', 'warn:per-visit-cap', 'info:approval-level']);
    const some = checkVisit({ form: f, standards, today: TODAY, disabled: ['required-fields'] });
    expect(some.map((x) => x.ruleId)).toEqual(['per-visit-cap', 'approval-level']);
  });

  it('turns a failing rule into a warning instead of losing the other findings', () => {
    const broken: Rule = { id: 'broken', title: { zh: '故障规则', en: 'Broken' }, check: () => { throw new Error('boom'); } };
    const fine: Rule = { id: 'fine', title: { zh: '正常', en: 'Fine' }, check: () => [{ ruleId: 'fine', severity: 'info', message: '好', fields: [] }] };
    const findings = checkVisit({ form: {}, standards: [], today: TODAY, rules: [broken, fine] });
    expect(findings.map((f) => f.ruleId)).toEqual(['broken', 'fine']);
    expect(findings[0]!.message).toContain('规则“故障规则”运行出错');
  });

  it('prefers the ledger’s category and rank to the form’s when choosing a cap', () => {
    const standards = [makeStandard({ perVisitCaps: [{ visitType: '节日慰问', cap: 300 }, { visitType: '节日慰问', category: '离休', cap: 800 }] })];
    const f = { 'visit.type': '节日慰问', 'visit.date': '2026-02-10', 'visit.total': '600', 'cadre.category': '离休' };
    const withLedger = checkVisit({ form: f, cadre: makeCadre({ category: '退休' }), standards, today: TODAY, disabled: ['ledger-match'] });
    expect(withLedger.some((x) => x.ruleId === 'per-visit-cap' && x.severity === 'block')).toBe(true);
    const formOnly = checkVisit({ form: f, standards, today: TODAY });
    expect(formOnly.filter((x) => x.ruleId === 'per-visit-cap')).toEqual([]);
  });
});
