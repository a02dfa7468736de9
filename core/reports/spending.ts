import type { VisitRecord } from '../model/visit-record';
import { toFen } from '../rules/money';

/**
 * Spending tables: visit records grouped by one dimension, in whole 分 so that a column always
 * adds up to the total to the fen.
 */

/** One row of a spending table. */
export interface SpendingRow {
  /** the group: `01`…`12` for months, a visit type, a funding source, a category; '' = not recorded */
  key: string;
  count: number;
  /** 慰问金 */
  amountFen: number;
  /** 慰问品 value */
  goodsFen: number;
  totalFen: number;
}

/** The part of a visit record the tables read. */
export type SpendingVisit = Pick<VisitRecord, 'date' | 'amount' | 'goodsValue' | 'visitType' | 'fundingSource'> & { cadreId: string };

/** An empty row for a key. */
export function emptyRow(key: string): SpendingRow {
  return { key, count: 0, amountFen: 0, goodsFen: 0, totalFen: 0 };
}

/** Adds one visit to a row (mutates the row: tables are built once, then frozen by the caller). */
export function addVisit(row: SpendingRow, visit: Pick<SpendingVisit, 'amount' | 'goodsValue'>): void {
  const amount = toFen(visit.amount ?? 0);
  const goods = toFen(visit.goodsValue ?? 0);
  row.count += 1;
  row.amountFen += amount;
  row.goodsFen += goods;
  row.totalFen += amount + goods;
}

/**
 * Groups visits by `keyOf`. Rows come in the order of `order` (every listed key gets a row, even
 * with nothing spent: a month without visits is a zero, not a gap), then any other key by total,
 * largest first, then by key.
 */
export function groupSpending<V extends SpendingVisit>(visits: readonly V[], keyOf: (v: V) => string, order: readonly string[] = []): SpendingRow[] {
  const rows = new Map<string, SpendingRow>(order.map((k) => [k, emptyRow(k)]));
  for (const v of visits) {
    const key = keyOf(v);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(key)));
    addVisit(row, v);
  }
  const listed = new Set(order);
  const rest = [...rows.values()].filter((r) => !listed.has(r.key)).sort((a, b) => b.totalFen - a.totalFen || a.key.localeCompare(b.key));
  return [...order.map((k) => rows.get(k)!), ...rest];
}

/** The sum of rows (the table's 合计 line). */
export function sumRows(rows: readonly SpendingRow[], key = 'total'): SpendingRow {
  const out = emptyRow(key);
  for (const r of rows) {
    out.count += r.count;
    out.amountFen += r.amountFen;
    out.goodsFen += r.goodsFen;
    out.totalFen += r.totalFen;
  }
  return out;
}
