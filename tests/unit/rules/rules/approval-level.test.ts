import { describe, expect, it } from 'vitest';
import { approvalLevelRule } from '../../../../core/rules/rules/approval-level';
import { makeStandard, runRule } from '../helpers';

const standard = makeStandard({
  approvalThresholds: [
    { over: 1000, level: '分管领导', ref: '第十六条' },
    { over: 5000, level: '集体研究', ref: '第十六条' },
  ],
});

describe('approval-level', () => {
  it('says nothing under the first threshold', () => {
    expect(runRule(approvalLevelRule, { form: { 'visit.amount': '800' }, standard })).toEqual([]);
  });

  it('says nothing at exactly the threshold (over means over)', () => {
    expect(runRule(approvalLevelRule, { form: { 'visit.total': '1000.00' }, standard })).toEqual([]);
  });

  it('tells the level for an amount over the first threshold', () => {
    expect(runRule(approvalLevelRule, { form: { 'visit.amount': '1200' }, standard })).toEqual([
      expect.objectContaining({ severity: 'info', ref: '第十六条', message: '慰问金额 1,200.00 元超过 1,000.00 元，须报分管领导审批（第十六条）' }),
    ]);
  });

  it('tells the highest level passed', () => {
    const findings = runRule(approvalLevelRule, { form: { 'visit.amount': '4000', 'visit.goodsValue': '2000' }, standard });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('须报集体研究审批');
  });
});
