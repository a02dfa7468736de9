import { z } from 'zod';
import { newId, recordMeta } from '../core/model/record';
import { MAX_AGREED_PEERS, MAX_PEERS, type AgreedStamps, type PeerMark } from '../core/sync/markers';
import type { CareFillDB } from './db';

/**
 * Sync's memory in the settings key-value table (no schema change): this browser profile's
 * device id, what it last imported from each other device, and the stamps of the versions that
 * device last sent, for the few most recent devices (core/sync/markers.ts).
 */
const DEVICE_KEY = 'syncDevice';
const PEERS_KEY = 'syncPeers';
const AGREED_PREFIX = 'syncAgreed:';

const deviceValue = z.strictObject({ deviceId: recordMeta.id });
const peersValue = z.strictObject({
  peers: z
    .array(z.strictObject({ deviceId: recordMeta.id, exportedAt: z.number().int().nonnegative(), importedAt: z.number().int().nonnegative() }))
    .max(MAX_PEERS),
});

/** This profile's device id, or undefined before its first export. */
export async function readDeviceId(db: CareFillDB): Promise<string | undefined> {
  const parsed = deviceValue.safeParse((await db.settings.get(DEVICE_KEY))?.value);
  return parsed.success ? parsed.data.deviceId : undefined;
}

/** This profile's device id, created on first use. */
export async function ensureDeviceId(db: CareFillDB): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const known = await readDeviceId(db);
    if (known) return known;
    const deviceId = newId();
    await db.settings.put({ key: DEVICE_KEY, value: { deviceId } });
    return deviceId;
  });
}

/** What this profile last imported from each device (unreadable marks count as none). */
export async function readPeers(db: CareFillDB): Promise<PeerMark[]> {
  const parsed = peersValue.safeParse((await db.settings.get(PEERS_KEY))?.value);
  return parsed.success ? parsed.data.peers : [];
}

/** Stores the marks; call inside the import's transaction. */
export async function writePeers(db: CareFillDB, peers: readonly PeerMark[]): Promise<void> {
  await db.settings.put({ key: PEERS_KEY, value: { peers: [...peers] } });
}

/**
 * Stored agreed stamps: per kind, the ids and their stamps as two parallel lists (a string and a
 * number list clone far faster than an object or Map of 120,000 entries).
 */
interface StoredAgreed {
  kinds: Record<string, { ids: string[]; stamps: number[] }>;
}

function isStoredAgreed(v: unknown): v is StoredAgreed {
  if (v === null || typeof v !== 'object' || typeof (v as StoredAgreed).kinds !== 'object' || (v as StoredAgreed).kinds === null) return false;
  return Object.values((v as StoredAgreed).kinds).every(
    (k) => Array.isArray(k?.ids) && Array.isArray(k.stamps) && k.ids.length === k.stamps.length,
  );
}

/** The stamps of the versions `deviceId` last sent, or undefined (never imported, forgotten, unreadable). */
export async function readAgreed(db: CareFillDB, deviceId: string): Promise<AgreedStamps | undefined> {
  const value = (await db.settings.get(AGREED_PREFIX + deviceId))?.value;
  if (!isStoredAgreed(value)) return undefined;
  const out = new Map<string, Map<string, number>>();
  for (const [kind, { ids, stamps }] of Object.entries(value.kinds)) {
    const map = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const stamp = stamps[i];
      if (typeof id === 'string' && typeof stamp === 'number') map.set(id, stamp);
    }
    out.set(kind, map);
  }
  return out;
}

/**
 * Stores the stamps `deviceId` sent, and forgets those of devices beyond the most recent
 * `MAX_AGREED_PEERS` of `peers` (most recent first). Call inside the import's transaction.
 */
export async function writeAgreed(db: CareFillDB, deviceId: string, agreed: AgreedStamps, peers: readonly PeerMark[]): Promise<void> {
  const kinds: StoredAgreed['kinds'] = {};
  for (const [kind, map] of agreed) kinds[kind] = { ids: [...map.keys()], stamps: [...map.values()] };
  await db.settings.put({ key: AGREED_PREFIX + deviceId, value: { kinds } satisfies StoredAgreed });
  const keep = new Set([deviceId, ...peers.slice(0, MAX_AGREED_PEERS).map((p) => p.deviceId)].map((d) => AGREED_PREFIX + d));
  const stale = (await db.settings.where('key').startsWith(AGREED_PREFIX).primaryKeys()).filter((k) => !keep.has(k));
  if (stale.length) await db.settings.bulkDelete(stale);
}
