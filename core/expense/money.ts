import { yuanToFen } from '../model/validators/rmb';
import type { VisitRecord } from '../model/visit-record';

/** What a visit costs, and so what its claim row asks for: cash plus goods, in whole 分. */
export function visitCostFen(v: Pick<VisitRecord, 'amount' | 'goodsValue'>): number {
  return yuanToFen(v.amount) + yuanToFen(v.goodsValue);
}

/** The year (number) of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
