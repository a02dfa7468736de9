import type { BudgetEntry } from '../model/settings';
import { parseRmbUpper } from '../model/validators/rmb';
import type { VisitRecord } from '../model/visit-record';
import { sortFindings, type Finding } from '../rules/finding';
import { formatYuan, parseMoneyText } from '../rules/money';
import { DEFAULT_BUDGET_ITEM, type Claim, type ClaimVisit } from './claim';
import { visitCostFen, yearOf } from './money';
import { isClaimed } from './select';

/**
 * The checks of an expense claim, before it is filled and on what the form holds: the total is
 * the sum of the rows, the 大写 spells the total, each row matches its visit record, no visit is
 * claimed twice, and the annual budget of the 预算科目 holds with what was claimed before.
 * Findings have the shape of core/rules; their rule ids start with `claim-`.
 */

/**
 * A claim as text, the way a form holds it (a built claim converts with `claimToCheck`, a filled
 * form with `claimFromForm`). A field the form does not have (undefined) is not checked.
 */
export interface ClaimToCheck {
  totalText: string;
  totalUpperText?: string;
  budgetItem: string;
  rows: { visitId?: string; recipient?: string; amountText?: string; date?: string }[];
}

export interface ClaimCheckContext {
  /** the current records of the rows' visits, by visit id */
  visits: ReadonlyMap<string, ClaimVisit>;
  /** every live visit already claimed (any year): what the budgets have spent */
  claimed: readonly VisitRecord[];
  budgets: readonly BudgetEntry[];
}

export const CLAIM_RULES = ['claim-total-sum', 'claim-total-upper', 'claim-row-match', 'claim-double', 'claim-budget'] as const;
export type ClaimRuleId = (typeof CLAIM_RULES)[number];

/** A built claim in the text shape the checks read. */
export function claimToCheck(claim: Claim): ClaimToCheck {
  return {
    totalText: formatYuan(claim.totalFen).replace(/,/g, ''),
    totalUpperText: claim.totalUpper,
    budgetItem: claim.budgetItem,
    rows: claim.rows.map((r) => ({ visitId: r.visitId, recipient: r.recipient, amountText: formatYuan(r.amountFen).replace(/,/g, ''), date: r.date })),
  };
}

/** The budget item a claimed visit was paid from. */
export function claimedItemOf(v: Pick<VisitRecord, 'claimedBudgetItem' | 'fundingSource'>): string {
  return v.claimedBudgetItem?.trim() || v.fundingSource?.trim() || DEFAULT_BUDGET_ITEM;
}

/** All findings of a claim, blocking ones first. */
export function checkClaim(claim: ClaimToCheck, ctx: ClaimCheckContext): Finding[] {
  return sortFindings([...checkTotals(claim), ...checkRows(claim, ctx), ...checkBudget(claim, ctx)]);
}

function checkTotals(claim: ClaimToCheck): Finding[] {
  const found: Finding[] = [];
  const total = parseMoneyText(claim.totalText);
  const rows = claim.rows.map((r) => (r.amountText === undefined ? null : parseMoneyText(r.amountText)));
  if (total === null) {
    found.push({ ruleId: 'claim-total-sum', severity: 'block', fields: ['expense.total'], message: `报销金额“${claim.totalText}”不是金额`, messageEn: `The total "${claim.totalText}" is not an amount` });
    return found;
  }
  if (rows.every((r): r is number => r !== null)) {
    const sum = rows.reduce((a, b) => a + b, 0);
    if (sum !== total)
      found.push({
        ruleId: 'claim-total-sum',
        severity: 'block',
        fields: ['expense.total', 'expense.row.amount'],
        message: `报销金额 ${formatYuan(total)} 元不等于 ${rows.length} 行明细金额之和 ${formatYuan(sum)} 元`,
        messageEn: `The total ${formatYuan(total)} yuan is not the sum of its ${rows.length} rows, ${formatYuan(sum)} yuan`,
      });
  }
  if (claim.totalUpperText === undefined) return found;
  const upper = parseRmbUpper(claim.totalUpperText);
  if ('error' in upper)
    found.push({ ruleId: 'claim-total-upper', severity: 'block', fields: ['expense.totalUpper'], message: `金额大写“${claim.totalUpperText}”不是规范的人民币大写金额`, messageEn: `"${claim.totalUpperText}" is not a valid amount in capital numerals` });
  else if (upper.fen !== total)
    found.push({
      ruleId: 'claim-total-upper',
      severity: 'block',
      fields: ['expense.totalUpper', 'expense.total'],
      message: `金额大写“${claim.totalUpperText}”（${formatYuan(upper.fen)} 元）与报销金额 ${formatYuan(total)} 元不一致`,
      messageEn: `The amount in words (${formatYuan(upper.fen)} yuan) differs from the total ${formatYuan(total)} yuan`,
    });
  return found;
}

function checkRows(claim: ClaimToCheck, ctx: ClaimCheckContext): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  claim.rows.forEach((row, i) => {
    const n = i + 1;
    if (!row.visitId) return;
    if (seen.has(row.visitId))
      found.push({ ruleId: 'claim-double', severity: 'block', fields: ['expense.row.recipient'], message: `第 ${n} 行：同一条慰问记录在本报销单中出现两次`, messageEn: `Row ${n}: the same visit appears twice in this claim` });
    seen.add(row.visitId);
    const cv = ctx.visits.get(row.visitId);
    if (!cv) {
      found.push({ ruleId: 'claim-row-match', severity: 'block', fields: ['expense.row.recipient'], message: `第 ${n} 行：找不到对应的慰问记录`, messageEn: `Row ${n}: its visit record is not found` });
      return;
    }
    const { visit, cadreName } = cv;
    if (isClaimed(visit))
      found.push({
        ruleId: 'claim-double',
        severity: 'block',
        fields: ['expense.row.recipient', 'expense.row.amount'],
        message: `第 ${n} 行：${cadreName} ${visit.date} 的慰问已在报销单 ${visit.claimedIn} 中报销，不能重复报销`,
        messageEn: `Row ${n}: the visit to ${cadreName} on ${visit.date} was already claimed in ${visit.claimedIn}`,
      });
    if (row.recipient !== undefined && row.recipient.trim() !== cadreName)
      found.push({ ruleId: 'claim-row-match', severity: 'block', fields: ['expense.row.recipient'], message: `第 ${n} 行：慰问对象“${row.recipient}”与慰问记录的“${cadreName}”不一致`, messageEn: `Row ${n}: recipient "${row.recipient}" differs from the visit's "${cadreName}"` });
    const amount = row.amountText === undefined ? undefined : parseMoneyText(row.amountText);
    const cost = visitCostFen(visit);
    if (amount !== undefined && amount !== cost)
      found.push({
        ruleId: 'claim-row-match',
        severity: 'block',
        fields: ['expense.row.amount'],
        message: `第 ${n} 行：金额“${row.amountText}”与慰问记录的 ${formatYuan(cost)} 元不一致`,
        messageEn: `Row ${n}: amount "${row.amountText}" differs from the visit's ${formatYuan(cost)} yuan`,
      });
  });
  return found;
}

/** Per year of the rows: what this claim adds to the budget item, against what is left. */
function checkBudget(claim: ClaimToCheck, ctx: ClaimCheckContext): Finding[] {
  const item = claim.budgetItem.trim() || DEFAULT_BUDGET_ITEM;
  const addByYear = new Map<number, number>();
  for (const row of claim.rows) {
    const visit = row.visitId ? ctx.visits.get(row.visitId)?.visit : undefined;
    const date = row.date ?? visit?.date;
    const amount = row.amountText === undefined ? (visit ? visitCostFen(visit) : null) : parseMoneyText(row.amountText);
    if (!date || amount === null) continue;
    addByYear.set(yearOf(date), (addByYear.get(yearOf(date)) ?? 0) + amount);
  }
  const inClaim = new Set(claim.rows.map((r) => r.visitId).filter((id): id is string => !!id));
  const found: Finding[] = [];
  for (const [year, adding] of [...addByYear].sort((a, b) => a[0] - b[0])) {
    const budget = ctx.budgets.find((b) => b.item.trim() === item && b.year === year);
    if (!budget) {
      found.push({ ruleId: 'claim-budget', severity: 'info', fields: ['expense.budgetItem'], message: `${year} 年“${item}”未设置年度预算，未检查预算`, messageEn: `No ${year} budget is set for "${item}"; the budget was not checked` });
      continue;
    }
    const spent = ctx.claimed
      .filter((v) => !inClaim.has(v.id) && isClaimed(v) && yearOf(v.date) === year && claimedItemOf(v) === item)
      .reduce((s, v) => s + visitCostFen(v), 0);
    const cap = Math.round(budget.amount * 100);
    if (spent + adding > cap)
      found.push({
        ruleId: 'claim-budget',
        severity: 'block',
        fields: ['expense.budgetItem', 'expense.total'],
        message: `“${item}”${year} 年预算 ${formatYuan(cap)} 元，已报销 ${formatYuan(spent)} 元，本次 ${formatYuan(adding)} 元，超出 ${formatYuan(spent + adding - cap)} 元`,
        messageEn: `"${item}" ${year} budget ${formatYuan(cap)} yuan: claimed ${formatYuan(spent)}, this claim ${formatYuan(adding)}, over by ${formatYuan(spent + adding - cap)} yuan`,
      });
  }
  return found;
}

/**
 * What a filled form holds (field key → text, row keys `expense.row.amount[n]`), read as the
 * claim it was filled with: row n is the claim's row n. Fields the form lacks stay unchecked.
 */
export function claimFromForm(form: Readonly<Record<string, string>>, claim: Claim): ClaimToCheck {
  const totalUpperText = form['expense.totalUpper'];
  return {
    totalText: form['expense.total'] ?? formatYuan(claim.totalFen).replace(/,/g, ''),
    ...(totalUpperText !== undefined ? { totalUpperText } : {}),
    budgetItem: claim.budgetItem,
    rows: claim.rows.map((r, i) => {
      const recipient = form[`expense.row.recipient[${i + 1}]`];
      const amountText = form[`expense.row.amount[${i + 1}]`];
      return { visitId: r.visitId, date: r.date, ...(recipient !== undefined ? { recipient } : {}), ...(amountText !== undefined ? { amountText } : {}) };
    }),
  };
}
