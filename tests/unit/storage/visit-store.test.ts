import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitRecord } from '../../../core/model/visit-record';
import { isLive, type CareFillDB, type Stored } from '../../../storage/db';
import { BUCKETS as VISIT_BUCKETS } from '../../../storage/buckets';
import { bucketOfCadre, bucketOfRow, bucketOfTombstone } from '../../../storage/visit-buckets';
import { VisitStore } from '../../../storage/visit-store';
import { freshDb, steppingClock } from './synthetic';

let db: CareFillDB;
let store: VisitStore;
beforeEach(() => {
  db = freshDb();
  store = new VisitStore(db, steppingClock());
});
afterEach(() => db.delete());

/** Two cadre ids whose records share a bucket, found by search (the hash is fixed). */
function cadresSharingABucket(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `cadre-share-${i}`;
    const other = seen.get(bucketOfCadre(id));
    if (other) return [other, id];
    seen.set(bucketOfCadre(id), id);
  }
}

async function visit(cadreId: string, date: string, extra: Record<string, unknown> = {}): Promise<VisitRecord> {
  const r = await store.save({ cadreId, visitType: '困难帮扶', date, amount: 100, source: 'manual', ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.record;
}

/** Every stored row with the bucket it is in. */
async function placed(): Promise<{ bucket: number; row: Stored<VisitRecord> }[]> {
  return (await db.visitBuckets.toArray()).flatMap((b) => b.visits.map((row) => ({ bucket: b.id, row })));
}

/** The layout's invariant: each id once, in the bucket its row names; no empty bucket rows; each row's live count right. */
async function expectInvariant(): Promise<void> {
  const rows = await placed();
  const ids = rows.map((p) => p.row.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const p of rows) expect(p.bucket, p.row.id).toBe(bucketOfRow(p.row));
  for (const b of await db.visitBuckets.toArray()) {
    expect(b.visits.length).toBeGreaterThan(0);
    expect(b.live).toBe(b.visits.filter(isLive).length);
  }
  expect(await store.countLive()).toBe(rows.filter((p) => isLive(p.row)).length);
}

describe('the visit store', () => {
  it('spreads cadres over the buckets: 2,000 cadre ids use most of them, none holds many', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 2000; i++) {
      const b = bucketOfCadre(`${i.toString(36)}x${(i * 7919).toString(36)}`);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(VISIT_BUCKETS);
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThan(VISIT_BUCKETS * 0.8);
    expect(Math.max(...counts.values())).toBeLessThan(12);
  });

  it('keeps a cadre’s records in one bucket row with another cadre’s, and reads each cadre’s own, by date then id', async () => {
    const [a, b] = cadresSharingABucket();
    await visit(a, '2025-06-01');
    await visit(b, '2025-01-01');
    await visit(a, '2024-12-31');
    const late = await visit(a, '2025-12-31');
    expect(await db.visitBuckets.count()).toBe(1);
    expect((await store.ofCadre(a)).map((v) => v.date)).toEqual(['2024-12-31', '2025-06-01', '2025-12-31']);
    expect((await store.ofCadre(a, '2025-01-01', '2025-12-31')).map((v) => v.date)).toEqual(['2025-06-01', '2025-12-31']);
    expect((await store.ofCadre(b)).map((v) => v.cadreId)).toEqual([b]);
    expect(await store.get(late.id, a)).toEqual(late);
    expect(await store.get(late.id)).toEqual(late);
    // the cadre is a hint of where to look: a wrong one costs a read of every bucket, not the record
    expect(await store.get(late.id, b)).toEqual(late);
    expect(await store.get(late.id, 'cadre-far-away')).toEqual(late);
    expect(await store.get('nosuchvisit01', a)).toBeUndefined();
    expect((await store.ofCadres([a, b])).length).toBe(4);
    expect(await store.countLive()).toBe(4);
    await expectInvariant();
  });

  it('deletes into a tombstone kept in the bucket of its id; reads never return it', async () => {
    const [a, b] = cadresSharingABucket();
    const gone = await visit(a, '2025-03-01', { note: '住院复查' });
    await visit(b, '2025-03-02');
    expect(await store.delete(gone.id, a)).toBe(true);
    expect(await store.delete(gone.id, a)).toBe(false);
    expect(await store.ofCadre(a)).toEqual([]);
    expect(await store.get(gone.id)).toBeUndefined();
    expect(await store.countLive()).toBe(1);
    const tomb = (await store.all()).find((v) => v.id === gone.id)!;
    expect(tomb).toEqual({ id: gone.id, createdAt: gone.createdAt, updatedAt: tomb.updatedAt, deletedAt: tomb.updatedAt });
    expect((await placed()).find((p) => p.row.id === gone.id)!.bucket).toBe(bucketOfTombstone(gone.id));
    await expectInvariant();
  });

  it('updates only over the version the editor loaded, and moves a record given to another cadre', async () => {
    const [a] = cadresSharingABucket();
    const v = await visit(a, '2025-03-01');
    const stale = await store.save({ ...v, amount: 300 }, { id: v.id, expectedUpdatedAt: v.updatedAt - 1 });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    const moved = await store.save({ ...v, cadreId: 'cadre-elsewhere-01' }, { id: v.id, expectedUpdatedAt: v.updatedAt });
    expect(moved.ok).toBe(true);
    expect(await store.ofCadre(a)).toEqual([]);
    expect((await store.ofCadre('cadre-elsewhere-01')).map((x) => x.id)).toEqual([v.id]);
    expect(await store.save({ ...v }, { id: 'nosuchvisit01', expectedUpdatedAt: 1 })).toMatchObject({ ok: false, problems: [{ key: 'err_not_found' }] });
    await expectInvariant();
  });

  it('deletes the records of deleted cadres, leaving the others', async () => {
    const [a, b] = cadresSharingABucket();
    await visit(a, '2025-01-01');
    await visit(a, '2025-02-01');
    const kept = await visit(b, '2025-01-01');
    await db.transaction('rw', db.visitBuckets, () => store.deleteOfCadres([a, 'cadre-without-visits'], Date.UTC(2026, 0, 1)));
    expect((await store.list()).map((v) => v.id)).toEqual([kept.id]);
    expect((await store.all()).filter((v) => !isLive(v))).toHaveLength(2);
    await expectInvariant();
  });

  it('stores the same rows for the same records, whatever order they were written in', async () => {
    const rows = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `visit-order-${i}`, createdAt: 1, updatedAt: 1, cadreId: `cadre-${i % 2}`, visitType: '其他' as const, date: '2025-01-0' + (i + 1), amount: 0, goodsValue: 0, source: 'manual' as const }));
    await store.putAll(rows);
    const first = await db.visitBuckets.toArray();
    await db.visitBuckets.clear();
    await store.putAll([...rows].reverse());
    expect(await db.visitBuckets.toArray()).toEqual(first);
  });

  it('keeps its invariant and agrees with a map by id under any sequence of writes (property)', async () => {
    type Op =
      | { kind: 'add'; cadre: number; day: number }
      | { kind: 'update'; pick: number; cadre: number }
      | { kind: 'delete'; pick: number; withCadre: boolean }
      | { kind: 'import'; pick: number; cadre: number; tombstone: boolean; fresh: boolean };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), cadre: fc.nat(5), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), cadre: fc.nat(5) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(), withCadre: fc.boolean() }),
      fc.record({ kind: fc.constant('import' as const), pick: fc.nat(), cadre: fc.nat(5), tombstone: fc.boolean(), fresh: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        await db.visitBuckets.clear();
        const model = new Map<string, Stored<VisitRecord>>();
        const cadre = (n: number) => `cadre-prop-${n}`;
        let imported = 0;
        for (const o of ops) {
          const live = [...model.values()].filter(isLive);
          if (o.kind === 'add') {
            const v = await visit(cadre(o.cadre), `2025-02-${String(o.day).padStart(2, '0')}`);
            model.set(v.id, v);
          } else if (o.kind === 'update' && live.length) {
            const v = live[o.pick % live.length]!;
            const r = await store.save({ ...v, cadreId: cadre(o.cadre), amount: v.amount + 1 }, { id: v.id, expectedUpdatedAt: v.updatedAt });
            if (!r.ok) throw new Error('update refused');
            model.set(v.id, r.record);
          } else if (o.kind === 'delete' && live.length) {
            const v = live[o.pick % live.length]!;
            expect(await store.delete(v.id, o.withCadre ? v.cadreId : undefined)).toBe(true);
            model.set(v.id, (await store.all()).find((x) => x.id === v.id)!);
          } else if (o.kind === 'import') {
            // as sync writes: a row that replaces the stored one of its id, or a new one
            const all = [...model.values()];
            const base = !o.fresh && all.length ? all[o.pick % all.length]! : undefined;
            const id = base?.id ?? `visit-imported-${imported++}`;
            const row: Stored<VisitRecord> = o.tombstone
              ? { id, createdAt: 1, updatedAt: 9, deletedAt: 9 }
              : { id, createdAt: 1, updatedAt: 9, cadreId: cadre(o.cadre), visitType: '其他', date: '2025-03-01', amount: 5, goodsValue: 0, source: 'import' };
            await store.putAll([row], new Map(model));
            model.set(id, row);
          }
        }
        const all = await store.all();
        expect(new Map(all.map((v) => [v.id, v]))).toEqual(model);
        await expectInvariant();
      }),
      { numRuns: 40 },
    );
  });
});
