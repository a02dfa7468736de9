import { describe, expect, it } from 'vitest';
import { aliveRule } from '../../../../core/rules/rules/alive';
import { makeCadre, runRule, severities } from '../helpers';

const living = makeCadre();
const died = makeCadre({ alive: false, deathDate: '2026-05-01', spouse: { name: '王秀英', status: '健在' } });

describe('alive: festival, birthday, hospital visits', () => {
  it('passes a festival visit to a living cadre', () => {
    expect(runRule(aliveRule, { form: { 'visit.type': '节日慰问', 'visit.date': '2026-09-20' }, cadre: living })).toEqual([]);
  });

  it('passes a visit dated before the death', () => {
    expect(runRule(aliveRule, { form: { 'visit.type': '住院看望', 'visit.date': '2026-04-20' }, cadre: died })).toEqual([]);
  });

  it('blocks a festival visit after the death', () => {
    const findings = runRule(aliveRule, { form: { 'visit.type': '节日慰问', 'visit.date': '2026-09-20' }, cadre: died });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block' })]);
    expect(findings[0]!.message).toBe('台账记载张建国已于 2026-05-01 去世，不能在其后进行节日慰问');
  });

  it('blocks a birthday visit for a cadre recorded as deceased without a date', () => {
    const cadre = makeCadre({ alive: false });
    expect(severities(runRule(aliveRule, { form: { 'visit.type': '生日寿辰', 'visit.date': '2026-09-20' }, cadre }))).toEqual(['block']);
  });
});

describe('alive: bereavement', () => {
  it('passes a bereavement for a deceased cadre', () => {
    const form = { 'visit.type': '去世吊唁', 'visit.date': '2026-05-03', 'visit.recipientRelation': '配偶' };
    expect(runRule(aliveRule, { form, cadre: died })).toEqual([]);
  });

  it('passes a bereavement of a living cadre’s close relative', () => {
    const form = { 'visit.type': '去世吊唁', 'visit.date': '2026-05-03', 'visit.hospitalTier': '直系亲属' };
    expect(runRule(aliveRule, { form, cadre: living })).toEqual([]);
    const byRecipient = { 'visit.type': '去世吊唁', 'visit.date': '2026-05-03', 'visit.recipientRelation': '本人' };
    expect(runRule(aliveRule, { form: byRecipient, cadre: living })).toEqual([]);
  });

  it('blocks a bereavement for a cadre the ledger says is alive', () => {
    const findings = runRule(aliveRule, { form: { 'visit.type': '去世吊唁', 'visit.date': '2026-05-03' }, cadre: living });
    expect(severities(findings)).toEqual(['block']);
    expect(findings[0]!.message).toContain('台账记载张建国健在');
  });

  it('warns when the death date differs from the ledger', () => {
    const form = { 'visit.type': '去世吊唁', 'visit.date': '2026-05-03', 'visit.deathDate': '2026-04-30' };
    expect(severities(runRule(aliveRule, { form, cadre: died }))).toEqual(['warn']);
  });
});

describe('alive: 遗属 visits', () => {
  const spring = { 'visit.type': '遗属慰问', 'visit.festival': '春节', 'visit.date': '2027-01-25' };

  it('passes a visit to the surviving spouse of a deceased cadre', () => {
    expect(runRule(aliveRule, { form: { ...spring, 'visit.recipientRelation': '配偶' }, cadre: died })).toEqual([]);
  });

  it('passes a visit to a survivor kept in the ledger as 遗属', () => {
    const survivor = makeCadre({ name: '王秀英', gender: '女', idNumber: undefined, category: '遗属' });
    expect(runRule(aliveRule, { form: spring, cadre: survivor })).toEqual([]);
  });

  it('blocks a 遗属 visit to a living cadre', () => {
    expect(severities(runRule(aliveRule, { form: spring, cadre: living }))).toEqual(['block']);
  });

  it('blocks when the spouse has died too, or the recipient is not the spouse', () => {
    const both = makeCadre({ alive: false, deathDate: '2026-05-01', spouse: { status: '已故' } });
    expect(runRule(aliveRule, { form: spring, cadre: both })[0]!.message).toContain('配偶情况为“已故”');
    const son = runRule(aliveRule, { form: { ...spring, 'visit.recipientRelation': '儿子' }, cadre: died });
    expect(son).toEqual([expect.objectContaining({ severity: 'block', fields: ['visit.recipientRelation'] })]);
  });
});
