import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import { auditEvent, cadre, followUp, siteMap, standard, template, visitRecord } from '../../../core/model';
import { searchCadres } from './synthetic';
import { fromCadreRow } from '../../../storage/cadre-row';
import { CareFillDB, type CadreRow } from '../../../storage/db';
import { ledgerStats } from '../../../storage/maintenance';
import { readExportSnapshot } from '../../../storage/sync-export';
import { cadreVisits } from '../../../storage/visit-history';
import { openRepos } from '../../../storage/repos';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../storage/schema';
import { loadRawDatabase, nativeIndexes } from './raw-idb';
import { bucketOfRow } from '../../../storage/visit-buckets';
import { bucketOfCadreId } from '../../../storage/cadre-buckets';
import { CadreStore } from '../../../storage/cadre-store';
import { upgradedRow } from '../../../storage/cadre-row';
import { VisitStore } from '../../../storage/visit-store';
import type { Stored } from '../../../storage/db';
import type { VisitRecord } from '../../../core/model/visit-record';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/**
 * Migration harness: a frozen dump per schema version (tests/fixtures/db/vN.json) is written into
 * a raw IndexedDB with that version's store definitions, then opened by the current code. When a
 * version is appended to storage/schema.ts, add its dump and expectations for the migrated rows.
 */

type Dump = { name: string; version: number; stores: Record<string, string | null>; tables: Record<string, unknown[]> };
const dumps: Dump[] = [v1 as Dump, v2 as Dump, v3 as Dump, v4 as Dump];

/** Dexie stores version n as native IndexedDB version n × 10. */
const nativeVersion = (v: number) => v * 10;

let opened: CareFillDB | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

async function openDump(d: Dump): Promise<CareFillDB> {
  const name = `carefill-migration-v${d.version}-${crypto.randomUUID()}`;
  await loadRawDatabase(name, nativeVersion(d.version), d.stores, d.tables);
  opened = new CareFillDB(name);
  await opened.open();
  return opened;
}

describe('schema versions', () => {
  it('never change once frozen: each dump’s store definitions are its version’s entry', () => {
    for (const d of dumps) expect(SCHEMA_VERSIONS.find((v) => v.version === d.version)?.stores, `v${d.version}`).toEqual(d.stores);
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('keep the rows of v1 in v2: v2 only dropped indexes', () => {
    expect(v2.tables).toEqual(v1.tables);
  });

  it('keep the rows of v2 in v3, the visit records moved into buckets by cadre', () => {
    const { visitBuckets, ...rest } = v3.tables;
    const { visits, ...before } = v2.tables;
    expect(rest).toEqual(before);
    expect(visitBuckets.flatMap((b) => b.visits).sort(byId)).toEqual([...visits].sort(byId));
    for (const b of visitBuckets) for (const v of b.visits) expect(bucketOfRow(v as Stored<VisitRecord>)).toBe(b.id);
  });

  it('keep the rows of v3 in v4, the cadres moved into buckets by id, their search terms replaced by their syllables', () => {
    const { cadreBuckets, ...rest } = v4.tables;
    const { cadres, ...before } = v3.tables;
    expect(rest).toEqual(before);
    expect(cadreBuckets.flatMap((b) => b.cadres as { id: string }[]).sort(byId)).toEqual((cadres as Stored<CadreRow>[]).map(upgradedRow).sort(byId));
    for (const c of cadreBuckets.flatMap((b) => b.cadres as Record<string, unknown>[])) expect(c).not.toHaveProperty('pinyinParts');
    for (const b of cadreBuckets) {
      for (const c of b.cadres) expect(bucketOfCadreId(c.id)).toBe(b.id);
      const live = (b.cadres as Stored<CadreRow>[]).filter((c) => c.deletedAt === undefined);
      expect(b).toMatchObject({ live: live.length, idNumbers: live.map((c) => (c as CadreRow).idNumber), names: live.map((c) => (c as CadreRow).name) });
    }
  });

  it('v2 keeps every index something queries, and only those', () => {
    const v2Stores = SCHEMA_VERSIONS.find((v) => v.version === 2)!.stores;
    expect(v2Stores.cadres).toBe('id, name, pinyin, initials, idNumber, deletedAt, *nameParts, *pinyinParts, *phoneDigits, *digitTails');
    expect(v2Stores.visits).toBe('id, [cadreId+date], deletedAt');
    expect(v2Stores.followUps).toBe('id, cadreId, dueDate, deletedAt');
  });

  it('the v1 dump holds valid records of every table', () => {
    const t = v1.tables;
    const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((r) => r.deletedAt === undefined);
    for (const row of live(t.cadres as CadreRow[])) expect(cadre.safeParse(fromCadreRow(row)).success).toBe(true);
    for (const row of live(t.followUps)) expect(followUp.safeParse(row).success).toBe(true);
    for (const row of t.templates) expect(template.safeParse(row).success).toBe(true);
    for (const row of t.standards) expect(standard.safeParse(row).success).toBe(true);
    for (const row of t.visits) expect(visitRecord.safeParse(row).success).toBe(true);
    for (const row of t.siteMaps) expect(siteMap.safeParse(row).success).toBe(true);
    for (const row of t.audit) expect(auditEvent.safeParse(row).success).toBe(true);
    expect(Object.keys(t).sort()).toEqual(Object.keys(v1.stores).sort());
  });
});

describe.each(dumps)('a v$version database opened by the current code', (dump) => {
  it('is at the latest version with the indexes the code declares', async () => {
    const db = await openDump(dump);
    expect(db.verno).toBe(LATEST_VERSION);
    const declared = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(nativeIndexes(db.backendDB())).toEqual(declared);
  });

  it('keeps every row', async () => {
    const db = await openDump(dump);
    const key = (r: unknown) => String((r as { id?: string; key?: string }).id ?? (r as { key?: string }).key);
    const sorted = (rows: unknown[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    for (const [table, rows] of Object.entries(dump.tables)) {
      // schema 3 moved the visit records into buckets, schema 4 the cadres (with their syllables for their search terms)
      const stored = table === 'visits' ? await new VisitStore(db).all() : table === 'cadres' ? await new CadreStore(db).all() : await db.table(table).toArray();
      const expected = table === 'cadres' && dump.version < 4 ? (rows as Stored<CadreRow>[]).map(upgradedRow) : rows;
      expect(sorted(stored), table).toEqual(sorted(expected));
    }
  });

  it('serves the repositories: reads, search, stats, settings; tombstones stay invisible', async () => {
    const db = await openDump(dump);
    const repos = openRepos(db);
    expect(await repos.cadres.get('cadreV1aaa01')).toMatchObject({ name: '单建国', pinyin: 'shanjianguo' });
    expect(await repos.cadres.get('cadreV1dead3')).toBeUndefined();
    expect((await searchCadres(db, 'sjg', 10)).items.map((c) => c.id)).toEqual(['cadreV1aaa01']);
    expect((await searchCadres(db, '秀英', 10)).items.map((c) => c.id)).toEqual(['cadreV1aaa02']);
    expect((await searchCadres(db, '87650001', 10)).items.map((c) => c.id)).toEqual(['cadreV1aaa01']);
    expect((await searchCadres(db, '', 10)).total).toBe(2);
    expect(await ledgerStats(db)).toEqual({ cadres: 2, followUps: 1, visits: 2 });
    expect(await repos.followUps.listBy('cadreId', 'cadreV1aaa01')).toHaveLength(1);
    // visits by cadre, from the cadres' buckets
    expect((await cadreVisits(db, 'cadreV1aaa01')).map((v) => v.id)).toEqual(['visitV1aa001']);
    expect((await new VisitStore(db).ofCadres(['cadreV1aaa01', 'cadreV1aaa02'])).map((v) => v.id).sort()).toEqual(['visitV1aa001', 'visitV1aa002']);
    const chosen = await readExportSnapshot(db, { kind: 'cadres', filter: { ids: ['cadreV1aaa02'] } }, '0.1.0', Date.UTC(2026, 1, 1));
    expect(chosen.records.visits.map((v) => v.id)).toEqual(['visitV1aa002']);
    expect((await repos.settings.get()).handlerName).toBe('经办人甲');
    // and it still writes: an edit with the loaded updatedAt goes through
    const loaded = (await repos.cadres.get('cadreV1aaa02'))!;
    const saved = await repos.cadres.update(loaded.id, { ...loaded, notes: '迁移后编辑' }, loaded.updatedAt);
    expect(saved.ok).toBe(true);
  });
});
