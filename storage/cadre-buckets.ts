import { bucketOfKey, byCodeUnits } from './buckets';
import { isLive, type CadreRow, type Stored } from './db';

/**
 * How cadres are laid out on disk (schema v4): many to a row, each in the bucket of a hash of its
 * id (storage/buckets.ts). A first full load of 20,000 cadres writes about a thousand rows instead
 * of 20,000 rows with a dozen index entries each. A cadre stays in its bucket for good: its
 * tombstone replaces it there.
 *
 * The ledger's search runs on the whole ledger in memory (storage/cadre-list.ts), so a bucket
 * indexes only what is looked up without it: who holds an ID number (every save checks it; the
 * guard finds the form's cadre by it) and who has a name (the guard's second way).
 */

/** A row of the `cadreBuckets` table. */
export interface CadreBucket {
  id: number;
  /** how many of its cadres are live, indexed: counting reads the index's keys only */
  live: number;
  /** the ID numbers of its live cadres (with the Lock on, keyed hashes: storage/lock/codec.ts) */
  idNumbers: string[];
  /** the names of its live cadres */
  names: string[];
  cadres: Stored<CadreRow>[];
}

/** The bucket of a cadre (live or deleted). */
export function bucketOfCadreId(id: string): number {
  return bucketOfKey(id);
}

/** A bucket row, its cadres by id (two browsers holding the same cadres store the same rows). */
export function cadreBucketRow(id: number, cadres: Stored<CadreRow>[]): CadreBucket {
  cadres.sort((a, b) => byCodeUnits(a.id, b.id));
  const live = cadres.filter(isLive);
  const idNumbers = new Set(live.map((c) => c.idNumber).filter((n): n is string => !!n));
  return { id, live: live.length, idNumbers: [...idNumbers], names: [...new Set(live.map((c) => c.name))], cadres };
}
