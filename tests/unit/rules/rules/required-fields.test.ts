import { describe, expect, it } from 'vitest';
import { requiredFieldsRule } from '../../../../core/rules/rules/required-fields';
import { makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({
  requiredFields: [
    { fields: ['cadre.name', 'visit.type', 'visit.date'], ref: '第十四条' },
    { visitTypes: ['住院看望'], fields: ['visit.hospital', 'visit.admissionDate'], ref: '第十四条' },
  ],
});
const base = { 'cadre.name': '张建国', 'visit.date': '2026-03-10' };

describe('required-fields', () => {
  it('passes a complete hospital visit', () => {
    const form = { ...base, 'visit.type': '住院看望', 'visit.hospital': '省人民医院', 'visit.admissionDate': '2026-03-08' };
    expect(runRule(requiredFieldsRule, { form, standard })).toEqual([]);
  });

  it('does not ask a festival visit for a hospital', () => {
    expect(runRule(requiredFieldsRule, { form: { ...base, 'visit.type': '春节慰问' }, standard })).toEqual([]);
  });

  it('blocks a hospital visit without hospital and admission date, naming both', () => {
    const findings = runRule(requiredFieldsRule, { form: { ...base, 'visit.type': '住院看望', 'visit.hospital': '  ' }, standard });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'block', ref: '第十四条', fields: ['visit.hospital', 'visit.admissionDate'], message: '住院看望须填写：所在医院、入院日期（第十四条）' }),
    ]);
  });

  it('blocks a form missing fields every visit needs, and a visit type it cannot read', () => {
    const findings = runRule(requiredFieldsRule, { form: { 'visit.type': '走亲访友' }, standard });
    expect(severities(findings)).toEqual(['block', 'block']);
    expect(findings[0]!.message).toContain('无法识别慰问类型“走亲访友”');
    expect(findings[1]!.fields).toEqual(['cadre.name', 'visit.date']);
  });
});
