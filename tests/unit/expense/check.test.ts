import { describe, expect, it } from 'vitest';
import { buildClaim, type ClaimVisit } from '../../../core/expense/claim';
import { checkClaim, claimFromForm, claimToCheck, type ClaimCheckContext, type ClaimToCheck } from '../../../core/expense/check';
import type { VisitRecord } from '../../../core/model/visit-record';
import { visit } from './visits';

function ctxFor(visits: ClaimVisit[], claimed: VisitRecord[] = [], budgets: ClaimCheckContext['budgets'] = []): ClaimCheckContext {
  return { visits: new Map(visits.map((v) => [v.visit.id, v])), claimed, budgets };
}
const rules = (c: ClaimToCheck, ctx: ClaimCheckContext) => checkClaim(c, ctx).map((f) => `${f.ruleId}:${f.severity}`);

describe('checkClaim', () => {
  const a = { visit: visit('a', { amount: 500 }), cadreName: '测试甲' };
  const b = { visit: visit('b', { amount: 300 }), cadreName: '测试乙' };
  const budget = (amount: number) => [{ item: '离退休干部经费', year: 2026, amount }];

  it('passes a built claim within its budget', () => {
    const claim = claimToCheck(buildClaim([a, b], { date: '2026-03-01' }));
    expect(rules(claim, ctxFor([a, b], [], budget(800)))).toEqual([]);
  });

  it('reports a total that is not the sum of the rows, and a 大写 that is not the total', () => {
    const claim = { ...claimToCheck(buildClaim([a, b], { date: '2026-03-01' })), totalText: '800.01' };
    expect(rules(claim, ctxFor([a, b], [], budget(1000)))).toEqual(['claim-total-sum:block', 'claim-total-upper:block']);
    const bad = { ...claimToCheck(buildClaim([a], { date: '2026-03-01' })), totalUpperText: '伍百元' };
    expect(rules(bad, ctxFor([a], [], budget(1000)))).toEqual(['claim-total-upper:block']);
  });

  it('compares money in fen: 0.10 + 0.20 is 0.30', () => {
    const x = { visit: visit('x', { amount: 0.1 }), cadreName: '测试丙' };
    const y = { visit: visit('y', { amount: 0.2 }), cadreName: '测试丁' };
    const claim = claimToCheck(buildClaim([x, y], { date: '2026-03-01' }));
    expect(claim.totalText).toBe('0.30');
    expect(claim.totalUpperText).toBe('叁角整');
    expect(rules(claim, ctxFor([x, y], [], budget(1)))).toEqual([]);
  });

  it('reports a row whose recipient or amount differs from its visit', () => {
    const claim = claimToCheck(buildClaim([a], { date: '2026-03-01' }));
    const changed = { ...claim, totalText: '600.00', totalUpperText: '陆佰元整', rows: [{ ...claim.rows[0]!, recipient: '别人', amountText: '600.00' }] };
    expect(checkClaim(changed, ctxFor([a], [], budget(1000))).map((f) => f.message)).toEqual([
      '第 1 行：慰问对象“别人”与慰问记录的“测试甲”不一致',
      '第 1 行：金额“600.00”与慰问记录的 500.00 元不一致',
    ]);
  });

  it('refuses a visit that is already claimed, or twice in one claim', () => {
    const claimedA = { ...a, visit: { ...a.visit, claimedIn: 'BX-2026-1' } };
    const claim = claimToCheck(buildClaim([a], { date: '2026-03-01' }));
    const found = checkClaim(claim, ctxFor([claimedA], [claimedA.visit], budget(1000)));
    expect(found.map((f) => f.ruleId)).toEqual(['claim-double']);
    expect(found[0]!.message).toContain('BX-2026-1');
    const twice = { ...claim, totalText: '1000.00', totalUpperText: '壹仟元整', rows: [claim.rows[0]!, claim.rows[0]!] };
    expect(rules(twice, ctxFor([a], [], budget(1000)))).toEqual(['claim-double:block']);
  });

  it('holds the annual budget exactly at its boundary, counting earlier claims', () => {
    const earlier = visit('e', { amount: 200, claimedIn: 'BX-1' });
    const claim = claimToCheck(buildClaim([a, b], { date: '2026-03-01' }));
    expect(rules(claim, ctxFor([a, b], [earlier], budget(1000)))).toEqual([]); // 200 + 800 = 1000
    expect(rules(claim, ctxFor([a, b], [earlier], budget(999.99)))).toEqual(['claim-budget:block']);
    const msg = checkClaim(claim, ctxFor([a, b], [earlier], budget(999.99)))[0]!.message;
    expect(msg).toBe('“离退休干部经费”2026 年预算 999.99 元，已报销 200.00 元，本次 800.00 元，超出 0.01 元');
  });

  it('counts only earlier claims of the same item and year', () => {
    const otherItem = visit('o', { amount: 900, claimedIn: 'BX-1', claimedBudgetItem: '工会经费' });
    const otherYear = visit('p', { amount: 900, claimedIn: 'BX-1', date: '2025-02-01' });
    const unclaimed = visit('q', { amount: 900 });
    const claim = claimToCheck(buildClaim([a, b], { date: '2026-03-01' }));
    expect(rules(claim, ctxFor([a, b], [otherItem, otherYear, unclaimed], budget(800)))).toEqual([]);
  });

  it('says when no budget is set for the item and year', () => {
    const claim = claimToCheck(buildClaim([a], { date: '2026-03-01', budgetItem: '工会经费' }));
    expect(rules(claim, ctxFor([a], [], budget(1000)))).toEqual(['claim-budget:info']);
  });

  it('reports a row whose visit is unknown', () => {
    const claim = claimToCheck(buildClaim([a], { date: '2026-03-01' }));
    expect(rules(claim, ctxFor([], [], budget(1000)))).toEqual(['claim-row-match:block']);
  });

  it('reads a filled form as the claim: row n is the claim\'s row n, absent fields unchecked', () => {
    const claim = buildClaim([a, b], { date: '2026-03-01' });
    const form = { 'expense.total': '800.00', 'expense.row.recipient[1]': '测试甲', 'expense.row.amount[1]': '500.00', 'expense.row.amount[2]': '300.00' };
    expect(rules(claimFromForm(form, claim), ctxFor([a, b], [], budget(800)))).toEqual([]);
    const changed = { ...form, 'expense.row.amount[2]': '50.00', 'expense.totalUpper': '捌佰元整' };
    expect(rules(claimFromForm(changed, claim), ctxFor([a, b], [], budget(800)))).toEqual(['claim-total-sum:block', 'claim-row-match:block']);
  });
});

