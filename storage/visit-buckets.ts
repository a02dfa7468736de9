import type { VisitRecord } from '../core/model/visit-record';
import { bucketOfKey, byCodeUnits } from './buckets';
import { isLive, type Stored } from './db';

/**
 * How visit records are laid out on disk (schema v3): many records to a row. A cadre's records
 * all live in the row of its bucket, a hash of the cadre id, so a check reads one row for a
 * cadre's whole history and a listing of every record reads about a thousand rows, not a hundred
 * thousand (storage/buckets.ts).
 *
 * Invariant: each visit id is in exactly one bucket, and which one follows from the row itself
 * (`bucketOfRow`): a live record is in its cadre's bucket; a tombstone, which keeps no cadre id,
 * is in the bucket of its own id. So whoever holds a row's previous version knows where it is.
 */

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

/**
 * A bucket row, its records in a fixed order: tombstones first, then each cadre's records
 * together, each by id. Two browsers holding the same records store the same rows, and a reader
 * of every record meets each cadre's records one after another (the home screen's lists look
 * each cadre up once, not once per record).
 */
export function bucketRow(id: number, visits: Stored<VisitRecord>[]): VisitBucket {
  const cadreOf = (v: Stored<VisitRecord>): string => (isLive(v) ? v.cadreId : '');
  visits.sort((a, b) => byCodeUnits(cadreOf(a), cadreOf(b)) || byCodeUnits(a.id, b.id));
  return { id, live: visits.filter(isLive).length, visits };
}
