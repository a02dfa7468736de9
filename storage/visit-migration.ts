import type { Transaction } from 'dexie';
import { groupByBucket } from './buckets';
import { bucketOfRow, bucketRow } from './visit-buckets';

/**
 * Schema v3's data migration: every row of `visits` into its bucket of `visitBuckets`. It works
 * on the native stores of the upgrade transaction, below Dexie's middleware, so that rows the
 * Lock sealed move byte for byte: the Lock is not unlocked while a database opens, and reading
 * through it would hide their sealed fields.
 */
export async function moveVisitsIntoBuckets(tx: Transaction): Promise<void> {
  const native = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = native.objectStore('visits').getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error);
  });
  const buckets = native.objectStore('visitBuckets');
  for (const [id, visits] of groupByBucket(rows as Parameters<typeof bucketOfRow>[0][], bucketOfRow)) buckets.put(bucketRow(id, visits));
}
