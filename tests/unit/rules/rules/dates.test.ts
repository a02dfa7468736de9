import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datesRule } from '../../../../core/rules/rules/dates';
import { addDays } from '../../../../core/model/validators/dates';
import { TODAY, makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({ dateRules: { emergencyVisitTypes: ['住院看望', '去世吊唁'], ref: '第十五条' } });

describe('dates', () => {
  it('passes a visit planned after its approval', () => {
    const form = { 'visit.type': '节日慰问', 'visit.applyDate': '2026-11-20', 'visit.date': '2027-01-25' };
    expect(runRule(datesRule, { form, standard })).toEqual([]);
  });

  it('passes an emergency visit made before the form was filed', () => {
    const form = { 'visit.type': '住院看望', 'visit.applyDate': '2026-11-20', 'visit.date': '2026-11-18', 'visit.admissionDate': '2026-11-17' };
    expect(runRule(datesRule, { form, standard })).toEqual([]);
  });

  it('blocks an apply date after today', () => {
    const findings = runRule(datesRule, { form: { 'visit.applyDate': '2026年12月1日' }, standard });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'block', fields: ['visit.applyDate'], message: `申请日期 2026-12-01 晚于今天 ${TODAY}（第十五条）` }),
    ]);
  });

  it('blocks a festival visit before its approval', () => {
    const form = { 'visit.type': '节日慰问', 'visit.applyDate': '2026-11-20', 'visit.date': '2026-11-10' };
    const findings = runRule(datesRule, { form, standard });
    expect(severities(findings)).toEqual(['block']);
    expect(findings[0]!.message).toBe('慰问日期 2026-11-10 早于申请日期 2026-11-20，应先审批后慰问（仅住院看望、去世吊唁可先慰问后补办）（第十五条）');
  });

  it('blocks dates that do not exist and a visit before the admission', () => {
    const findings = runRule(datesRule, { form: { 'visit.type': '住院看望', 'visit.deathDate': '2026-02-30', 'visit.admissionDate': '2026-03-12', 'visit.date': '2026-03-10' }, standard });
    expect(findings.map((f) => f.fields[0])).toEqual(['visit.deathDate', 'visit.admissionDate']);
    expect(findings[0]!.message).toBe('去世日期“2026-02-30”不是有效日期');
  });

  it('blocks an apply date exactly when it is after today (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (offset) => {
        const form = { 'visit.applyDate': addDays(TODAY, offset) };
        expect(severities(runRule(datesRule, { form, standard }))).toEqual(offset > 0 ? ['block'] : []);
      }),
    );
  });
});
