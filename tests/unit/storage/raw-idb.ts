/**
 * Builds an IndexedDB database without Dexie, from a frozen dump (tests/fixtures/db/vN.json): the
 * object stores and indexes a Dexie schema string declares, then the rows. The migration test
 * then opens it with the current CareFillDB, as a browser profile holding an older version would.
 */

export interface RawIndex {
  name: string;
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

export interface RawStore {
  keyPath: string;
  autoIncrement: boolean;
  indexes: RawIndex[];
}

/** Parses one Dexie store spec: `id, name, *phones, &code, [a+b]`. */
export function parseDexieStore(spec: string): RawStore {
  const [primary, ...rest] = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (!primary) throw new Error(`empty store spec: ${spec}`);
  const autoIncrement = primary.startsWith('++');
  const indexes = rest.map((raw): RawIndex => {
    const multiEntry = raw.startsWith('*');
    const unique = raw.startsWith('&');
    const name = raw.replace(/^[*&]/, '');
    const compound = /^\[(.+)\]$/.exec(name);
    return { name, keyPath: compound ? compound[1]!.split('+') : name, multiEntry, unique };
  });
  return { keyPath: primary.replace(/^\+\+|^&/, ''), autoIncrement, indexes };
}

const done = (req: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if ('oncomplete' in req) {
      req.oncomplete = () => resolve();
      req.onerror = () => reject(req.error);
      req.onabort = () => reject(req.error);
    } else {
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    }
  });

/** Creates database `name` at native version `nativeVersion` with the given stores and rows, then closes it. */
export async function loadRawDatabase(
  name: string,
  nativeVersion: number,
  /** a `null` spec is a table that version deleted */
  stores: Record<string, string | null>,
  tables: Record<string, unknown[]>,
): Promise<void> {
  const open = indexedDB.open(name, nativeVersion);
  open.onupgradeneeded = () => {
    const idb = open.result;
    for (const [storeName, spec] of Object.entries(stores)) {
      if (spec === null) continue;
      const s = parseDexieStore(spec);
      const store = idb.createObjectStore(storeName, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
    }
  };
  await done(open);
  const idb = open.result;
  const tx = idb.transaction(Object.keys(tables), 'readwrite');
  for (const [storeName, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(storeName).put(row);
  await done(tx);
  idb.close();
}

/** The index names of every object store of an open native database. */
export function nativeIndexes(idb: IDBDatabase): Record<string, string[]> {
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(names.map((n) => [n, [...tx.objectStore(n).indexNames].sort()]));
}
