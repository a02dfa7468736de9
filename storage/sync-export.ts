import type { Table } from 'dexie';
import { settings as settingsSchema } from '../core/model/settings';
import type { Cadre } from '../core/model/cadre';
import type { SyncSnapshot } from '../core/sync/encode';
import { cadreFilter, type CadreFilter } from '../core/sync/filter';
import { KINDS_OF_SCOPE, RECORD_KINDS, type ExportScopeKind, type RecordKind, type SharedSettings, type SyncRecord } from '../core/sync/kinds';
import { seenOf } from '../core/sync/markers';
import { isLive, type CadreRow, type CareFillDB, type Stored } from './db';
import { ensureDeviceId, readPeers } from './sync-device';

/** What a person chose to export. */
export type ExportScope =
  | { kind: 'everything' }
  | { kind: 'ledger' }
  | { kind: 'templates-standards' }
  | { kind: 'cadres'; filter: CadreFilter };

/** The table of each record kind. */
export function tableOf(db: CareFillDB, kind: RecordKind): Table<Stored<{ id: string; updatedAt: number }>, string> {
  return db[kind] as unknown as Table<Stored<{ id: string; updatedAt: number }>, string>;
}

/**
 * A stored row as it travels: cadres without their search index terms (they are derived). Built
 * by rest-spread rather than `delete` (storage/cadre-row.ts `fromCadreRow`): 20,000 objects that
 * keep V8's fast shape serialise and compare several times faster.
 */
export function exportedRow(kind: RecordKind, row: object): SyncRecord {
  if (kind !== 'cadres') return row as SyncRecord;
  const { nameParts: _n, pinyinParts: _p, phoneDigits: _d, digitTails: _t, ...record } = row as CadreRow;
  return record as unknown as SyncRecord;
}

/**
 * Reads what an export holds, in one read transaction: every record of the scope's kinds,
 * tombstones included, so deletions travel too. A cadre selection carries the live cadres that
 * match and their live follow-ups and visit records (a tombstone keeps no cadre to filter by).
 * The shared settings travel with "everything" once they have been saved.
 */
export async function readExportSnapshot(db: CareFillDB, scope: ExportScope, appVersion: string, now: number): Promise<SyncSnapshot> {
  const deviceId = await ensureDeviceId(db);
  const kinds = KINDS_OF_SCOPE[scope.kind];
  return db.transaction('r', [...kinds.map((k) => tableOf(db, k)), db.settings], async () => {
    const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as SyncRecord[]])) as SyncSnapshot['records'];
    if (scope.kind === 'cadres') {
      const keep = cadreFilter(scope.filter);
      const cadres = (await db.cadres.toArray()).filter(isLive).map((r) => exportedRow('cadres', r) as unknown as Cadre).filter((c) => keep(c));
      const ids = cadres.map((c) => c.id);
      records.cadres = cadres as unknown as SyncRecord[];
      records.followUps = (await db.followUps.where('cadreId').anyOf(ids).toArray()).filter(isLive) as unknown as SyncRecord[];
      records.visits = (await db.visits.where('cadreId').anyOf(ids).toArray()).filter(isLive) as unknown as SyncRecord[];
    } else {
      for (const kind of kinds) records[kind] = (await tableOf(db, kind).toArray()).map((row) => exportedRow(kind, row));
    }
    const peers = await readPeers(db);
    const shared = scope.kind === 'everything' ? await readSharedSettings(db) : undefined;
    return {
      appVersion,
      deviceId,
      exportedAt: now,
      scope: scope.kind as ExportScopeKind,
      seen: seenOf(peers),
      records,
      ...(shared ? { settings: shared } : {}),
    };
  });
}

/** The office settings worth sharing (core/sync/kinds.ts), or undefined when never saved. */
export async function readSharedSettings(db: CareFillDB): Promise<SharedSettings | undefined> {
  const row = await db.settings.get('office');
  if (!row) return undefined;
  const parsed = settingsSchema.safeParse(row.value);
  if (!parsed.success || parsed.data.updatedAt === 0) return undefined;
  const { updatedAt, department, contactIntervalMonths } = parsed.data;
  return { updatedAt, contactIntervalMonths, ...(department !== undefined ? { department } : {}) };
}
