import { type DBCore, type DBCoreCursor, type DBCoreKeyRange, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { hashTerm } from '../../core/lock/seal';
import { hashedIndexesOf, SEALED_TABLES, type HashedIndex } from '../../core/lock/sensitive-fields';
import { termOfRange } from '../../core/lock/terms';
import { LockedError } from './errors';
import { waitInTransaction } from './keep-alive';
import type { LockRing } from './ring';
import { codecOf, type RowCodec } from './codec';
import { scanHashedIndex, virtualCursor } from './scan';
import { VAULT_KEY } from './vault-key';

type Row = Record<string, unknown>;

/**
 * The Lock as a Dexie DBCore middleware: the repositories keep reading and writing clear records,
 * and below them, nearest to IndexedDB, this layer seals the sensitive fields of every write and
 * opens them on every read (storage/lock/row.ts). Lookups on an index over a sealed field (the
 * ID numbers of the cadre buckets) are answered with keyed hashes: an equality lookup becomes an
 * equality on a hash; any other range is answered by opening the table's rows and comparing in
 * memory. With the Lock off, every call goes straight down.
 */
export function lockMiddleware(ring: LockRing): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'carefill-lock',
    // nearest to IndexedDB: every other layer (hooks, observability) sees clear records
    level: -10,
    create: (down) => ({ ...down, table: (name) => lockTable(down.table(name), ring) }),
  };
}

function lockTable(down: DBCoreTable, ring: LockRing): DBCoreTable {
  const name = down.name;
  if (name === 'settings') return settingsTable(down, ring);
  if (!(SEALED_TABLES as readonly string[]).includes(name)) return down;
  const codec = codecOf(name);
  const hashed = hashedIndexesOf(name);
  const hashedSpec = (index: string | null): HashedIndex | undefined => (index ? hashed[index] : undefined);

  /** Opens (or, without a key, hides) the sealed fields of rows read inside `trans`. */
  const readRows = async (trans: DBCoreTransaction, rows: unknown[]): Promise<unknown[]> => {
    if (!rows.some(codec.isSealed)) return rows;
    const keys = ring.keys;
    if (!keys) return rows.map((r) => (codec.isSealed(r) ? codec.locked(r as Row) : r));
    return waitInTransaction(trans, Promise.all(rows.map((r) => (codec.isSealed(r) ? codec.open(keys, r as Row) : r))));
  };

  /** The hashed form of a lookup on a hashed index, or null when it needs a scan. */
  const hashedRange = async (index: string, spec: HashedIndex, range: DBCoreKeyRange): Promise<DBCoreKeyRange | null> => {
    const keys = ring.keys;
    if (!keys) throw new LockedError();
    const term = termOfRange(range);
    if (!term) return null;
    const h = hashTerm(keys, spec.hashedAs ?? index, term.kind, term.text);
    return { type: 2 /* DBCoreRangeType.Range */, lower: h, upper: h, lowerOpen: false, upperOpen: false };
  };

  return {
    ...down,
    async mutate(req) {
      if (ring.state === 'off' || (req.type !== 'add' && req.type !== 'put')) return down.mutate(req);
      const keys = ring.keys;
      if (!keys) {
        if (req.values.some((v: Row) => v && codec.needsKey(v))) throw new LockedError();
        return down.mutate({ ...req, values: req.values.map((v: Row) => (v ? codec.keepSealed(v) : v)) });
      }
      const values = await waitInTransaction(req.trans, Promise.all(req.values.map((v: Row) => codec.seal(keys, v))));
      return down.mutate({ ...req, values });
    },

    async get(req) {
      const row: unknown = await down.get(req);
      return row === undefined ? row : (await readRows(req.trans, [row]))[0];
    },

    async getMany(req) {
      return readRows(req.trans, await down.getMany(req));
    },

    async query(req) {
      const index = req.query.index.name;
      const spec = hashedSpec(index);
      if (!spec || !index || ring.state === 'off') {
        const res = await down.query(req);
        return req.values ? { result: await readRows(req.trans, res.result) } : res;
      }
      const range = await waitInTransaction(req.trans, hashedRange(index, spec, req.query.range));
      if (range) {
        const res = await down.query({ ...req, query: { ...req.query, range } });
        return req.values ? { result: await readRows(req.trans, res.result) } : res;
      }
      const hits = await scanHashedIndex(down, ring, codec, req.trans, index, req.query.range, req.direction?.startsWith('prev') ?? false);
      const limited = req.limit !== undefined ? hits.slice(0, req.limit) : hits;
      return { result: limited.map((h) => (req.values ? h.row : h.primaryKey)) };
    },

    async count(req) {
      const index = req.query.index.name;
      const spec = hashedSpec(index);
      if (!spec || !index || ring.state === 'off') return down.count(req);
      const range = await waitInTransaction(req.trans, hashedRange(index, spec, req.query.range));
      if (range) return down.count({ ...req, query: { ...req.query, range } });
      return (await scanHashedIndex(down, ring, codec, req.trans, index, req.query.range, false)).length;
    },

    async openCursor(req) {
      const index = req.query.index.name;
      if (ring.state !== 'off' && hashedSpec(index) && index) {
        // the caller compares cursor keys with clear values (anyOf): walk the clear keys in memory
        const hits = await scanHashedIndex(down, ring, codec, req.trans, index, req.query.range, req.reverse ?? false);
        return virtualCursor(req.trans, hits, req.unique ?? false, req.reverse ?? false);
      }
      const cursor = await down.openCursor(req);
      if (!cursor || !req.values || ring.state === 'off') return cursor;
      return openingCursor(cursor, codec, ring);
    },
  };
}

/**
 * The settings table holds the vault. When a committed transaction removes it (erase everything
 * clears every table), the Lock is off: nothing sealed remains, and the old key must not seal
 * new rows that no vault could ever open.
 */
function settingsTable(down: DBCoreTable, ring: LockRing): DBCoreTable {
  return {
    ...down,
    async mutate(req) {
      const removesVault = req.type === 'deleteRange' || (req.type === 'delete' && req.keys.includes(VAULT_KEY));
      const res = await down.mutate(req);
      if (removesVault && ring.state !== 'off') (req.trans as unknown as IDBTransaction).addEventListener('complete', () => ring.turnOff());
      return res;
    },
  };
}

/** A cursor whose `value` is the opened row: each step opens the row before the caller sees it. */
function openingCursor(cursor: DBCoreCursor, codec: RowCodec, ring: LockRing): DBCoreCursor {
  let current: unknown;
  return Object.create(cursor, {
    value: { get: () => current },
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          const raw: unknown = cursor.value;
          const keys = ring.keys;
          if (!codec.isSealed(raw)) {
            current = raw;
            onNext();
          } else if (!keys) {
            current = codec.locked(raw as Row);
            onNext();
          } else {
            waitInTransaction(cursor.trans, codec.open(keys, raw as Row)).then(
              (row) => {
                current = row;
                try {
                  onNext();
                } catch (e) {
                  cursor.fail(e instanceof Error ? e : new Error(String(e)));
                }
              },
              (e: unknown) => cursor.fail(e instanceof Error ? e : new Error(String(e))),
            );
          }
        }),
    },
  }) as DBCoreCursor;
}

