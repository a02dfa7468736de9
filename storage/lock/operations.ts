import { keysFromDataKey, newDataKey } from '../../core/lock/keys';
import { SEALED_TABLES } from '../../core/lock/sensitive-fields';
import { unwrapDataKey, wrapDataKey, type LockVault } from '../../core/lock/vault';
import type { CareFillDB } from '../db';
import { VAULT_KEY } from './install';

/**
 * Turning the Lock on and off, unlocking and changing the passphrase. Turning it on or off
 * rewrites every row of the sealed tables in one transaction: all of it is sealed (or opened),
 * or nothing is. The slow passphrase KDF runs before the transaction.
 */

export type LockFailure = 'wrong-passphrase' | 'damaged' | 'already-on' | 'not-on';
export type LockResult = { ok: true; dataKey: Uint8Array } | { ok: false; reason: LockFailure };

/** The stored vault, or undefined when the Lock is off. */
export async function readVault(db: CareFillDB): Promise<unknown> {
  return (await db.settings.get(VAULT_KEY))?.value;
}

/** Seals the whole database under a new data key wrapped by `passphrase`. */
export async function enableLock(db: CareFillDB, passphrase: string): Promise<LockResult> {
  if ((await readVault(db)) !== undefined) return { ok: false, reason: 'already-on' };
  const dataKey = newDataKey();
  const vault: LockVault = await wrapDataKey(passphrase, dataKey);
  const keys = await keysFromDataKey(dataKey);
  const ring = db.lockRing;
  const tables = SEALED_TABLES.map((t) => db.table(t));
  try {
    await db.transaction('rw', [...tables, db.settings], async () => {
      const rows = await Promise.all(tables.map((t) => t.toArray()));
      ring.useKeys(keys);
      for (const [i, t] of tables.entries()) await t.bulkPut(rows[i]!);
      await db.settings.put({ key: VAULT_KEY, value: vault });
    });
  } catch (e) {
    ring.turnOff();
    throw e;
  }
  return { ok: true, dataKey };
}

/** The data key of the stored vault under `passphrase` (does not change the ring). */
export async function openVault(db: CareFillDB, passphrase: string): Promise<LockResult> {
  const vault = await readVault(db);
  if (vault === undefined) return { ok: false, reason: 'not-on' };
  return unwrapDataKey(passphrase, vault);
}

/** Unlocks with `passphrase`: the ring gets the keys. */
export async function unlockLock(db: CareFillDB, passphrase: string): Promise<LockResult> {
  const r = await openVault(db, passphrase);
  if (r.ok) await db.lockRing.unlockWith(r.dataKey);
  return r;
}

/** Opens every sealed row and stores it in the clear again; the vault is removed. */
export async function disableLock(db: CareFillDB, passphrase: string): Promise<LockResult> {
  const r = await openVault(db, passphrase);
  if (!r.ok) return r;
  const keys = await keysFromDataKey(r.dataKey);
  const ring = db.lockRing;
  const tables = SEALED_TABLES.map((t) => db.table(t));
  const before = ring.state;
  try {
    await db.transaction('rw', [...tables, db.settings], async () => {
      ring.useKeys(keys);
      const rows = await Promise.all(tables.map((t) => t.toArray()));
      ring.turnOff();
      for (const [i, t] of tables.entries()) await t.bulkPut(rows[i]!);
      await db.settings.delete(VAULT_KEY);
    });
  } catch (e) {
    if (before === 'unlocked') ring.useKeys(keys);
    else ring.lock();
    throw e;
  }
  return r;
}

/** Re-wraps the data key under a new passphrase; the data stays as it is. */
export async function changePassphrase(db: CareFillDB, current: string, next: string): Promise<LockResult> {
  const r = await openVault(db, current);
  if (!r.ok) return r;
  const vault = await wrapDataKey(next, r.dataKey);
  await db.settings.put({ key: VAULT_KEY, value: vault });
  return r;
}
