import type { Category } from '../model/vocab';
import type { StandardRules } from '../model/standard';
import { toFen } from '../rules/money';
import { addVisit, emptyRow, type SpendingRow, type SpendingVisit } from './spending';

/**
 * Per-cadre totals of a year against the annual cap (年度上限) of the standards: for each cadre,
 * what was given, and the cap that binds most tightly (the highest share used), as the annual-cap
 * rule counts it (core/rules/rules/annual-cap.ts): the visit types a cap counts, its category.
 */

export interface CadreTotalsCadre {
  id: string;
  name: string;
  category?: Category;
  originalUnit?: string;
}

export interface CadreTotalRow extends SpendingRow {
  cadreId: string;
  name: string;
  category?: Category;
  originalUnit?: string;
  /** the binding annual cap in 分, when the standard has one for this cadre */
  capFen?: number;
  /** what the binding cap counts, in 分 */
  countedFen?: number;
  /** countedFen / capFen (0..), undefined without a cap */
  ratio?: number;
  over: boolean;
}

type AnnualCap = StandardRules['annualCaps'][number];

function capApplies(cap: AnnualCap, category: Category | undefined): boolean {
  return cap.category === undefined || cap.category === category;
}

/**
 * One row per cadre with a visit in `visits` (already the year's), highest share of the cap
 * first, then the largest totals. `standard` is the one in force for the year (none: no caps).
 */
export function cadreTotals(
  visits: readonly SpendingVisit[],
  cadres: ReadonlyMap<string, CadreTotalsCadre>,
  standard: Pick<StandardRules, 'annualCaps'> | undefined,
): CadreTotalRow[] {
  const byCadre = new Map<string, SpendingVisit[]>();
  for (const v of visits) {
    const list = byCadre.get(v.cadreId);
    if (list) list.push(v);
    else byCadre.set(v.cadreId, [v]);
  }
  const rows: CadreTotalRow[] = [];
  for (const [cadreId, list] of byCadre) {
    const cadre = cadres.get(cadreId);
    const row: CadreTotalRow = { ...emptyRow(cadreId), cadreId, name: cadre?.name ?? '', category: cadre?.category, originalUnit: cadre?.originalUnit, over: false };
    for (const v of list) addVisit(row, v);
    for (const cap of standard?.annualCaps ?? []) {
      if (!capApplies(cap, cadre?.category)) continue;
      const counted = list.filter((v) => cap.visitTypes.length === 0 || cap.visitTypes.includes(v.visitType));
      const countedFen = counted.reduce((sum, v) => sum + toFen(v.amount ?? 0) + toFen(v.goodsValue ?? 0), 0);
      const capFen = toFen(cap.cap);
      const ratio = capFen > 0 ? countedFen / capFen : countedFen > 0 ? Infinity : 0;
      if (row.ratio === undefined || ratio > row.ratio) Object.assign(row, { capFen, countedFen, ratio, over: countedFen > capFen });
    }
    rows.push(row);
  }
  return rows.sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || b.totalFen - a.totalFen || a.cadreId.localeCompare(b.cadreId));
}
