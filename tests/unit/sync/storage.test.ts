import { afterEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import type { CadreBucket } from '../../../storage/cadre-buckets';
import { decodeSyncFile, encodeSyncFile, type DecodedFile } from '../../../core/sync';
import { searchCadres } from '../storage/synthetic';
import type { CareFillDB } from '../../../storage/db';
import { openRepos, type Repos } from '../../../storage/repos';
import { readDeviceId, readPeers } from '../../../storage/sync-device';
import { readExportSnapshot, type ExportScope } from '../../../storage/sync-export';
import { applySync, isQuotaError, previewSync } from '../../../storage/sync-import';
import { dumpDb, dumpRecords, freshDb, seededRepos, steppingClock, syntheticIdNumber } from './helpers';

const PASS = '同步测试口令-abc';
const opened: CareFillDB[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seeded(start?: number): Promise<{ repos: Repos; clock: () => number }> {
  const s = await seededRepos(start);
  opened.push(s.repos.db);
  return s;
}
function empty(start?: number): { repos: Repos; clock: () => number } {
  const clock = steppingClock(start);
  const repos = openRepos(freshDb(), clock);
  opened.push(repos.db);
  return { repos, clock };
}

/**
 * Exports from one database and decodes the file, as another browser would receive it (plain by
 * default: the key derivation is tested elsewhere and would only make these tests slow).
 */
async function exchange(repos: Repos, clock: () => number, encrypt = false): Promise<DecodedFile> {
  const snapshot = await readExportSnapshot(repos.db, { kind: 'everything' }, '0.1.0', clock());
  const text = await encodeSyncFile(snapshot, encrypt ? { encrypt: true, passphrase: PASS } : { encrypt: false });
  const decoded = await decodeSyncFile(text, { passphrase: PASS });
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return decoded.value;
}

async function importFile(repos: Repos, file: DecodedFile, clock: () => number) {
  const r = await applySync(repos.db, file, { all: 'newer' }, clock);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.counts;
}

describe('export', () => {
  it('reads every kind with tombstones, cadres without their index terms, and the shared settings', async () => {
    const { repos, clock } = await seeded();
    const [follow] = await repos.followUps.list();
    await repos.cadres.delete(follow!.cadreId);
    const snapshot = await readExportSnapshot(repos.db, { kind: 'everything' }, '0.1.0', clock());
    expect(snapshot.records.cadres).toHaveLength(3);
    expect(snapshot.records.cadres.filter((c) => c.deletedAt !== undefined)).toHaveLength(1);
    // the follow-up of the deleted cadre went with it, as a tombstone
    expect(snapshot.records.followUps).toEqual([expect.objectContaining({ deletedAt: expect.any(Number) })]);
    for (const c of snapshot.records.cadres) expect(Object.keys(c)).not.toContain('nameParts');
    expect(snapshot.records.templates).toHaveLength(1);
    expect(snapshot.settings).toEqual({ updatedAt: expect.any(Number), department: '离退休干部处', contactIntervalMonths: 3 });
    expect(snapshot.deviceId).toBe(await readDeviceId(repos.db));
  });

  it.each([
    [{ kind: 'ledger' }, { cadres: 3, followUps: 1, visits: 1, templates: 0, settings: false }],
    [{ kind: 'templates-standards' }, { cadres: 0, followUps: 0, visits: 0, templates: 1, settings: false }],
    [{ kind: 'cadres', filter: { categories: ['退休'] } }, { cadres: 1, followUps: 0, visits: 1, templates: 0, settings: false }],
    [{ kind: 'cadres', filter: { query: 'zjg' } }, { cadres: 1, followUps: 1, visits: 0, templates: 0, settings: false }],
    [{ kind: 'cadres', filter: { unit: '某厅' } }, { cadres: 1, followUps: 0, visits: 0, templates: 0, settings: false }],
  ] as [ExportScope, Record<string, number | boolean>][])('scope %j', async (scope, expected) => {
    const { repos, clock } = await seeded();
    const s = await readExportSnapshot(repos.db, scope, '0.1.0', clock());
    expect({
      cadres: s.records.cadres.length,
      followUps: s.records.followUps.length,
      visits: s.records.visits.length,
      templates: s.records.templates.length,
      settings: s.settings !== undefined,
    }).toEqual(expected);
    expect(s.scope).toBe(scope.kind);
  });

  it('keeps one device id per profile', async () => {
    const { repos, clock } = await seeded();
    const a = await readExportSnapshot(repos.db, { kind: 'ledger' }, '0.1.0', clock());
    const b = await readExportSnapshot(repos.db, { kind: 'ledger' }, '0.1.0', clock());
    expect(a.deviceId).toBe(b.deviceId);
  });
});

describe('import', () => {
  it('a preview writes nothing', async () => {
    const src = await seeded();
    const dst = await seeded(Date.UTC(2026, 10, 30));
    const before = await dumpDb(dst.repos.db);
    const preview = await previewSync(dst.repos.db, await exchange(src.repos, src.clock));
    expect(preview.ok && preview.value.plan.counts.cadres.added).toBe(3);
    expect(await dumpDb(dst.repos.db)).toEqual(before);
  });

  it('copies one browser into an empty one exactly, searchable, and a second import changes nothing', async () => {
    const src = await seeded();
    await src.repos.cadres.delete((await new CadreStore(src.repos.db).named('李卫东'))[0]!.id);
    const dst = empty(Date.UTC(2026, 10, 30));
    const file = await exchange(src.repos, src.clock, true);
    const counts = await importFile(dst.repos, file, dst.clock);
    expect(counts.cadres).toMatchObject({ added: 2, unchanged: 1 });
    expect(await dumpRecords(dst.repos.db)).toEqual(await dumpRecords(src.repos.db));
    expect((await searchCadres(dst.repos.db, 'wxy', 10)).items.map((c) => c.name)).toEqual(['王秀英']);
    // the personal settings stay, the shared ones come
    expect(await dst.repos.settings.get()).toMatchObject({ department: '离退休干部处' });
    expect((await dst.repos.settings.get()).handlerName).toBeUndefined();
    const before = await dumpRecords(dst.repos.db);
    const again = await importFile(dst.repos, file, dst.clock);
    expect(Object.values(again).every((k) => k.added + k.updated + k.deleted + k.conflicts === 0)).toBe(true);
    expect(await dumpRecords(dst.repos.db)).toEqual(before);
    // an audit event per import, counts only
    const audit = await dst.repos.audit.latest();
    expect(audit.map((a) => a.kind)).toEqual(['import', 'import']);
    expect(JSON.stringify(audit)).not.toContain('王秀英');
  });

  it('two browsers change different and the same cadres, exchange files, and end equal and right', async () => {
    const a = await seeded(Date.UTC(2026, 10, 1));
    const b = empty(Date.UTC(2026, 10, 2));
    await importFile(b.repos, await exchange(a.repos, a.clock), b.clock);
    const ids = (await new CadreStore(a.repos.db).all()).map((c) => c.id).sort();
    const [c1, c2, c3] = ids as [string, string, string];
    const edit = async (repos: Repos, id: string, patch: Record<string, unknown>) => {
      const c = (await repos.cadres.get(id))!;
      const r = await repos.cadres.update(id, { ...c, ...patch }, c.updatedAt);
      if (!r.ok) throw new Error(JSON.stringify(r));
    };
    // a week later, A edits c1 and c3; B, later in the week, edits c2 and c3 and deletes nothing
    await edit(a.repos, c1, { notes: 'A 改了 1' });
    await edit(a.repos, c3, { notes: 'A 改了 3' });
    for (let i = 0; i < 5; i++) b.clock();
    await edit(b.repos, c2, { notes: 'B 改了 2' });
    await edit(b.repos, c3, { notes: 'B 改了 3' });
    await b.repos.templates.delete((await b.repos.templates.list())[0]!.id);

    const fromA = await exchange(a.repos, a.clock);
    const fromB = await exchange(b.repos, b.clock);
    const previewB = await previewSync(b.repos.db, fromA);
    expect(previewB.ok && previewB.value.plan.conflicts.map((c) => c.id)).toEqual([c3]);
    await importFile(b.repos, fromA, b.clock);
    // and the other way: c1, which B holds as A sent it, is A's own edit, not a conflict
    const previewA = await previewSync(a.repos.db, fromB);
    expect(previewA.ok && previewA.value.plan.conflicts.map((c) => c.id)).toEqual([c3]);
    await importFile(a.repos, fromB, a.clock);

    expect(await dumpRecords(a.repos.db)).toEqual(await dumpRecords(b.repos.db));
    const notes = async (id: string) => (await a.repos.cadres.get(id))?.notes;
    expect([await notes(c1), await notes(c2), await notes(c3)]).toEqual(['A 改了 1', 'B 改了 2', 'B 改了 3']);
    expect(await a.repos.templates.list()).toEqual([]);
    // and the next exchange has nothing left to do, with no false conflicts
    const again = await previewSync(a.repos.db, await exchange(b.repos, b.clock));
    expect(again.ok && again.value.plan.conflicts).toEqual([]);
    expect(again.ok && Object.values(again.value.plan.counts).every((k) => k.added + k.updated + k.deleted === 0)).toBe(true);
  });

  it('warns when a cadre of the file has the ID number of another cadre here (one person entered twice)', async () => {
    const a = empty(Date.UTC(2026, 10, 1));
    const b = empty(Date.UTC(2026, 10, 2));
    const idNumber = syntheticIdNumber('19400404', 41);
    expect((await a.repos.cadres.create({ name: '孙立新', category: '退休', idNumber })).ok).toBe(true);
    expect((await b.repos.cadres.create({ name: '孙立新', category: '退休', idNumber, notes: 'B 录入' })).ok).toBe(true);
    const file = await exchange(a.repos, a.clock);
    const preview = await previewSync(b.repos.db, file);
    expect(preview.ok && preview.value.clashes).toEqual([{ id: expect.any(String), name: '孙立新', otherId: expect.any(String), otherName: '孙立新' }]);
    // a warning, not a refusal: both records are kept for the person to resolve
    await importFile(b.repos, file, b.clock);
    expect(await new CadreStore(b.repos.db).holdersOf(idNumber)).toHaveLength(2);
    // the same file again writes nothing, so it flags nothing new
    const again = await previewSync(b.repos.db, file);
    expect(again.ok && again.value.clashes).toEqual([]);
  });

  it('remembers what it imported from each device', async () => {
    const src = await seeded();
    const dst = empty(Date.UTC(2026, 10, 30));
    const file = await exchange(src.repos, src.clock);
    await importFile(dst.repos, file, dst.clock);
    expect(await readPeers(dst.repos.db)).toEqual([{ deviceId: file.header.deviceId, exportedAt: file.header.exportedAt, importedAt: expect.any(Number) }]);
    // its exports tell the other device so
    const back = await readExportSnapshot(dst.repos.db, { kind: 'ledger' }, '0.1.0', dst.clock());
    expect(back.seen).toEqual([{ deviceId: file.header.deviceId, exportedAt: file.header.exportedAt }]);
  });
});

describe('an import is all or nothing', () => {
  it('leaves the database exactly as before when a write fails after most records were written', async () => {
    const src = await seeded();
    const dst = await seeded(Date.UTC(2026, 10, 30));
    const file = await exchange(src.repos, src.clock);
    const before = await dumpDb(dst.repos.db);
    // the file's cadres in the bucket rows written before the failure
    const fileCadres = new Set(file.content.cadres.map((c) => c.id));
    const written = new Set<string>();
    const note = (bucket: CadreBucket) => bucket.cadres.forEach((c) => fileCadres.has(c.id) && written.add(c.id));
    const countCadre = (_key: unknown, bucket: CadreBucket) => note(bucket);
    // an update hook gets the stored row and the changed fields: the cadres written are the new list
    const countUpdate = (changes: Partial<CadreBucket>, _key: unknown, stored: CadreBucket) => note({ ...stored, ...changes });
    const failVisit = () => {
      throw new Error('disk error (simulated)');
    };
    dst.repos.db.cadreBuckets.hook('creating', countCadre);
    dst.repos.db.cadreBuckets.hook('updating', countUpdate);
    dst.repos.db.visitBuckets.hook('creating', failVisit);
    try {
      const r = await applySync(dst.repos.db, file, { all: 'newer' }, dst.clock);
      expect(r.ok ? 'ok' : r.error.code).toBe('write-failed');
    } finally {
      dst.repos.db.cadreBuckets.hook('creating').unsubscribe(countCadre);
      dst.repos.db.cadreBuckets.hook('updating').unsubscribe(countUpdate);
      dst.repos.db.visitBuckets.hook('creating').unsubscribe(failVisit);
    }
    expect(written.size).toBe(fileCadres.size);
    expect(await dumpDb(dst.repos.db)).toEqual(before);
  });

  it('says the disk is full, and writes nothing, on a quota error', async () => {
    const src = await seeded();
    const dst = empty(Date.UTC(2026, 10, 30));
    const file = await exchange(src.repos, src.clock);
    const before = await dumpDb(dst.repos.db);
    const full = () => {
      throw new DOMException('quota (simulated)', 'QuotaExceededError');
    };
    dst.repos.db.audit.hook('creating', full);
    try {
      const r = await applySync(dst.repos.db, file, { all: 'newer' }, dst.clock);
      expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'storage-full', key: 'err_sync_storage_full' });
    } finally {
      dst.repos.db.audit.hook('creating').unsubscribe(full);
    }
    expect(await dumpDb(dst.repos.db)).toEqual(before);
  });

  it('recognises a quota error wrapped in an AbortError', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
