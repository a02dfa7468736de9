import { z } from 'zod';
import { newId, recordMeta } from '../core/model/record';
import { MAX_PEERS, type PeerMark } from '../core/sync/markers';
import type { CareFillDB } from './db';

/**
 * Sync's memory in the settings key-value table (no schema change): this browser profile's
 * device id, and what it last imported from each other device (core/sync/markers.ts).
 */
const DEVICE_KEY = 'syncDevice';
const PEERS_KEY = 'syncPeers';

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
