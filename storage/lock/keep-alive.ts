import type { DBCoreTransaction } from 'dexie';

/**
 * Waits for non-IndexedDB work (WebCrypto) inside an IndexedDB transaction. A transaction commits
 * as soon as it has no pending request, so while the work runs this keeps one cheap request in
 * flight (the technique of Dexie.waitFor), and settles from that request's success callback, where
 * the transaction is active again and the caller can go on issuing requests.
 * Must be called synchronously while the transaction is active (at the start of a DBCore call).
 */
export function waitInTransaction<T>(trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  const idb = trans as unknown as IDBTransaction;
  return new Promise<T>((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    const store = idb.objectStore(idb.objectStoreNames[0]!);
    const spin = (): void => {
      if (outcome) {
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
        return;
      }
      // a lookup of a key no row has: the cheapest request there is
      const req = store.get(-Infinity);
      req.onsuccess = spin;
      req.onerror = () => reject(req.error ?? new Error('keep-alive request failed'));
    };
    spin();
  });
}
