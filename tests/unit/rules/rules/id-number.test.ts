import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idNumberRule } from '../../../../core/rules/rules/id-number';
import { makeIdNumber, runRule, severities } from '../helpers';

const valid = makeIdNumber('1936-10-23', '123'); // odd sequence: male

describe('id-number', () => {
  it('passes a valid number with matching birth date and gender', () => {
    expect(runRule(idNumberRule, { form: { 'cadre.idNumber': valid, 'cadre.birthDate': '1936年10月23日', 'cadre.gender': '男' } })).toEqual([]);
  });

  it('passes a legacy 15-digit number (converted) and a lower-case x', () => {
    expect(runRule(idNumberRule, { form: { 'cadre.idNumber': '420106361023123' } })).toEqual([]);
    const withX = Array.from({ length: 999 }, (_, i) => makeIdNumber('1940-01-02', String(i + 1).padStart(3, '0'))).find((n) => n.endsWith('X'))!;
    expect(runRule(idNumberRule, { form: { 'cadre.idNumber': withX.toLowerCase() } })).toEqual([]);
  });

  it('blocks a wrong check digit', () => {
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const findings = runRule(idNumberRule, { form: { 'cadre.idNumber': wrong } });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', fields: ['cadre.idNumber'] })]);
    expect(findings[0]!.message).toContain('校验位不正确');
  });

  it('blocks a number of the wrong length', () => {
    expect(runRule(idNumberRule, { form: { 'cadre.idNumber': '4201061936' } })[0]!.message).toContain('应为 18 位');
  });

  it('blocks a birth date or gender that disagrees with the number', () => {
    const findings = runRule(idNumberRule, { form: { 'cadre.idNumber': valid, 'cadre.birthDate': '1936-10-24', 'cadre.gender': '女' } });
    expect(severities(findings)).toEqual(['block', 'block']);
    expect(findings[0]!.message).toBe('出生日期 1936-10-24 与身份证号中的 1936-10-23 不一致');
  });

  it('refuses any single-digit change (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + String(digit) + valid.slice(pos + 1);
        expect(severities(runRule(idNumberRule, { form: { 'cadre.idNumber': changed } }))).toEqual(['block']);
      }),
    );
  });
});
