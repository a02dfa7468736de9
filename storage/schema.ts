/**
 * The schema versions of the CareFill database, oldest first. Append a version to change the
 * schema; never edit one that has shipped (tests/fixtures/db/vN.json freezes each, and
 * tests/unit/storage/migration.test.ts opens those dumps with the current code).
 *
 * Index syntax (Dexie): the first entry is the primary key; `*x` is a multi-entry index over the
 * array `x`; `[a+b]` is a compound index. Only indexed fields need listing.
 */
import type { Transaction } from 'dexie';
import { moveCadresIntoBuckets } from './cadre-migration';
import { moveVisitsIntoBuckets } from './visit-migration';

export const TABLE_NAMES = ['cadres', 'cadreBuckets', 'followUps', 'templates', 'standards', 'visits', 'visitBuckets', 'siteMaps', 'audit', 'settings'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface SchemaVersion {
  version: number;
  /** table → index spec; `null` deletes a table */
  stores: Partial<Record<TableName, string | null>>;
  /** data migration run inside the version-change transaction (IndexedDB calls only, no other async API) */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // search: name/pinyin/initials prefixes; *nameParts, *pinyinParts, *digitTails turn substring and
      // suffix searches into prefix searches (core/ledger/index-terms.ts); *phoneDigits for phone prefixes
      cadres:
        'id, name, pinyin, initials, idNumber, category, rank, originalUnit, updatedAt, deletedAt, *nameParts, *pinyinParts, *phoneDigits, *digitTails',
      followUps: 'id, cadreId, date, dueDate, doneDate, updatedAt, deletedAt',
      templates: 'id, visitType, updatedAt, deletedAt',
      standards: 'id, effectiveFrom, updatedAt, deletedAt',
      visits: 'id, cadreId, date, [cadreId+date], visitType, updatedAt, deletedAt',
      siteMaps: 'id, origin, [origin+formSignature], updatedAt, deletedAt',
      audit: 'id, at, kind',
      settings: 'key',
    },
  },
  {
    version: 2,
    // Only the indexes something queries: every index entry is a write, and a fresh import of
    // 20,000 cadres and 100,000 visit records spent most of its time on entries nothing read.
    // Dropped: cadres category, rank, originalUnit, updatedAt; visits cadreId (the compound
    // [cadreId+date] answers `where('cadreId')` as Dexie's virtual index), date, visitType,
    // updatedAt; follow-ups date, doneDate, updatedAt; templates visitType, updatedAt; standards
    // effectiveFrom, updatedAt; site maps updatedAt. `deletedAt` stays: tombstones are found
    // through it, and live rows (without the field) add no entry. Removing indexes needs no
    // data migration.
    stores: {
      cadres: 'id, name, pinyin, initials, idNumber, deletedAt, *nameParts, *pinyinParts, *phoneDigits, *digitTails',
      followUps: 'id, cadreId, dueDate, deletedAt',
      templates: 'id, deletedAt',
      standards: 'id, deletedAt',
      visits: 'id, [cadreId+date], deletedAt',
      siteMaps: 'id, origin, [origin+formSignature], deletedAt',
      audit: 'id, at, kind',
      settings: 'key',
    },
  },
  {
    version: 3,
    // Visit records many to a row (storage/visit-buckets.ts): IndexedDB pays per row, and 100,000
    // visit rows took 12 s to write in Chromium, 1,024 rows of the same records 0.45 s. A cadre's
    // history is one row's read; `live` (each row's count of live records) is indexed for
    // counting. The rows move as stored (sealed ones stay sealed), then `visits` is deleted.
    stores: {
      cadres: 'id, name, pinyin, initials, idNumber, deletedAt, *nameParts, *pinyinParts, *phoneDigits, *digitTails',
      followUps: 'id, cadreId, dueDate, deletedAt',
      templates: 'id, deletedAt',
      standards: 'id, deletedAt',
      visits: null,
      visitBuckets: 'id, live',
      siteMaps: 'id, origin, [origin+formSignature], deletedAt',
      audit: 'id, at, kind',
      settings: 'key',
    },
    upgrade: moveVisitsIntoBuckets,
  },
  {
    version: 4,
    // Cadres many to a row (storage/cadre-buckets.ts): a first full load of 20,000 cadres spent
    // 4.3–5.5 s on their rows and index entries in Chromium, 0.43–0.52 s as 1,024 rows. The
    // ledger is searched in memory (storage/cadre-list.ts); the buckets index only the ID numbers
    // and names of their live cadres, for the lookups made without the ledger. The rows move as
    // stored, then `cadres` is deleted.
    stores: {
      cadres: null,
      cadreBuckets: 'id, live, *idNumbers, *names',
      followUps: 'id, cadreId, dueDate, deletedAt',
      templates: 'id, deletedAt',
      standards: 'id, deletedAt',
      visitBuckets: 'id, live',
      siteMaps: 'id, origin, [origin+formSignature], deletedAt',
      audit: 'id, at, kind',
      settings: 'key',
    },
    upgrade: moveCadresIntoBuckets,
  },
];

/** The version the current code opens. */
export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
