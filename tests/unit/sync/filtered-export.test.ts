import { afterEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { decodeSyncFile, encodeSyncFile } from '../../../core/sync';
import type { CareFillDB } from '../../../storage/db';
import { readExportSnapshot } from '../../../storage/sync-export';
import { applySync } from '../../../storage/sync-import';
import { dumpRecords, seededRepos } from './helpers';

const opened: CareFillDB[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seeded(start?: number) {
  const s = await seededRepos(start);
  opened.push(s.repos.db);
  return s;
}

describe('a filtered export (a selection of cadres) carries deletions', () => {
  it('holds the matching live cadres with their records, and every tombstone of cadres, follow-ups and visits', async () => {
    const { repos, clock } = await seeded();
    const [follow] = await repos.followUps.list();
    // 张建国 (离休) is deleted: his follow-up goes with him, as a tombstone
    await repos.cadres.delete(follow!.cadreId);
    const s = await readExportSnapshot(repos.db, { kind: 'cadres', filter: { categories: ['退休'] } }, '0.1.0', clock());
    const live = <R extends { deletedAt?: number }>(list: R[]) => list.filter((r) => r.deletedAt === undefined);
    const dead = (list: { deletedAt?: number; id: string }[]) => list.filter((r) => r.deletedAt !== undefined).map((r) => r.id);
    expect(live(s.records.cadres).map((c) => c.name)).toEqual(['王秀英']);
    expect(live(s.records.visits)).toHaveLength(1);
    expect(live(s.records.followUps)).toHaveLength(0);
    expect(dead(s.records.cadres)).toEqual([follow!.cadreId]);
    expect(dead(s.records.followUps)).toEqual([follow!.id]);
    // a tombstone is the envelope only: no personal data rides along
    for (const t of [...s.records.cadres, ...s.records.followUps].filter((r) => r.deletedAt !== undefined))
      expect(Object.keys(t).sort()).toEqual(['createdAt', 'deletedAt', 'id', 'updatedAt']);
    expect(s.records.templates).toHaveLength(0);
  });

  it('deletes on the receiving browser what was deleted here, even outside the selection', async () => {
    const a = await seeded();
    // b starts as a full copy of a
    const b = await seeded(Date.UTC(2026, 10, 30));
    const full = await encodeSyncFile(await readExportSnapshot(a.repos.db, { kind: 'everything' }, '0.1.0', a.clock()), { encrypt: false });
    const first = await decodeSyncFile(full);
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const copied = await applySync(b.repos.db, first.value, { all: 'remote' }, b.clock);
    expect(copied.ok).toBe(true);

    const [follow] = await a.repos.followUps.list();
    await a.repos.cadres.delete(follow!.cadreId);
    const text = await encodeSyncFile(
      await readExportSnapshot(a.repos.db, { kind: 'cadres', filter: { categories: ['退休'] } }, '0.1.0', a.clock()),
      { encrypt: false },
    );
    const file = await decodeSyncFile(text);
    if (!file.ok) throw new Error(JSON.stringify(file.error));
    const applied = await applySync(b.repos.db, file.value, { all: 'newer' }, b.clock);
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    expect(applied.value.counts.cadres.deleted).toBe(1);
    expect(applied.value.counts.followUps.deleted).toBe(1);
    expect(await new CadreStore(b.repos.db).getRow(follow!.cadreId)).toMatchObject({ deletedAt: expect.any(Number) });
    expect(await b.repos.db.followUps.get(follow!.id)).toMatchObject({ deletedAt: expect.any(Number) });
    // the records of a that b holds now agree on a's cadres and follow-ups
    const [da, db] = [await dumpRecords(a.repos.db), await dumpRecords(b.repos.db)];
    const byId = (rows: unknown[]) => new Map((rows as { id: string }[]).map((r) => [r.id, r]));
    const rowsOf = (dump: Record<string, unknown[]>, kind: 'cadres' | 'followUps') =>
      kind === 'cadres' ? (dump.cadreBuckets as { cadres: unknown[] }[]).flatMap((bucket) => bucket.cadres) : dump[kind]!;
    for (const kind of ['cadres', 'followUps'] as const) {
      const mine = byId(rowsOf(db, kind));
      for (const row of rowsOf(da, kind) as { id: string }[]) expect(mine.get(row.id)).toEqual(row);
    }
  });
});
