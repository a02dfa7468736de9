import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../../storage/cadre-import';
import { CadreRepo } from '../../../storage/cadre-repo';
import { CadreStore } from '../../../storage/cadre-store';
import type { CareFillDB } from '../../../storage/db';
import type { CadreBucket } from '../../../storage/cadre-buckets';
import { freshDb, steppingClock, syntheticCadres, syntheticIdNumber } from './synthetic';

let db: CareFillDB;
let repo: CadreRepo;
const clock = steppingClock();
const knownId = syntheticIdNumber('19380808', 41);

beforeEach(async () => {
  db = freshDb();
  repo = new CadreRepo(db, clock);
  const r = await repo.create({ name: '王卫东', category: '退休', idNumber: knownId, notes: '本地备注' });
  if (!r.ok) throw new Error('seed failed');
});
afterEach(() => db.delete());

const rows = () => [
  ...syntheticCadres(3, 11),
  { name: '王卫东', category: '离休', idNumber: knownId },
  { name: '坏行', category: '未知' },
  { ...syntheticCadres(1, 11)[0] },
];

/** Everything in the database, to compare before and after. */
const dump = async () => ({ cadres: await db.cadreBuckets.toArray(), audit: await db.audit.toArray() });
const liveCount = () => new CadreStore(db).countLive();

describe('previewImport', () => {
  it('counts rows to add and to update, and lists errors and in-file duplicates by row', async () => {
    const before = await dump();
    const plan = await previewImport(db, rows(), clock);
    expect(plan.total).toBe(6);
    expect(plan.toAdd).toHaveLength(3);
    expect(plan.toUpdate.map((c) => c.name)).toEqual(['王卫东']);
    expect(plan.errors.map((e) => e.row)).toEqual([5, 6]);
    expect(plan.duplicates).toEqual([{ row: 6, sameAs: 1 }]);
    expect(await dump()).toEqual(before);
  });
});

describe('commitImport', () => {
  it('writes the valid rows and an audit event in one go', async () => {
    const plan = await commitImport(db, rows(), clock);
    expect(plan.toAdd).toHaveLength(3);
    expect(await liveCount()).toBe(4);
    const updated = (await new CadreStore(db).holdersOf(knownId))[0];
    expect(updated).toMatchObject({ category: '离休', notes: '本地备注' });
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: 'import', detail: { added: 3, updated: 1, refused: 2 } });
    // committing the same file again changes nothing
    const again = await commitImport(db, rows(), clock);
    expect(again.toAdd).toHaveLength(0);
    expect(again.toUpdate).toHaveLength(0);
    expect(again.unchanged).toBe(4);
    expect(await liveCount()).toBe(4);
  });

  it('changes nothing when the last write of the commit fails, after every cadre was written', async () => {
    const before = await dump();
    // the cadres held by the bucket rows the commit wrote
    const written = new Set<string>();
    const countCadre = (_key: unknown, bucket: CadreBucket) => bucket.cadres.forEach((c) => written.add(c.id));
    // an update hook gets the stored row and the changed fields: the cadres written are the new list
    const countUpdated = (changes: Partial<CadreBucket>, _key: unknown, stored: CadreBucket) => (changes.cadres ?? stored.cadres).forEach((c) => written.add(c.id));
    const failAudit = () => {
      throw new Error('quota exceeded (simulated)');
    };
    db.cadreBuckets.hook('creating', countCadre);
    db.cadreBuckets.hook('updating', countUpdated);
    db.audit.hook('creating', failAudit);
    await expect(commitImport(db, rows(), clock)).rejects.toThrow();
    db.cadreBuckets.hook('creating').unsubscribe(countCadre);
    db.cadreBuckets.hook('updating').unsubscribe(countUpdated);
    db.audit.hook('creating').unsubscribe(failAudit);
    expect(written.size).toBe(4);
    expect(await dump()).toEqual(before);
  });

  it('changes nothing when the second bucket row of the batch fails', async () => {
    const before = await dump();
    let writes = 0;
    const failSecond = () => {
      if (++writes === 2) throw new Error('disk full (simulated)');
    };
    db.cadreBuckets.hook('creating', failSecond);
    db.cadreBuckets.hook('updating', failSecond);
    await expect(commitImport(db, rows(), clock)).rejects.toThrow();
    db.cadreBuckets.hook('creating').unsubscribe(failSecond);
    db.cadreBuckets.hook('updating').unsubscribe(failSecond);
    expect(await dump()).toEqual(before);
  });

  it('imports 2,000 rows in one transaction', async () => {
    const plan = await commitImport(db, syntheticCadres(2_000, 5), clock);
    expect(plan.errors).toEqual([]);
    expect(await liveCount()).toBe(2_001);
  }, 30_000);
});
