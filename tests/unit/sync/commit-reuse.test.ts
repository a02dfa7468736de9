import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { decodeSyncFile, encodeSyncFile, type DecodedFile } from '../../../core/sync';
import type { CareFillDB } from '../../../storage/db';
import type { Repos } from '../../../storage/repos';
import { readExportSnapshot } from '../../../storage/sync-export';
import { applySync, previewSync } from '../../../storage/sync-import';
import { mutationGeneration } from '../../../storage/sync-mutations';
import { seededRepos } from './helpers';

const opened: CareFillDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seeded(start?: number) {
  const s = await seededRepos(start);
  opened.push(s.repos.db);
  return s;
}

async function fileOf(repos: Repos, clock: () => number): Promise<DecodedFile> {
  const text = await encodeSyncFile(await readExportSnapshot(repos.db, { kind: 'everything' }, '0.1.0', clock()), { encrypt: false });
  const decoded = await decodeSyncFile(text);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return decoded.value;
}

/**
 * Spies on every way planning reads stored cadres and visit records. (Writing reads the buckets
 * it rewrites, by key: not a read of stored records for planning.)
 */
function spyReads(db: CareFillDB) {
  return [vi.spyOn(CadreStore.prototype, 'all'), vi.spyOn(CadreStore.prototype, 'getRows'), vi.spyOn(db.visitBuckets, 'toArray')];
}

describe('the commit and its preview', () => {
  it('counts committed writes per database', async () => {
    const { repos } = await seeded();
    const before = mutationGeneration(repos.db.name);
    await repos.settings.update({ department: '离退休干部处（二）' });
    expect(mutationGeneration(repos.db.name)).toBeGreaterThan(before);
    const other = mutationGeneration('some-other-database');
    await repos.settings.update({ department: '离退休干部处（三）' });
    expect(mutationGeneration('some-other-database')).toBe(other);
  });

  it('takes the preview\'s plan when nothing was written since, reading no table again', async () => {
    const a = await seeded(Date.UTC(2026, 10, 1));
    const b = await seeded(Date.UTC(2026, 10, 2));
    const file = await fileOf(a.repos, a.clock);
    const preview = await previewSync(b.repos.db, file);
    if (!preview.ok) throw new Error('preview');
    const reads = spyReads(b.repos.db);
    const applied = await applySync(b.repos.db, file, { all: 'newer' }, b.clock);
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    expect(reads.every((s) => s.mock.calls.length === 0)).toBe(true);
    expect(applied.value.counts.cadres.added).toBe(preview.value.plan.counts.cadres.added);
    expect(await new CadreStore(b.repos.db).countLive()).toBe(6);
  });

  it('plans again when something was written after the preview: a deletion made meanwhile stands', async () => {
    const a = await seeded(Date.UTC(2026, 10, 1));
    const b = await seeded(Date.UTC(2026, 10, 2));
    // b holds a's records, then a edits one cadre; b previews a's new file, then deletes that cadre
    const first = await applySync(b.repos.db, await fileOf(a.repos, a.clock), { all: 'newer' }, b.clock);
    expect(first.ok).toBe(true);
    const target = (await new CadreStore(a.repos.db).all())[0]!;
    const current = (await a.repos.cadres.get(target.id))!;
    expect((await a.repos.cadres.update(current.id, { ...current, notes: '同事补充' }, current.updatedAt)).ok).toBe(true);
    const file = await fileOf(a.repos, a.clock);
    const preview = await previewSync(b.repos.db, file);
    expect(preview.ok && preview.value.plan.writes.cadres.map((c) => c.id)).toEqual([current.id]);
    for (let i = 0; i < 20; i++) b.clock();
    await b.repos.cadres.delete(current.id);
    const reads = spyReads(b.repos.db);
    const applied = await applySync(b.repos.db, file, { all: 'newer' }, b.clock);
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    // it read the stored records again, and the newer deletion was not overwritten by the older edit
    expect(reads.some((s) => s.mock.calls.length > 0)).toBe(true);
    expect(await new CadreStore(b.repos.db).getRow(current.id)).toMatchObject({ deletedAt: expect.any(Number) });
    expect(applied.value.counts.cadres.updated).toBe(0);
  });
});
