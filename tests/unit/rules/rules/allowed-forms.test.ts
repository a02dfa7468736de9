import { describe, expect, it } from 'vitest';
import { allowedFormsRule } from '../../../../core/rules/rules/allowed-forms';
import { makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({
  allowedForms: [
    { visitType: '节日慰问', forms: ['慰问品'], ref: '第五条' },
    { visitType: '住院看望', forms: ['慰问品', '慰问金'], ref: '第七条' },
  ],
});

describe('allowed-forms', () => {
  it('passes goods for a festival visit', () => {
    expect(runRule(allowedFormsRule, { form: { 'visit.type': '节日慰问', 'visit.form': '实物' }, standard })).toEqual([]);
  });

  it('passes cash and goods together when both are allowed', () => {
    expect(runRule(allowedFormsRule, { form: { 'visit.type': '住院看望', 'visit.form': '慰问金+慰问品' }, standard })).toEqual([]);
  });

  it('warns cash for a festival visit', () => {
    const findings = runRule(allowedFormsRule, { form: { 'visit.type': '节日慰问', 'visit.form': '慰问金' }, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', ref: '第五条', message: '节日慰问应以慰问品形式发放，表单为“慰问金”（第五条）' })]);
  });

  it('warns a form of support it cannot read, and cash with goods for a festival', () => {
    expect(severities(runRule(allowedFormsRule, { form: { 'visit.type': '节日慰问', 'visit.form': '购物卡' }, standard }))).toEqual(['warn']);
    expect(severities(runRule(allowedFormsRule, { form: { 'visit.type': '节日慰问', 'visit.form': '慰问金和慰问品' }, standard }))).toEqual(['warn']);
  });
});
