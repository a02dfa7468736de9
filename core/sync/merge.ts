import { canonicalJson } from './canonical';
import { isTombstone, type SyncRecord } from './kinds';

/**
 * The order in which versions of one record win, the same on every device:
 * 1. the later `updatedAt`;
 * 2. on equal times, a deletion before a live record (an edit made at the very instant of a
 *    deletion does not bring the record back);
 * 3. then the larger canonical JSON (any fixed order of distinct values would do; this one needs
 *    no device id and no clock).
 * It is a total order on distinct records, so "keep the greater" is idempotent, commutative and
 * associative: importing a file twice changes nothing, and files merge to the same result in any
 * order. A tombstone is newer than every version it deleted (storage/db.ts `tombstoneOf`), so an
 * older copy never brings a deleted record back.
 */
export function compareVersions(a: SyncRecord, b: SyncRecord): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  const ad = isTombstone(a);
  if (ad !== isTombstone(b)) return ad ? 1 : -1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

/** The winning version of two versions of one record. */
export function newerOf<R extends SyncRecord>(a: R, b: R): R {
  return compareVersions(a, b) >= 0 ? a : b;
}

/**
 * Merges two sets of records of one kind by id, the winner of each id kept: the merge every
 * import performs when no conflict is resolved by hand. Returned sorted by id.
 */
export function mergeRecordSets<R extends SyncRecord>(a: readonly R[], b: readonly R[]): R[] {
  const byId = new Map<string, R>();
  for (const r of [...a, ...b]) {
    const held = byId.get(r.id);
    byId.set(r.id, held ? newerOf(held, r) : r);
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
