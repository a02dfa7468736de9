import { describe, expect, it } from 'vitest';
import { standardInForceRule } from '../../../../core/rules/rules/standard-in-force';
import { exampleStandard } from '../../../../core/rules/default-standard';
import { makeStandard, runRule, severities } from '../helpers';

const form = { 'visit.type': '节日慰问', 'visit.date': '2026-02-10' };

describe('standard-in-force', () => {
  it('says nothing when the office’s own standard is in force', () => {
    expect(runRule(standardInForceRule, { form, standard: makeStandard() })).toEqual([]);
  });

  it('says nothing for a version whose dates cover the visit', () => {
    expect(runRule(standardInForceRule, { form, standard: makeStandard({ effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' }) })).toEqual([]);
  });

  it('warns when no version is in force on the visit day', () => {
    const findings = runRule(standardInForceRule, { form, standard: makeStandard({ effectiveFrom: '2026-03-01' }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', message: '没有在 2026-02-10 生效的经费标准，未按标准核对金额、次数和时间' })]);
    expect(severities(runRule(standardInForceRule, { form, standard: null }))).toEqual(['warn']);
  });

  it('tells when the shipped example is what checks the form', () => {
    const findings = runRule(standardInForceRule, { form, standard: exampleStandard() });
    expect(severities(findings)).toEqual(['info']);
    expect(findings[0]!.message).toContain('示例标准');
  });
});
