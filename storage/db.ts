/**
 * The CareFill database (IndexedDB 'carefill', through Dexie). It lives in the extension's
 * origin, so only extension pages and the background open it; content scripts ask the background.
 *
 * Tables (indexes in storage/schema.ts):
 * - `cadreBuckets` the ledger (台账): `Cadre`s (core/model/cadre.ts) many to a row, each with the
 *               pinyin syllables of its name; the ledger is searched in memory (storage/cadre-list.ts)
 *               (storage/cadre-buckets.ts; read and written by storage/cadre-store.ts).
 * - `followUps` 一跟进: contacts with a cadre and what is to be done by when (`dueDate`, `doneDate`).
 * - `templates` 慰问模板 by visit type.
 * - `standards` 经费标准 versions by `effectiveFrom`.
 * - `visitBuckets` 慰问记录, which the rules count against caps: many records to a row, a cadre's
 *               all in one row (storage/visit-buckets.ts; read and written by storage/visit-store.ts).
 * - `siteMaps`  remembered OA forms by `[origin+formSignature]`.
 * - `audit`     overrides, ID reveals, imports …, by time (`at`) and `kind`.
 * - `settings`  key → value (the office settings live under `office`).
 *
 * Every record except settings carries the envelope of core/model/record.ts (id, createdAt,
 * updatedAt, deletedAt). Deleting a record leaves a tombstone: the envelope with `deletedAt`
 * set and every other field removed, so export-file sync can carry the deletion while no
 * personal data remains. Tombstones have no indexed fields but the envelope's, so index
 * queries skip them; repositories also exclude them from every read. Bucket rows index only
 * their live records.
 *
 * Only the repositories in storage/ use this class; nothing else touches IndexedDB.
 */
import Dexie, { type Table } from 'dexie';
import type { AuditEvent } from '../core/model/audit-event';
import type { Cadre } from '../core/model/cadre';
import type { FollowUp } from '../core/model/follow-up';
import type { RecordMeta } from '../core/model/record';
import type { SiteMap } from '../core/model/site-map';
import type { Standard } from '../core/model/standard';
import type { Template } from '../core/model/template';
import type { CadreBucket } from './cadre-buckets';
import { SCHEMA_VERSIONS } from './schema';
import type { VisitBucket } from './visit-buckets';
import { installLock } from './lock/install';
import { LockRing } from './lock/ring';

export const DB_NAME = 'carefill';

/** A deleted record: its envelope only. */
export type Tombstone = RecordMeta & { deletedAt: number };

/** A row of a record table: a live record or its tombstone. */
export type Stored<T> = T | Tombstone;

/**
 * A cadre as stored (storage/cadre-row.ts): with the pinyin syllables of its name, from which
 * its search terms are derived in memory. Rows written before schema 4 carry the terms instead.
 */
export type CadreRow = Cadre & { syllables?: string };

export interface SettingRow {
  key: string;
  value: unknown;
}

export class CareFillDB extends Dexie {
  declare cadreBuckets: Table<CadreBucket, number>;
  declare followUps: Table<Stored<FollowUp>, string>;
  declare templates: Table<Stored<Template>, string>;
  declare standards: Table<Stored<Standard>, string>;
  declare visitBuckets: Table<VisitBucket, number>;
  declare siteMaps: Table<Stored<SiteMap>, string>;
  declare audit: Table<AuditEvent, string>;
  declare settings: Table<SettingRow, string>;
  /** the Lock state of this database (storage/lock): off unless a vault is stored */
  readonly lockRing = new LockRing();

  /** `name` exists for tests, which open throwaway databases. */
  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    installLock(this, this.lockRing);
  }
}

/** True for a live record, false for a tombstone or nothing. */
export function isLive<T extends { deletedAt?: number }>(row: Stored<T> | undefined): row is T {
  return !!row && row.deletedAt === undefined;
}

/** The tombstone of a record deleted at `now` (always later than its last update). */
export function tombstoneOf(row: RecordMeta, now: number): Tombstone {
  const at = Math.max(now, row.updatedAt + 1);
  return { id: row.id, createdAt: row.createdAt, updatedAt: at, deletedAt: at };
}
