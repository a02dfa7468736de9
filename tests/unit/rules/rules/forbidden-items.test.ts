import { describe, expect, it } from 'vitest';
import { forbiddenItemsRule } from '../../../../core/rules/rules/forbidden-items';
import { makeStandard, runRule } from '../helpers';

const standard = makeStandard({ forbiddenItems: [{ visitTypes: ['节日慰问'], items: ['现金', '购物卡', '代金券'], ref: '第五条' }] });

describe('forbidden-items', () => {
  it('passes ordinary goods for a festival visit', () => {
    expect(runRule(forbiddenItemsRule, { form: { 'visit.type': '节日慰问', 'visit.goods': '大米、食用油', 'visit.form': '慰问品' }, standard })).toEqual([]);
  });

  it('passes a card for a visit type the clause does not cover', () => {
    expect(runRule(forbiddenItemsRule, { form: { 'visit.type': '住院看望', 'visit.goods': '购物卡' }, standard })).toEqual([]);
  });

  it('blocks a shopping card among festival goods', () => {
    const findings = runRule(forbiddenItemsRule, { form: { 'visit.type': '节日慰问', 'visit.goods': '超市购物卡 500 元' }, standard });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'block', ref: '第五条', fields: ['visit.goods'], message: '节日慰问不得发放“购物卡”（慰问品：超市购物卡 500 元）（第五条）' }),
    ]);
  });

  it('blocks cash as the form of support and vouchers in a claim row', () => {
    const findings = runRule(forbiddenItemsRule, { form: { 'visit.type': '节日慰问', 'visit.form': '现金', 'expense.row.item[2]': '蛋糕代 金券' }, standard });
    expect(findings.map((f) => [f.message.slice(0, 12), f.fields])).toEqual([
      ['节日慰问不得发放“现金”', ['visit.form']],
      ['节日慰问不得发放“代金券', ['expense.row.item']],
    ]);
  });
});
