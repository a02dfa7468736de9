import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cadre } from '../../../core/model/cadre';
import { openRepos, type Repos } from '../../../storage/repos';
import { cadreListOf } from '../../../storage/cadre-list';
import { isLockedError } from '../../../storage/lock/errors';
import { changePassphrase, disableLock, enableLock, unlockLock } from '../../../storage/lock/operations';
import { CareFillDB } from '../../../storage/db';
import { wipeAll } from '../../../storage/maintenance';
import { searchCadres, steppingClock, syntheticIdNumber } from '../storage/synthetic';
import { rawDump } from './raw-dump';
import { bucketOfCadre } from '../../../storage/visit-buckets';
import { bucketOfCadreId } from '../../../storage/cadre-buckets';
import { CadreStore } from '../../../storage/cadre-store';
import { toCadreRow } from '../../../storage/cadre-row';
import { buildCadre } from '../../../core/ledger/build-cadre';
import { loadRawDatabase } from '../storage/raw-idb';
import v2 from '../../fixtures/db/v2.json';

/** five passphrase KDFs (600,000 PBKDF2 iterations each): seconds on a busy machine */
const KDF_HEAVY_MS = 30_000;

const PASS = 'synthetic-pass-一二三四';
const ID = syntheticIdNumber('19470315', 123);
const PHONE = '13912345678';
const SECRETS = [ID, ID.slice(-6), PHONE, '62345678', '和平路88号', '冠心病病史', '需要上门理发', '女儿在外地', '独居需照护', '复查血压'];

async function seed(repos: Repos): Promise<string> {
  const r = await repos.cadres.create({
    name: '张三丰',
    category: '离休',
    idNumber: ID,
    phones: [PHONE, '010-62345678-12'],
    address: '和平路88号',
    spouse: { name: '李桂兰', status: '健在' },
    health: { status: '一般', conditions: ['冠心病病史'], careNeeds: '独居需照护' },
    difficulty: { has: true, type: '其他', description: '女儿在外地' },
    needs: [{ category: '生活照料', text: '需要上门理发' }],
    notes: '每月电话一次',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  await repos.cadres.create({ name: '王秀英', category: '退休' });
  const f = await repos.followUps.save({ cadreId: r.id, date: '2026-11-01', method: '电话联系', found: '复查血压' });
  if (!f.ok) throw new Error('follow-up');
  const v = await repos.visits.save({ cadreId: r.id, visitType: '住院看望', date: '2026-10-01', source: 'manual', note: '冠心病病史复查' });
  if (!v.ok) throw new Error('visit');
  return r.id;
}

/** Every sealed value found in clear text in the raw database. */
async function leaks(name: string): Promise<string[]> {
  const dump = JSON.stringify(await rawDump(name));
  return SECRETS.filter((s) => dump.includes(s));
}

describe('the Lock under the repositories', () => {
  let name: string;
  let db: CareFillDB;
  let repos: Repos;
  let id: string;
  beforeEach(async () => {
    name = `carefill-lock-${crypto.randomUUID()}`;
    db = new CareFillDB(name);
    repos = openRepos(db, steppingClock());
    id = await seed(repos);
  });
  afterEach(async () => {
    db.close();
    await new CareFillDB(name).delete();
  });

  it('with the Lock off, rows are stored as they are (the dump test can see them)', async () => {
    db.close();
    expect(await leaks(name)).toEqual(SECRETS);
  });

  it('enabling seals every sensitive field: a raw dump holds none in clear text; reads stay clear', async () => {
    const on = await enableLock(db, PASS);
    expect(on.ok).toBe(true);
    expect(db.lockRing.state).toBe('unlocked');
    const c = (await repos.cadres.get(id)) as Cadre;
    expect(c.idNumber).toBe(ID);
    expect(c.phones).toContain(PHONE);
    expect(c.health.conditions).toEqual(['冠心病病史']);
    expect((await repos.followUps.listBy('cadreId', id))[0]?.found).toBe('复查血压');
    // a write after enabling is sealed too
    await repos.visits.save({ cadreId: id, visitType: '住院看望', date: '2026-11-02', source: 'manual', note: '需要上门理发' });
    db.close();
    expect(await leaks(name)).toEqual([]);
    const dump = await rawDump(name);
    const row = (dump.cadreBuckets as { cadres: Record<string, unknown>[] }[]).flatMap((b) => b.cadres).find((r) => r.id === id)!;
    expect(row.name).toBe('张三丰');
    expect(typeof row.sealed).toBe('string');
  });

  it('searches by ID number and by digit tails and phone prefixes while unlocked', async () => {
    await enableLock(db, PASS);
    const names = async (q: string) => (await searchCadres(db, q, 10)).items.map((c) => c.name);
    expect(await names(ID)).toEqual(['张三丰']);
    expect(await names(ID.slice(-4))).toEqual(['张三丰']);
    expect(await names('1391')).toEqual(['张三丰']);
    expect(await names('5678')).toEqual(['张三丰']);
    expect(await names('62345678')).toEqual(['张三丰']);
    expect(await names('9999')).toEqual([]);
    expect(await names('张')).toEqual(['张三丰']);
    // the repository's duplicate check runs on the hashed index
    const dup = await repos.cadres.create({ name: '重复', category: '退休', idNumber: ID });
    expect(dup.ok).toBe(false);
    // anyOf on a hashed index is answered in memory
    const buckets = await db.cadreBuckets.where('idNumbers').anyOf([ID, syntheticIdNumber('19500101', 11)]).toArray();
    expect(buckets.flatMap((b) => b.cadres.filter((c) => (c as Cadre).idNumber === ID)).map((c) => (c as Cadre).name)).toEqual(['张三丰']);
  });

  it('locked: names still list, sealed fields read empty, writes and ID search are refused; unlock restores', async () => {
    await enableLock(db, PASS);
    db.lockRing.lock();
    const c = (await repos.cadres.get(id)) as Cadre;
    expect(c.name).toBe('张三丰');
    expect(c.idNumber).toBeUndefined();
    expect(c.phones).toEqual([]);
    expect((await searchCadres(db, '张三', 10)).items.map((x) => x.name)).toEqual(['张三丰']);
    await expect(searchCadres(db, ID, 10)).rejects.toSatisfy(isLockedError);
    await expect(repos.cadres.create({ name: '新人', category: '退休' })).rejects.toSatisfy(isLockedError);
    // deleting needs no key: a tombstone holds nothing sensitive
    expect(await repos.cadres.delete(id)).toBe(true);

    expect((await unlockLock(db, 'nope')).ok).toBe(false);
    expect(db.lockRing.state).toBe('locked');
    expect((await unlockLock(db, PASS)).ok).toBe(true);
    expect((await repos.cadres.create({ name: '新人', category: '退休', idNumber: syntheticIdNumber('19500101', 11) })).ok).toBe(true);
  });

  it('locking drops the ledger the background holds in memory at once; it reloads without the sealed fields', async () => {
    await enableLock(db, PASS);
    const list = cadreListOf(db);
    await list.ids({}); // loads the whole ledger into memory, as the options page's list does
    const before = await list.list({ offset: 0, limit: 10 });
    expect(before.total).toBe(2);
    expect(list.holdsLedger).toBe(true);
    expect(JSON.stringify(before.items)).toContain(ID.slice(-4));
    db.lockRing.lock();
    expect(list.holdsLedger).toBe(false);
    const after = await list.list({ offset: 0, limit: 10 });
    expect(after.items.map((c) => c.name).sort()).toEqual(['张三丰', '王秀英']);
    expect(JSON.stringify(after.items)).not.toContain(ID.slice(-4));
    list.dispose();
  });

  it('a reopened database starts locked, or unlocked with the session key', async () => {
    const on = await enableLock(db, PASS);
    if (!on.ok) throw new Error('enable');
    db.close();
    const again = new CareFillDB(name);
    expect((await openRepos(again).cadres.get(id))?.idNumber).toBeUndefined();
    expect(again.lockRing.state).toBe('locked');
    again.close();
    const withKey = new CareFillDB(name);
    withKey.lockRing.keySource = async () => on.dataKey;
    expect((await openRepos(withKey).cadres.get(id))?.idNumber).toBe(ID);
    expect(withKey.lockRing.state).toBe('unlocked');
    withKey.close();
  });

  it('changing the passphrase re-wraps the key; disabling stores everything in the clear again', async () => {
    await enableLock(db, PASS);
    expect((await changePassphrase(db, 'wrong', 'new-pass-1234')).ok).toBe(false);
    expect((await changePassphrase(db, PASS, 'new-pass-1234')).ok).toBe(true);
    expect((await disableLock(db, PASS)).ok).toBe(false);
    expect((await disableLock(db, 'new-pass-1234')).ok).toBe(true);
    expect(db.lockRing.state).toBe('off');
    expect((await repos.cadres.get(id))?.idNumber).toBe(ID);
    expect(await searchCadres(db, '5678', 10).then((r) => r.total)).toBe(1);
    db.close();
    expect(await leaks(name)).toEqual(SECRETS);
  }, KDF_HEAVY_MS);

  it('erasing everything turns the Lock off: later rows are stored for a database without a vault', async () => {
    await enableLock(db, PASS);
    await wipeAll(db);
    expect(db.lockRing.state).toBe('off');
    await repos.cadres.create({ name: '新人', category: '退休', address: '和平路88号' });
    db.close();
    const again = new CareFillDB(name);
    expect((await openRepos(again).cadres.get((await new CadreStore(again).all())[0]!.id))?.address).toBe('和平路88号');
    again.close();
  });

  it('the buckets’ ID-number index: equality through the keyed hash, other ranges on the clear keys in memory', async () => {
    const other = syntheticIdNumber('19300101', 5);
    const zhao = await repos.cadres.create({ name: '赵一', category: '退休', idNumber: other });
    if (!zhao.ok) throw new Error('create');
    await enableLock(db, PASS);
    const bucketIds = new Set([bucketOfCadreId(id), bucketOfCadreId(zhao.id)]);
    expect(new Set(await db.cadreBuckets.where('idNumbers').above('1').primaryKeys())).toEqual(bucketIds);
    expect(await db.cadreBuckets.orderBy('idNumbers').primaryKeys()).toHaveLength(2);
    const found = await db.cadreBuckets.where('idNumbers').equals(other).toArray();
    expect(found.flatMap((b) => b.cadres).filter((c) => (c as Cadre).idNumber === other).map((c) => (c as Cadre).name)).toEqual(['赵一']);
    expect(await repos.cadres.withIdNumber(ID)).toMatchObject([{ id, name: '张三丰' }]);
  });
  it('cadres share bucket rows: deleting one while locked keeps its neighbour sealed and findable by its ID number', async () => {
    // a cadre in the seeded cadre's bucket, stored before the Lock is on
    const target = bucketOfCadreId(id);
    let neighbourId = '';
    for (let i = 0; !neighbourId; i++) if (bucketOfCadreId(`cadre-neighbour-${i}`) === target) neighbourId = `cadre-neighbour-${i}`;
    const NEIGHBOUR_ID = syntheticIdNumber('19450506', 33);
    const built = buildCadre({ name: '邻居', category: '退休', idNumber: NEIGHBOUR_ID, address: '和平路88号' }, { id: neighbourId, createdAt: 1, updatedAt: 1 });
    if (!built.ok) throw new Error('cadre');
    await new CadreStore(db).putAll([toCadreRow(built.cadre)]);
    await enableLock(db, PASS);
    db.lockRing.lock();
    // locked: the bucket is rewritten with the seeded cadre's tombstone and the neighbour still sealed
    expect(await repos.cadres.delete(id)).toBe(true);
    const [bucket] = (await rawDump(name)).cadreBuckets!.filter((b) => (b as { id: number }).id === target) as { idNumbers: string[]; cadres: Record<string, unknown>[] }[];
    expect(bucket!.cadres.find((c) => c.id === neighbourId)).toMatchObject({ sealed: expect.any(String) });
    expect(bucket!.idNumbers).toHaveLength(1);
    expect(JSON.stringify(bucket)).not.toContain(NEIGHBOUR_ID);
    expect(JSON.stringify(bucket)).not.toContain('lockedHashes');
    expect((await unlockLock(db, PASS)).ok).toBe(true);
    // the keyed hash of its ID number stayed in the row's index
    expect((await repos.cadres.withIdNumber(NEIGHBOUR_ID)).map((c) => c.address)).toEqual(['和平路88号']);
    expect(await repos.cadres.withIdNumber(ID)).toEqual([]);
  });

  it('visit records share bucket rows: deleting one while locked keeps its neighbours sealed, and unlocking opens them', async () => {
    await enableLock(db, PASS);
    // a cadre whose visit lands in the bucket of the seeded cadre's visit
    const target = bucketOfCadre(id);
    let neighbour = '';
    for (let i = 0; !neighbour; i++) if (bucketOfCadre(`cadre-neighbour-${i}`) === target) neighbour = `cadre-neighbour-${i}`;
    const other = await repos.visits.save({ cadreId: neighbour, visitType: '住院看望', date: '2026-10-02', source: 'manual', note: '需要上门理发' });
    if (!other.ok) throw new Error('visit');
    const mine = (await repos.visits.ofCadre(id))[0]!;
    db.lockRing.lock();
    // locked: the records read without their sealed fields, and a deletion still goes through
    expect((await repos.visits.ofCadre(neighbour))[0]?.note).toBeUndefined();
    expect(await repos.visits.delete(mine.id, id)).toBe(true);
    await expect(repos.visits.save({ cadreId: neighbour, visitType: '其他', date: '2026-10-03', source: 'manual' })).rejects.toSatisfy(isLockedError);
    expect((await unlockLock(db, PASS)).ok).toBe(true);
    expect((await repos.visits.ofCadre(neighbour)).map((v) => v.note)).toEqual(['需要上门理发']);
    expect(await repos.visits.ofCadre(id)).toEqual([]);
    db.close();
    expect(await leaks(name)).toEqual([]);
  });

  it('a locked database of schema 2 moves its sealed visit records into buckets unopened; the key opens them after', async () => {
    await enableLock(db, PASS);
    db.close();
    // the same rows as schema 2 stored them: one visit record to a row
    const now = await rawDump(name);
    const { visitBuckets, cadreBuckets, ...tables } = now;
    const visits = (visitBuckets as { visits: unknown[] }[]).flatMap((b) => b.visits);
    const cadres = (cadreBuckets as { cadres: unknown[] }[]).flatMap((b) => b.cadres);
    expect(JSON.stringify(visits)).not.toContain('冠心病病史复查');
    const old = `carefill-lock-v2-${crypto.randomUUID()}`;
    await loadRawDatabase(old, 20, v2.stores, { ...tables, cadres, visits } as Record<string, unknown[]>);
    const reopened = new CareFillDB(old);
    try {
      await reopened.open();
      expect(reopened.lockRing.state).toBe('locked');
      const moved = openRepos(reopened, steppingClock());
      expect((await moved.visits.list()).map((v) => v.note)).toEqual([undefined]);
      expect((await unlockLock(reopened, PASS)).ok).toBe(true);
      expect((await moved.visits.list()).map((v) => v.note)).toEqual(['冠心病病史复查']);
    } finally {
      reopened.close();
      await new CareFillDB(old).delete();
    }
  });
});
