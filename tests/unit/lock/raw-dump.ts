/** Every row of every object store of an IndexedDB database, read without Dexie (and so without the Lock). */
export async function rawDump(name: string): Promise<Record<string, unknown[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const names = [...idb.objectStoreNames];
    const tx = idb.transaction(names, 'readonly');
    const out: Record<string, unknown[]> = {};
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              out[n] = req.result as unknown[];
              resolve();
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    );
    return out;
  } finally {
    idb.close();
  }
}
