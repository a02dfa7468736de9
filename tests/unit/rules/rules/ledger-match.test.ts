import { describe, expect, it } from 'vitest';
import { ledgerMatchRule } from '../../../../core/rules/rules/ledger-match';
import { makeCadre, makeIdNumber, runRule, severities } from '../helpers';

const cadre = makeCadre({ category: '退休', rank: '厅局级' });
const form = (extra: Record<string, string>) => ({
  'cadre.name': '张建国',
  'cadre.idNumber': cadre.idNumber!,
  'cadre.category': '退休',
  'cadre.rank': '厅局级',
  ...extra,
});

describe('ledger-match', () => {
  it('passes a form that copies the ledger', () => {
    expect(runRule(ledgerMatchRule, { form: form({}), cadre })).toEqual([]);
  });

  it('passes the OA’s own words for the same category and rank, and a spaced name', () => {
    expect(runRule(ledgerMatchRule, { form: form({ 'cadre.name': '张 建国', 'cadre.category': '退休干部', 'cadre.rank': '正厅级' }), cadre })).toEqual([]);
    expect(runRule(ledgerMatchRule, { form: form({ 'cadre.idNumber': cadre.idNumber!.toLowerCase() }), cadre })).toEqual([]);
  });

  it('blocks another name or ID number', () => {
    const findings = runRule(ledgerMatchRule, { form: form({ 'cadre.name': '张建军', 'cadre.idNumber': makeIdNumber('1936-10-23', '135') }), cadre });
    expect(findings.map((f) => f.fields[0])).toEqual(['cadre.name', 'cadre.idNumber']);
    expect(findings[0]!.message).toBe('表单姓名“张建军”与台账“张建国”不一致');
    // ID numbers are masked in messages
    expect(findings[1]!.message).not.toContain(cadre.idNumber!.slice(6, 14));
  });

  it('blocks another category or rank', () => {
    const findings = runRule(ledgerMatchRule, { form: form({ 'cadre.category': '离休', 'cadre.rank': '处级' }), cadre });
    expect(severities(findings)).toEqual(['block', 'block']);
    expect(findings[1]!.message).toBe('表单职级“处级”与台账“厅局级”不一致');
  });

  it('warns a category it cannot read', () => {
    expect(runRule(ledgerMatchRule, { form: form({ 'cadre.category': '在职' }), cadre })).toEqual([
      expect.objectContaining({ severity: 'warn', fields: ['cadre.category'] }),
    ]);
  });
});
