import type { Table } from 'dexie';
import { settings as settingsSchema } from '../core/model/settings';
import type { Cadre } from '../core/model/cadre';
import type { CadreIndexTerms } from '../core/ledger/index-terms';
import type { SyncSnapshot } from '../core/sync/encode';
import { cadreFilter, type CadreFilter } from '../core/sync/filter';
import { KINDS_OF_SCOPE, RECORD_KINDS, type ExportScopeKind, type RecordKind, type SharedSettings, type SyncRecord } from '../core/sync/kinds';
import { seenOf } from '../core/sync/markers';
import { isLive, type CadreRow, type CareFillDB, type Stored } from './db';
import { CadreStore } from './cadre-store';
import { ensureDeviceId, readPeers } from './sync-device';
import { VisitStore } from './visit-store';

/** What a person chose to export. */
export type ExportScope =
  | { kind: 'everything' }
  | { kind: 'ledger' }
  | { kind: 'templates-standards' }
  | { kind: 'cadres'; filter: CadreFilter };

type RecordTable = Table<Stored<{ id: string; updatedAt: number }>, string>;

/** The table that stores a record kind (cadres and visit records are many to a row, storage/buckets.ts). */
export function tableOf(db: CareFillDB, kind: RecordKind): Table {
  return kind === 'visits' ? db.visitBuckets : kind === 'cadres' ? db.cadreBuckets : db[kind];
}

/** Every stored row of a kind, tombstones included, as it travels. */
export async function storedRowsOf(db: CareFillDB, kind: RecordKind): Promise<SyncRecord[]> {
  if (kind === 'visits') return (await new VisitStore(db).all()) as unknown as SyncRecord[];
  if (kind === 'cadres') return (await new CadreStore(db).all()).map((row) => exportedRow(kind, row));
  return (await (db[kind] as unknown as RecordTable).toArray()).map((row) => exportedRow(kind, row));
}

/**
 * A stored row as it travels: cadres without what only storage keeps (their name's syllables,
 * and the search terms of rows written before schema 4; all derived). Built by rest-spread
 * rather than `delete`: 20,000 objects that keep V8's fast shape serialise and compare several
 * times faster.
 */
export function exportedRow(kind: RecordKind, row: object): SyncRecord {
  if (kind !== 'cadres') return row as SyncRecord;
  const { syllables: _s, nameParts: _n, pinyinParts: _p, phoneDigits: _d, digitTails: _t, ...record } = row as CadreRow & Partial<CadreIndexTerms>;
  return record as unknown as SyncRecord;
}

/**
 * Reads what an export holds, in one read transaction: every record of the scope's kinds,
 * tombstones included, so deletions travel too. A cadre selection carries the live cadres that
 * match, their live follow-ups and visit records, and every tombstone of those three kinds (a
 * tombstone keeps no field to tell whose it was; docs/sync-format.md, Scopes).
 * The shared settings travel with "everything" once they have been saved.
 */
export async function readExportSnapshot(db: CareFillDB, scope: ExportScope, appVersion: string, now: number): Promise<SyncSnapshot> {
  const deviceId = await ensureDeviceId(db);
  const kinds = KINDS_OF_SCOPE[scope.kind];
  return db.transaction('r', [...kinds.map((k) => tableOf(db, k)), db.settings], async () => {
    const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as SyncRecord[]])) as SyncSnapshot['records'];
    if (scope.kind === 'cadres') {
      const keep = cadreFilter(scope.filter);
      const rows = await new CadreStore(db).all();
      const cadres = rows.filter(isLive).map((r) => exportedRow('cadres', r) as unknown as Cadre).filter((c) => keep(c));
      const ids = cadres.map((c) => c.id);
      records.cadres = [...(cadres as unknown as SyncRecord[]), ...(rows.filter((r) => !isLive(r)) as unknown as SyncRecord[])];
      records.followUps = [...(await liveOf(db.followUps.where('cadreId').anyOf(ids).toArray())), ...(await followUpTombstones(db))];
      const chosen = new Set(ids);
      // one bucket read for both: the chosen cadres' live records and every tombstone
      const visits = (await new VisitStore(db).all()).filter((v) => !isLive(v) || chosen.has(v.cadreId));
      records.visits = visits as unknown as SyncRecord[];
    } else {
      for (const kind of kinds) records[kind] = await storedRowsOf(db, kind);
    }
    // by id, as the other tables read: the file does not depend on the storage layout (and compresses better)
    records.visits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

const liveOf = async (rows: Promise<{ deletedAt?: number }[]>): Promise<SyncRecord[]> => (await rows).filter(isLive) as unknown as SyncRecord[];

/**
 * Every tombstone of follow-ups, through the `deletedAt` index (live records have no entry
 * there). A tombstone keeps no cadre id to tell whose record it was, so a selection carries all
 * of them (and all cadre tombstones): they hold no personal data, and a receiver that never had
 * the record only keeps the tombstone.
 */
async function followUpTombstones(db: CareFillDB): Promise<SyncRecord[]> {
  return (await db.followUps.where('deletedAt').aboveOrEqual(0).toArray()) as unknown as SyncRecord[];
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
