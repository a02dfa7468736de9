import { cmp, type DBCoreCursor, type DBCoreKeyRange, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { hashedIndexesOf } from '../../core/lock/sensitive-fields';
import { LockedError } from './errors';
import { waitInTransaction } from './keep-alive';
import type { LockRing } from './ring';
import type { RowCodec } from './codec';

/** One entry of an index as a cursor would visit it. */
export interface IndexHit {
  key: unknown;
  primaryKey: unknown;
  row: unknown;
}

const FULL_RANGE: DBCoreKeyRange = { type: 3 /* Any */, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };

function inRange(key: unknown, range: DBCoreKeyRange): boolean {
  if (range.type === 3) return true;
  if (range.type === 4) return false;
  // an undefined bound is no bound (Dexie's above/below)
  if (range.lower !== undefined) {
    const lo = cmp(key, range.lower);
    if (lo < 0 || (lo === 0 && range.lowerOpen)) return false;
  }
  if (range.upper === undefined) return true;
  const hi = cmp(key, range.upper);
  return hi < 0 || (hi === 0 && !range.upperOpen);
}

/**
 * The entries a clear index over a sealed field would hold within `range`, in index order:
 * every row of the table is read and opened. The slow path of the Lock, for lookups a hashed
 * index cannot answer (Dexie's anyOf, orderBy on a hashed index); needs the key.
 */
export async function scanHashedIndex(
  down: DBCoreTable,
  ring: LockRing,
  codec: RowCodec,
  trans: DBCoreTransaction,
  index: string,
  range: DBCoreKeyRange,
  reverse: boolean,
): Promise<IndexHit[]> {
  const keys = ring.keys;
  if (!keys) throw new LockedError();
  const spec = hashedIndexesOf(down.name)[index];
  const all = await down.query({ trans, values: true, query: { index: down.schema.primaryKey, range: FULL_RANGE } });
  const rows = await waitInTransaction(trans, Promise.all(all.result.map((r: unknown) => (codec.isSealed(r) ? codec.open(keys, r as Record<string, unknown>) : r))));
  const hits: IndexHit[] = [];
  for (const row of rows as Record<string, unknown>[]) {
    const value = row[index];
    const values = spec?.multi ? (Array.isArray(value) ? [...new Set(value)] : []) : value === undefined ? [] : [value];
    for (const key of values) if (inRange(key, range)) hits.push({ key, primaryKey: row.id, row });
  }
  hits.sort((a, b) => cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey));
  if (reverse) hits.reverse();
  return hits;
}

/** A cursor over entries found in memory, with the IDB cursor's moves (continue to a key, advance, stop). */
export function virtualCursor(trans: DBCoreTransaction, all: IndexHit[], unique: boolean, reverse: boolean): DBCoreCursor | null {
  const hits = unique ? all.filter((h, i) => i === 0 || cmp(h.key, all[i - 1]!.key) !== 0) : all;
  if (hits.length === 0) return null;
  let pos = 0;
  let moved = false;
  let looping = false;
  let finished = false;
  let settle: { resolve: (v: unknown) => void; reject: (e: Error) => void } | null = null;
  let onNext: () => void = () => {};
  const past = (key: unknown, target: unknown): boolean => (reverse ? cmp(key, target) <= 0 : cmp(key, target) >= 0);

  const finish = (value?: unknown, error?: Error): void => {
    if (finished) return;
    finished = true;
    if (error) settle?.reject(error);
    else settle?.resolve(value);
  };
  const loop = (): void => {
    looping = true;
    while (!finished) {
      if (pos >= hits.length) {
        cursor.done = true;
        finish();
        break;
      }
      moved = false;
      try {
        onNext();
      } catch (e) {
        finish(undefined, e instanceof Error ? e : new Error(String(e)));
        break;
      }
      if (!moved) break; // the caller moves later (after async work)
    }
    looping = false;
  };
  const move = (to: number): void => {
    pos = to;
    moved = true;
    if (!looping) queueMicrotask(loop);
  };
  const findFrom = (pred: (h: IndexHit) => boolean): number => {
    for (let i = pos + 1; i < hits.length; i++) if (pred(hits[i]!)) return i;
    return hits.length;
  };

  const cursor: DBCoreCursor & { done: boolean } = {
    trans,
    done: false,
    get key() {
      return hits[pos]?.key;
    },
    get primaryKey() {
      return hits[pos]?.primaryKey;
    },
    get value() {
      return hits[pos]?.row;
    },
    continue(key?: unknown) {
      move(key === undefined ? pos + 1 : findFrom((h) => past(h.key, key)));
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      move(findFrom((h) => (cmp(h.key, key) === 0 ? past(h.primaryKey, primaryKey) : past(h.key, key))));
    },
    advance(count: number) {
      move(pos + count);
    },
    start(callback: () => void) {
      onNext = callback;
      finished = false;
      const p = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
      loop();
      return p;
    },
    stop(value?: unknown) {
      finish(value);
    },
    next() {
      let gotOne = true;
      return this.start(() => {
        if (gotOne) {
          gotOne = false;
          cursor.continue();
        } else cursor.stop();
      }).then(() => cursor);
    },
    fail(error: Error) {
      finish(undefined, error);
    },
  };
  return cursor;
}
