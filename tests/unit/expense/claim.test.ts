import { describe, expect, it } from 'vitest';
import { buildClaim, DEFAULT_BUDGET_ITEM, defaultReason, rowItem } from '../../../core/expense/claim';
import { claimFormValues } from '../../../core/expense/values';
import { parseRmbUpper } from '../../../core/model/validators/rmb';
import { visit } from './visits';

describe('buildClaim', () => {
  const visits = [
    { visit: visit('a', { date: '2026-02-12', amount: 800, oaFormNumber: 'WT-2' }), cadreName: '测试甲' },
    { visit: visit('b', { date: '2026-02-01', amount: 0.1, goodsValue: 0.2, form: '慰问金和慰问品' }), cadreName: '测试乙' },
  ];

  it('has one row per visit by date, and a total exact to the fen', () => {
    const claim = buildClaim(visits, { date: '2026-03-01' });
    expect(claim.rows.map((r) => [r.recipient, r.amountFen])).toEqual([
      ['测试乙', 30],
      ['测试甲', 80000],
    ]);
    expect(claim.totalFen).toBe(80030);
    expect(parseRmbUpper(claim.totalUpper)).toEqual({ fen: 80030 });
  });

  it('fills header defaults from the visits', () => {
    const claim = buildClaim(visits, { date: '2026-03-01', claimant: '经办甲' });
    expect(claim.reason).toBe('2026年春节慰问离退休干部费用（2人次）');
    expect(claim.budgetItem).toBe(DEFAULT_BUDGET_ITEM);
    expect(claim.approvalNumber).toBe('WT-2');
    expect(claim.invoiceCount).toBe(2);
    expect(claim.claimant).toBe('经办甲');
  });

  it('links the approval form numbers in the rows\' order, whatever order the visits come in', () => {
    const c = { visit: visit('c', { date: '2026-01-05', oaFormNumber: 'WT-1' }), cadreName: '测试丙' };
    expect(buildClaim([...visits, c], { date: '2026-03-01' }).approvalNumber).toBe('WT-1、WT-2');
    expect(buildClaim([c, ...visits].reverse(), { date: '2026-03-01' }).approvalNumber).toBe('WT-1、WT-2');
  });

  it('keeps what the person chose over the defaults', () => {
    const claim = buildClaim(visits, { date: '2026-03-01', budgetItem: '工会经费', reason: '自定事由', invoiceCount: 5, approvalNumber: 'SP-1' });
    expect([claim.budgetItem, claim.reason, claim.invoiceCount, claim.approvalNumber]).toEqual(['工会经费', '自定事由', 5, 'SP-1']);
  });

  it('names the item by festival or visit type and form', () => {
    expect(rowItem(visit('x'))).toBe('春节慰问金');
    expect(rowItem(visit('y', { visitType: '住院看望', festival: undefined, form: '慰问品', goods: '水果' }))).toBe('住院看望慰问品（水果）');
    expect(defaultReason([visit('p', { date: '2025-12-30' }), visit('q', { visitType: '住院看望', festival: undefined })])).toBe('慰问离退休干部费用（2人次）');
  });

  it('becomes fill values with numbered row keys', () => {
    const values = claimFormValues(buildClaim(visits, { date: '2026-03-01' }));
    expect(values['expense.total']).toBe('800.30');
    expect(values['expense.totalUpper']).toBe('捌佰元叁角整');
    expect(values['expense.row.recipient[1]']).toBe('测试乙');
    expect(values['expense.row.amount[2]']).toBe('800.00');
    expect(values['expense.row.amount[3]']).toBeUndefined();
    expect(values['expense.claimant']).toBeUndefined();
  });
});
