/**
 * Every row of every object store of CareFill's database as JSON, read with the native IndexedDB
 * API (no Dexie, no Lock middleware): what someone copying the browser profile would find. Runs
 * inside an extension page: pass it to `page.evaluate` (Playwright or puppeteer), so it must use
 * nothing from outside its own body.
 */
export async function dumpCareFillDatabase(): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('carefill');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  const rows = await Promise.all(
    names.map(
      (n) =>
        new Promise<unknown[]>((resolve, reject) => {
          const req = tx.objectStore(n).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  idb.close();
  return JSON.stringify(Object.fromEntries(names.map((n, i) => [n, rows[i]])));
}
