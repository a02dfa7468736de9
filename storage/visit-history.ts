import type { VisitRecord } from '../core/model/visit-record';
import { VisitHistoryIndex } from '../core/rules/history-index';
import type { CareFillDB } from './db';
import { VisitStore } from './visit-store';

/**
 * A cadre's visit records, read from the cadre's bucket (storage/visit-buckets.ts): the check
 * builds its history from these per request (the background keeps nothing in memory between
 * requests; an MV3 worker may stop at any time), and the options page lists them per cadre and year.
 */

/** A cadre's live visit records dated from `from` to `to` (inclusive; default all), by date. */
export function cadreVisits(db: CareFillDB, cadreId: string, from?: string, to?: string): Promise<VisitRecord[]> {
  return new VisitStore(db).ofCadre(cadreId, from, to);
}

/** A cadre's visit records of one calendar year, by date. */
export function cadreVisitsInYear(db: CareFillDB, cadreId: string, year: number): Promise<VisitRecord[]> {
  return cadreVisits(db, cadreId, `${year}-01-01`, `${year}-12-31`);
}

/**
 * The history a check of this cadre's visit reads: all the cadre's records (a few per year), so
 * that every rule's reach (the year, the duplicate window, a hospitalisation since its admission
 * date) is covered. Other cadres' records are not used.
 */
export async function cadreHistoryIndex(db: CareFillDB, cadreId: string): Promise<VisitHistoryIndex> {
  return VisitHistoryIndex.build(await cadreVisits(db, cadreId));
}
