import { describe, expect, it } from 'vitest';
import { birthdayWindowRule } from '../../../../core/rules/rules/birthday-window';
import { makeCadre, makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({ birthdayWindow: { before: 15, after: 15, ref: '第九条' } });
const birthday = (date: string) => ({ 'visit.type': '生日寿辰', 'visit.date': date });
// born 1936-10-23 = 九月初九: the lunar birthday in 2026 is 2026-10-18
const solar = makeCadre({ birthDate: '1936-10-23' });
const lunar = makeCadre({ birthDate: '1936-10-23', lunarBirthday: true });

describe('birthday-window', () => {
  it('passes a visit three days before the birthday', () => {
    expect(runRule(birthdayWindowRule, { form: birthday('2026-10-20'), cadre: solar, standard })).toEqual([]);
  });

  it('passes a visit near the lunar birthday for a cadre who keeps one', () => {
    expect(runRule(birthdayWindowRule, { form: birthday('2026-10-05'), cadre: lunar, standard })).toEqual([]);
  });

  it('warns a visit weeks after the birthday', () => {
    const findings = runRule(birthdayWindowRule, { form: birthday('2026-12-01'), cadre: solar, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', ref: '第九条' })]);
    expect(findings[0]!.message).toBe('生日慰问日期 2026-12-01 不在张建国生日（2026-10-23）前 15 天至后 15 天内（第九条）');
  });

  it('warns by the lunar birthday: 18 days before the solar one is fine for it, not 18 after the lunar one', () => {
    expect(severities(runRule(birthdayWindowRule, { form: birthday('2026-10-05'), cadre: solar, standard }))).toEqual(['warn']);
    const findings = runRule(birthdayWindowRule, { form: birthday('2026-11-05'), cadre: lunar, standard });
    expect(severities(findings)).toEqual(['warn']);
    expect(findings[0]!.message).toContain('农历生日（2026-10-18）');
  });
});
