import type { Transaction } from 'dexie';
import { groupByBucket } from './buckets';
import { bucketOfCadreId, cadreBucketRow } from './cadre-buckets';
import { upgradedRow } from './cadre-row';
import type { CadreRow, Stored } from './db';

/**
 * Schema v4's data migration: every row of `cadres` into its bucket of `cadreBuckets`, its
 * search terms replaced by its name's syllables (storage/cadre-row.ts `upgradedRow`), on the
 * native stores of the upgrade transaction (as storage/visit-migration.ts, and for the same
 * reason: the sealed part of a row moves byte for byte). A sealed row keeps the keyed hash of its
 * ID number in `idNumber`, so its bucket's `idNumbers` index holds the hash, as the Lock expects.
 */
export async function moveCadresIntoBuckets(tx: Transaction): Promise<void> {
  const native = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
  const rows = await new Promise<Stored<CadreRow>[]>((resolve, reject) => {
    const req = native.objectStore('cadres').getAll();
    req.onsuccess = () => resolve(req.result as Stored<CadreRow>[]);
    req.onerror = () => reject(req.error);
  });
  const buckets = native.objectStore('cadreBuckets');
  for (const [id, cadres] of groupByBucket(rows.map(upgradedRow), (r) => bucketOfCadreId(r.id))) buckets.put(cadreBucketRow(id, cadres));
}
