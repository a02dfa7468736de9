import Dexie from 'dexie';
import type { VisitRecord } from '../core/model/visit-record';
import { VisitHistoryIndex } from '../core/rules/history-index';
import type { CareFillDB } from './db';
import { isLive } from './db';

/**
 * A cadre's visit records read through the `[cadreId+date]` index: the check builds its history
 * from these per request (the background keeps nothing in memory between requests; an MV3
 * worker may stop at any time), and the options page lists them per cadre and year.
 */

/** A cadre's live visit records dated from `from` to `to` (inclusive; default all), by date. */
export async function cadreVisits(db: CareFillDB, cadreId: string, from?: string, to?: string): Promise<VisitRecord[]> {
  const rows = await db.visits
    .where('[cadreId+date]')
    .between([cadreId, from ?? Dexie.minKey], [cadreId, to ?? Dexie.maxKey], true, true)
    .toArray();
  return rows.filter(isLive);
}

/** A cadre's visit records of one calendar year, by date. */
export function cadreVisitsInYear(db: CareFillDB, cadreId: string, year: number): Promise<VisitRecord[]> {
  return cadreVisits(db, cadreId, `${year}-01-01`, `${year}-12-31`);
}

/**
 * The history a check of this cadre's visit reads: all the cadre's records (a few per year), so
 * that every rule's reach (the year, the duplicate window, a hospitalisation since its admission
 * date) is covered. Other cadres' records are never read.
 */
export async function cadreHistoryIndex(db: CareFillDB, cadreId: string): Promise<VisitHistoryIndex> {
  return VisitHistoryIndex.build(await cadreVisits(db, cadreId));
}
