import { fenToRmbUpper } from '../model/validators/rmb';
import type { VisitRecord } from '../model/visit-record';
import { visitCostFen } from './money';

/**
 * A 费用报销单 built from visit records: one detail row per visit (date, item, recipient,
 * amount), the total and its 大写, and the header fields. Amounts are whole 分 throughout, so the
 * total is exactly the sum of its rows.
 */

/** A visit with the name of its cadre, as a claim row needs it. */
export interface ClaimVisit {
  visit: VisitRecord;
  cadreName: string;
}

export interface ClaimRow {
  visitId: string;
  date: string;
  /** 费用项目: 春节慰问金, 住院看望慰问品（水果） */
  item: string;
  recipient: string;
  amountFen: number;
}

export interface Claim {
  date: string;
  claimant: string;
  department: string;
  reason: string;
  /** 预算科目 */
  budgetItem: string;
  /** 关联审批单号 */
  approvalNumber: string;
  invoiceCount: number;
  rows: ClaimRow[];
  totalFen: number;
  totalUpper: string;
}

export interface ClaimHeader {
  date: string;
  claimant?: string;
  department?: string;
  /** chosen by the person; else the visits' common funding source, else the default */
  budgetItem?: string;
  approvalNumber?: string;
  invoiceCount?: number;
  reason?: string;
}

/** The 预算科目 of a claim when neither the person nor the visits name one. */
export const DEFAULT_BUDGET_ITEM = '离退休干部经费';

/** 春节慰问金, 住院看望慰问品（营养品）: what a row pays for. */
export function rowItem(v: VisitRecord): string {
  const occasion = v.festival ?? v.visitType;
  if (v.form === '慰问品' && v.goods) return `${occasion}慰问品（${v.goods}）`;
  return `${occasion}${v.form ?? '慰问金'}`;
}

/** The occasion every visit shares (春节, 住院看望), or 慰问 when they differ. */
function commonOccasion(visits: readonly VisitRecord[]): string {
  const names = new Set(visits.map((v) => v.festival ?? v.visitType));
  return names.size === 1 ? [...names][0]! : '慰问';
}

/** 2026年春节慰问离退休干部费用（30人次）. */
export function defaultReason(visits: readonly VisitRecord[]): string {
  if (visits.length === 0) return '';
  const years = [...new Set(visits.map((v) => v.date.slice(0, 4)))];
  const when = years.length === 1 ? `${years[0]}年` : '';
  const what = commonOccasion(visits);
  return `${when}${what}${what.endsWith('慰问') ? '' : '慰问'}离退休干部费用（${visits.length}人次）`;
}

/** The funding source all visits share, if they share one. */
function commonFunding(visits: readonly VisitRecord[]): string | undefined {
  const sources = new Set(visits.map((v) => (v.fundingSource ?? '').trim()));
  const [only] = [...sources];
  return sources.size === 1 && only ? only : undefined;
}

/** The approval form numbers of the visits (distinct, in order), joined for one field. */
function approvalNumbers(visits: readonly VisitRecord[]): string {
  const numbers = [...new Set(visits.map((v) => (v.oaFormNumber ?? '').trim()).filter((n) => n !== ''))];
  return numbers.join('、').slice(0, 60);
}

/** Builds the claim for the visits, rows by date (then recipient). */
export function buildClaim(visits: readonly ClaimVisit[], header: ClaimHeader): Claim {
  const sorted = [...visits].sort((a, b) => a.visit.date.localeCompare(b.visit.date) || a.cadreName.localeCompare(b.cadreName, 'zh') || a.visit.id.localeCompare(b.visit.id));
  const rows: ClaimRow[] = sorted.map(({ visit, cadreName }) => ({ visitId: visit.id, date: visit.date, item: rowItem(visit), recipient: cadreName, amountFen: visitCostFen(visit) }));
  const records = sorted.map((c) => c.visit);
  const totalFen = rows.reduce((s, r) => s + r.amountFen, 0);
  return {
    date: header.date,
    claimant: header.claimant ?? '',
    department: header.department ?? '',
    reason: header.reason?.trim() || defaultReason(records),
    budgetItem: header.budgetItem?.trim() || commonFunding(records) || DEFAULT_BUDGET_ITEM,
    approvalNumber: header.approvalNumber?.trim() || approvalNumbers(records),
    invoiceCount: header.invoiceCount ?? rows.length,
    rows,
    totalFen,
    totalUpper: fenToRmbUpper(totalFen),
  };
}
