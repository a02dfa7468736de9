/**
 * Many records to a row: IndexedDB pays per row far more than per byte (in Chromium, writing
 * 100,000 visit rows took 12 s, the same records as 1,024 rows 0.45 s; 20,000 cadre rows with
 * their indexes 4.3–5.5 s, as 1,024 rows 0.43–0.52 s: docs/sync-format.md, Speed). Visit records
 * (storage/visit-buckets.ts) and cadres (storage/cadre-buckets.ts) are stored in bucket rows
 * chosen by a hash of a key.
 */

import type { Table } from 'dexie';

/** Buckets per table. Fixed: changing it means moving every record (a schema version). */
export const BUCKETS = 1024;

/** FNV-1a over UTF-16 code units: fast, stable across browsers, spreads short ids evenly. */
export function bucketOfKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/** Items by bucket. */
export function groupByBucket<T>(items: Iterable<T>, bucketOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const b = bucketOf(item);
    const list = out.get(b);
    if (list) list.push(item);
    else out.set(b, [item]);
  }
  return out;
}

/**
 * How many live records a bucket table holds: the sum of its rows' `live` counts, read from their
 * index alone (with the Lock on, reading the rows would open every sealed record).
 */
export async function countLiveInBuckets(table: Table<{ live: number }, number>): Promise<number> {
  const counts = (await table.orderBy('live').keys()) as number[];
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Code-unit order (not locale): the same in every browser. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
