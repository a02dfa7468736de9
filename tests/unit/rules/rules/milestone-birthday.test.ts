import { describe, expect, it } from 'vitest';
import { milestoneBirthdayRule } from '../../../../core/rules/rules/milestone-birthday';
import { makeCadre, makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({ milestones: [80, 90, 100], ageMode: '周岁', milestoneRef: '第九条' });
const nominal = makeStandard({ milestones: [80, 90, 100], ageMode: '虚岁', milestoneRef: '第九条' });
const birthday = (date: string, extra: Record<string, string> = {}) => ({ 'visit.type': '生日寿辰', 'visit.date': date, ...extra });

describe('milestone-birthday', () => {
  const ninety = makeCadre({ birthDate: '1936-10-23' });

  it('passes a 90th birthday visit a few days before the birthday', () => {
    expect(runRule(milestoneBirthdayRule, { form: birthday('2026-10-20'), cadre: ninety, standard })).toEqual([]);
  });

  it('passes a 90 虚岁 birthday in the year the cadre turns 89 周岁', () => {
    // 虚岁 on 2025-10-20: lunar 2025 - lunar 1936 + 1 = 90
    expect(runRule(milestoneBirthdayRule, { form: birthday('2025-10-20'), cadre: ninety, standard: nominal })).toEqual([]);
  });

  it('blocks a birthday visit for an age that is not a milestone', () => {
    const findings = runRule(milestoneBirthdayRule, { form: birthday('2025-10-20'), cadre: ninety, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', ref: '第九条' })]);
    expect(findings[0]!.message).toBe('生日寿辰慰问限 80、90、100 岁（周岁），张建国（1936-10-23 出生）在 2025-10-20 为 89 岁（第九条）');
  });

  it('blocks by 虚岁 when the standard counts 虚岁', () => {
    // 2026: 虚岁 91
    expect(severities(runRule(milestoneBirthdayRule, { form: birthday('2026-10-20'), cadre: ninety, standard: nominal }))).toEqual(['block']);
  });

  it('warns when the age on the form disagrees with the birth date', () => {
    const findings = runRule(milestoneBirthdayRule, { form: birthday('2026-10-20', { 'cadre.age': '88' }), cadre: ninety, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', fields: ['cadre.age'] })]);
    expect(runRule(milestoneBirthdayRule, { form: birthday('2026-10-20', { 'cadre.age': '90岁' }), cadre: ninety, standard })).toEqual([]);
  });

  it('reads the birth date from the form’s ID number when there is no ledger cadre', () => {
    const form = birthday('2026-10-20', { 'cadre.idNumber': ninety.idNumber! });
    expect(runRule(milestoneBirthdayRule, { form, standard })).toEqual([]);
    expect(severities(runRule(milestoneBirthdayRule, { form: birthday('2026-10-20'), standard }))).toEqual(['info']);
  });
});
