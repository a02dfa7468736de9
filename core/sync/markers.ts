import type { SeenMark, SyncHeader } from './header';

/**
 * What a device remembers of each other device it imported from: the export time of the newest
 * file it took from it (that device's clock) and when it took it (its own clock). Kept in the
 * settings store (storage/sync-device.ts); each export lists the first part as `seen`.
 */
export interface PeerMark {
  deviceId: string;
  exportedAt: number;
  importedAt: number;
}

/**
 * The points since which each side's changes count as "changed since the last sync" between this
 * device and the file's device. Both sides' clocks are taken to agree roughly (office computers
 * keep network time); without version vectors in the records, this is how both sides tell an
 * edit from a copy:
 * - a local record changed after the file's device last took our data (`seen`, our export it
 *   imported) and after we last took its data (records copied then are not our edits);
 * - a record of the file changed after the newest file we took from that device and after that
 *   device took our data (what it holds from us then is not its edit).
 * With no earlier sync both are 0, and every record both sides hold differently is a conflict.
 * A conflict only asks the person: unanswered, the newer version wins either way.
 * These times are only the fallback: once a device's file has been imported, its records'
 * stamps are remembered (`agreed`), and "changed since" becomes "not the version agreed then",
 * which no clock enters (docs/sync-format.md, Conflicts).
 */
export interface SyncBase {
  localSince: number;
  remoteSince: number;
  /**
   * The versions agreed at the last import from the file's device, when remembered: per record
   * kind, id → the `updatedAt` of that device's version then. A record found here is judged
   * without any clock: a side changed it since if its `updatedAt` is not that stamp. The times
   * above are the fallback for records not found (the device never sent them).
   */
  agreed?: AgreedStamps;
}

/** Per record kind (`PlanKind`), record id → `updatedAt` of the version the other device last sent. */
export type AgreedStamps = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function syncBase(
  header: Pick<SyncHeader, 'deviceId' | 'seen'>,
  myDeviceId: string,
  peers: readonly PeerMark[],
  agreed?: AgreedStamps,
): SyncBase {
  const peer = peers.find((p) => p.deviceId === header.deviceId);
  const seenMe = header.seen.find((s) => s.deviceId === myDeviceId)?.exportedAt ?? 0;
  return { localSince: Math.max(seenMe, peer?.importedAt ?? 0), remoteSince: Math.max(seenMe, peer?.exportedAt ?? 0), ...(agreed ? { agreed } : {}) };
}

/**
 * The agreed stamps after importing a file: the earlier ones, overlaid with the stamp of every
 * record of the file (whichever version won here, the file's is what its device holds). A
 * selection (a filtered export) updates only the records it carries.
 */
export function agreedAfterImport(previous: AgreedStamps | undefined, remote: Readonly<Record<string, readonly { id: string; updatedAt: number }[]>>): AgreedStamps {
  const out = new Map<string, ReadonlyMap<string, number>>();
  for (const [kind, records] of Object.entries(remote)) {
    const before = previous?.get(kind);
    if (!records.length) {
      if (before?.size) out.set(kind, before);
      continue;
    }
    const stamps = new Map(before ?? []);
    for (const r of records) stamps.set(r.id, r.updatedAt);
    out.set(kind, stamps);
  }
  return out;
}

/** How many devices' agreed stamps a browser keeps (the most recently imported from; the rest fall back to times). */
export const MAX_AGREED_PEERS = 4;

/** How many devices a browser remembers (the most recently imported from). */
export const MAX_PEERS = 100;

/** The marks after importing a file from `header.deviceId` at `now`. */
export function markImported(peers: readonly PeerMark[], header: Pick<SyncHeader, 'deviceId' | 'exportedAt'>, now: number): PeerMark[] {
  const previous = peers.find((p) => p.deviceId === header.deviceId);
  const mark: PeerMark = { deviceId: header.deviceId, exportedAt: Math.max(previous?.exportedAt ?? 0, header.exportedAt), importedAt: now };
  return [mark, ...peers.filter((p) => p.deviceId !== header.deviceId)].slice(0, MAX_PEERS);
}

/** The `seen` list an export carries. */
export function seenOf(peers: readonly PeerMark[]): SeenMark[] {
  return peers.slice(0, MAX_PEERS).map((p) => ({ deviceId: p.deviceId, exportedAt: p.exportedAt }));
}
