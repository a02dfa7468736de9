import { describe, expect, it } from 'vitest';
import { deriveFacts, visitDay } from '../../../core/rules/facts';
import { TODAY, makeCadre, makeStandard } from './helpers';

describe('reading the facts of a form', () => {
  it('reads type, festival, dates and money in the ledger’s words', () => {
    const f = deriveFacts(
      { 'visit.type': '春节慰问', 'visit.date': '2026年2月10日', 'visit.amount': '1,000', 'visit.goodsValue': '200.5', 'visit.form': '实物' },
      undefined,
      undefined,
      TODAY,
    );
    expect(f).toMatchObject({ visitType: '节日慰问', festival: '春节', date: '2026-02-10', year: 2026, cashFen: 100000, goodsFen: 20050, valueFen: 120050, supportForm: '慰问品' });
  });

  it('prefers the 合计 to the sum of its parts', () => {
    expect(deriveFacts({ 'visit.total': '900', 'visit.amount': '100' }, undefined, undefined, TODAY).valueFen).toBe(90000);
  });

  it('resolves tiers: 住院 from the form, birthdays from the age, 去世 from the recipient', () => {
    const cadre = makeCadre({ birthDate: '1936-10-23' });
    const s = makeStandard();
    expect(deriveFacts({ 'visit.type': '住院看望', 'visit.hospitalTier': '大病' }, cadre, s, TODAY).tier).toBe('重大疾病');
    expect(deriveFacts({ 'visit.type': '生日寿辰', 'visit.date': '2026-10-23' }, cadre, s, TODAY).tier).toBe('90');
    expect(deriveFacts({ 'visit.type': '去世吊唁', 'visit.recipientRelation': '本人' }, cadre, s, TODAY).tier).toBe('直系亲属');
    expect(deriveFacts({ 'visit.type': '去世吊唁', 'visit.recipientRelation': '女儿' }, cadre, s, TODAY).tier).toBe('本人');
  });

  it('judges a form on its visit date, else its apply date, else today', () => {
    expect(visitDay({ 'visit.date': '2026-01-02', 'visit.applyDate': '2026-01-01' }, TODAY)).toBe('2026-01-02');
    expect(visitDay({ 'visit.date': 'soon', 'visit.applyDate': '2026/1/1' }, TODAY)).toBe('2026-01-01');
    expect(visitDay({}, TODAY)).toBe(TODAY);
  });
});
