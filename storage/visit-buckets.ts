import type { VisitRecord } from '../core/model/visit-record';
import { isLive, type Stored } from './db';

/**
 * How visit records are laid out on disk (schema v3): many records to a row. A cadre's records
 * all live in the row of its bucket, a hash of the cadre id, so a check reads one row for a
 * cadre's whole history and a listing of every record reads about a thousand rows, not a hundred
 * thousand. IndexedDB pays per row far more than per byte: in Chromium, writing 100,000 visit
 * rows took 12 s, the same records as 1,024 rows 0.45 s (docs/sync-format.md, Speed).
 *
 * Invariant: each visit id is in exactly one bucket, and which one follows from the row itself
 * (`bucketOfRow`): a live record is in its cadre's bucket; a tombstone, which keeps no cadre id,
 * is in the bucket of its own id. So whoever holds a row's previous version knows where it is.
 */

/** Buckets in all. Fixed: changing it means moving every record (a schema version). */
export const VISIT_BUCKETS = 1024;

/** A row of the `visitBuckets` table. */
export interface VisitBucket {
  id: number;
  /**
   * how many of its records are live: indexed, so that counting reads the index's keys, not the
   * records (with the Lock on, reading them would open every sealed note)
   */
  live: number;
  visits: Stored<VisitRecord>[];
}

/** FNV-1a over UTF-16 code units: fast, stable across browsers, spreads short ids evenly. */
function bucketOfKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % VISIT_BUCKETS;
}

/** The bucket of a cadre's visit records. */
export function bucketOfCadre(cadreId: string): number {
  return bucketOfKey(cadreId);
}

/** The bucket of a visit record's tombstone. */
export function bucketOfTombstone(visitId: string): number {
  // prefixed: a cadre id and a visit id that happen to be equal still land apart
  return bucketOfKey(`tombstone:${visitId}`);
}

/** Where a stored row is. */
export function bucketOfRow(row: Stored<VisitRecord>): number {
  return isLive(row) ? bucketOfCadre(row.cadreId) : bucketOfTombstone(row.id);
}

/** Records by bucket. */
export function groupByBucket<T extends Stored<VisitRecord>>(rows: Iterable<T>, bucketOf: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const b = bucketOf(row);
    const list = out.get(b);
    if (list) list.push(row);
    else out.set(b, [row]);
  }
  return out;
}

/**
 * A bucket row, its records in a fixed order: tombstones first, then each cadre's records
 * together, each by id. Two browsers holding the same records store the same rows, and a reader
 * of every record meets each cadre's records one after another (the home screen's lists look
 * each cadre up once, not once per record).
 */
export function bucketRow(id: number, visits: Stored<VisitRecord>[]): VisitBucket {
  const cadreOf = (v: Stored<VisitRecord>): string => (isLive(v) ? v.cadreId : '');
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  visits.sort((a, b) => order(cadreOf(a), cadreOf(b)) || order(a.id, b.id));
  return { id, live: visits.filter(isLive).length, visits };
}
