import type { Table } from 'dexie';
import { CadreStore } from './cadre-store';
import type { CareFillDB } from './db';
import { VisitStore } from './visit-store';

export interface LedgerStats {
  cadres: number;
  followUps: number;
  visits: number;
}

/** Live records of a record table: all rows minus the tombstones (both counted on keys only). */
async function countLive(table: Table<{ deletedAt?: number }, string>): Promise<number> {
  const [all, deleted] = await Promise.all([table.count(), table.where('deletedAt').aboveOrEqual(0).count()]);
  return all - deleted;
}

/** How many cadres, follow-ups and visit records the ledger holds (tombstones not counted). */
export async function ledgerStats(db: CareFillDB): Promise<LedgerStats> {
  return db.transaction('r', db.cadreBuckets, db.followUps, db.visitBuckets, async () => {
    const [cadres, followUps, visits] = await Promise.all([new CadreStore(db).countLive(), countLive(db.followUps), new VisitStore(db).countLive()]);
    return { cadres, followUps, visits };
  });
}

/** Erases every table, tombstones, audit and settings included, in one transaction. */
export async function wipeAll(db: CareFillDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
