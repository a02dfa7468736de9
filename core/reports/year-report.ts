import type { AuditEvent } from '../model/audit-event';
import type { StandardRules } from '../model/standard';
import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import type { VisitRecord } from '../model/visit-record';
import { CATEGORIES, VISIT_TYPES } from '../model/vocab';
import { standardInForce, type StandardVersion } from '../rules/standard-in-force';
import { toFen } from '../rules/money';
import { cadreTotals, type CadreTotalRow, type CadreTotalsCadre } from './cadre-totals';
import { groupSpending, sumRows, type SpendingRow } from './spending';

/**
 * 年度经费报表: what the office spent in a calendar year, the way an audit asks for it — by month,
 * visit type, funding source and category; each cadre against the annual cap; visits not yet
 * claimed; and the overrides of blocking findings with their reasons.
 */

export const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

export interface ReportInput {
  year: number;
  /** live visit records (any year; the report picks the year's) */
  visits: readonly VisitRecord[];
  cadres: readonly CadreTotalsCadre[];
  standards: readonly (StandardRules & StandardVersion)[];
  /** audit events (any kind, any time; the report picks the year's overrides) */
  audit: readonly AuditEvent[];
}

export interface PendingClaimRow {
  visitId: string;
  cadreId: string;
  name: string;
  date: IsoDate;
  visitType: VisitRecord['visitType'];
  festival?: VisitRecord['festival'];
  totalFen: number;
}

export interface OverrideRow {
  id: string;
  at: number;
  /** the day of the override in Asia/Shanghai */
  date: IsoDate;
  cadreId?: string;
  name: string;
  reason: string;
  /** the rules overridden, as recorded */
  rules: string;
}

export interface YearReport {
  year: number;
  total: SpendingRow;
  byMonth: SpendingRow[];
  byType: SpendingRow[];
  bySource: SpendingRow[];
  byCategory: SpendingRow[];
  cadres: CadreTotalRow[];
  pendingClaims: PendingClaimRow[];
  pendingTotalFen: number;
  overrides: OverrideRow[];
}

/** The standard that governs a year: the one in force on its last day, or today's in the running year. */
export function standardForYear<S extends StandardVersion>(standards: readonly S[], year: number, today: IsoDate = todayInShanghai()): S | undefined {
  const last = `${year}-12-31` as IsoDate;
  return standardInForce(standards, last < today ? last : today < `${year}-01-01` ? (`${year}-01-01` as IsoDate) : today);
}

/** Builds the report of `input.year`. Pure: the same input gives the same report. */
export function yearReport(input: ReportInput, today?: IsoDate): YearReport {
  const prefix = `${input.year}-`;
  const visits = input.visits.filter((v) => v.deletedAt === undefined && v.date.startsWith(prefix));
  const cadres = new Map(input.cadres.map((c) => [c.id, c]));
  const byMonth = groupSpending(visits, (v) => v.date.slice(5, 7), MONTHS);
  const pendingClaims = visits
    .filter((v) => !v.claimedIn && toFen(v.amount ?? 0) + toFen(v.goodsValue ?? 0) > 0)
    .map((v) => ({
      visitId: v.id,
      cadreId: v.cadreId,
      name: cadres.get(v.cadreId)?.name ?? '',
      date: v.date,
      visitType: v.visitType,
      festival: v.festival,
      totalFen: toFen(v.amount ?? 0) + toFen(v.goodsValue ?? 0),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'zh-CN'));
  return {
    year: input.year,
    total: sumRows(byMonth),
    byMonth,
    byType: groupSpending(visits, (v) => v.visitType, VISIT_TYPES.filter((t) => visits.some((v) => v.visitType === t))),
    bySource: groupSpending(visits, (v) => v.fundingSource?.trim() ?? ''),
    byCategory: groupSpending(visits, (v) => cadres.get(v.cadreId)?.category ?? '', CATEGORIES.filter((c) => visits.some((v) => cadres.get(v.cadreId)?.category === c))),
    cadres: cadreTotals(visits, cadres, standardForYear(input.standards, input.year, today)),
    pendingClaims,
    pendingTotalFen: pendingClaims.reduce((sum, p) => sum + p.totalFen, 0),
    overrides: overridesOfYear(input.audit, input.year, cadres),
  };
}

function overridesOfYear(audit: readonly AuditEvent[], year: number, cadres: ReadonlyMap<string, CadreTotalsCadre>): OverrideRow[] {
  const rows: OverrideRow[] = [];
  for (const e of audit) {
    if (e.kind !== 'override') continue;
    const date = todayInShanghai(new Date(e.at));
    if (!date.startsWith(`${year}-`)) continue;
    const rules = e.detail['rules'] ?? e.detail['ruleIds'] ?? e.detail['rule'] ?? '';
    rows.push({ id: e.id, at: e.at, date, cadreId: e.cadreId, name: e.cadreId ? (cadres.get(e.cadreId)?.name ?? '') : '', reason: e.reason ?? '', rules: String(rules) });
  }
  return rows.sort((a, b) => a.at - b.at);
}
