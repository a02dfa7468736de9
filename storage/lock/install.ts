import Dexie from 'dexie';
import { lockVault } from '../../core/lock/vault';
import { SEALED_TABLES } from '../../core/lock/sensitive-fields';
import { lockMiddleware } from './middleware';
import type { LockRing } from './ring';

import { VAULT_KEY } from './vault-key';

export { VAULT_KEY };

/**
 * Puts the Lock under a database: the middleware, and a `ready` step that sets the ring from the
 * stored vault before any other operation runs (Dexie holds queued operations until `ready`
 * subscribers settle), so no read or write ever happens with the Lock state unknown. A data key kept
 * by this browser session (`ring.keySource`) unlocks at once: a service-worker restart does not lock.
 */
export function installLock(db: Dexie, ring: LockRing): void {
  db.use(lockMiddleware(ring));
  ring.onChange = () => announceAllChanged(db.name);
  // vipDb: inside `ready`, only it may touch the database (db itself waits for ready); sticky: on every open
  db.on(
    'ready',
    async (vipDb) => {
    const row = (await vipDb.table('settings').get(VAULT_KEY)) as { value?: unknown } | undefined;
    if (!row || !lockVault.safeParse(row.value).success) {
      ring.turnOff();
      return;
    }
    ring.lock();
    const dataKey = await ring.keySource?.().catch(() => null);
    if (dataKey) await ring.unlockWith(dataKey).catch(() => ring.lock());
    },
    true,
  );
}

/**
 * Tells every reader that caches sealed tables (the ledger list's in-memory index) that all their
 * rows changed: they read differently now (opened, or hidden). Dexie's own `storagemutated` event,
 * with a whole-table range, as a bulk write would send.
 */
function announceAllChanged(dbName: string): void {
  const parts: Record<string, unknown> = {};
  for (const table of SEALED_TABLES) parts[`idb://${dbName}/${table}/`] = { from: -Infinity, to: [[]], d: 1 };
  (Dexie.on as unknown as { storagemutated: { fire(parts: unknown): void } }).storagemutated.fire(parts);
}
