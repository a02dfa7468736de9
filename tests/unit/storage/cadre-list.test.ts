import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../storage/cadre-import';
import { CadreList } from '../../../storage/cadre-list';
import type { CareFillDB } from '../../../storage/db';
import { wipeAll } from '../../../storage/maintenance';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, steppingClock, syntheticCadres, syntheticIdNumber } from './synthetic';

let db: CareFillDB;
let repos: Repos;
let list: CadreList;
// 2026-06-15 in Shanghai
const clock = steppingClock(Date.UTC(2026, 5, 15, 2));

beforeEach(async () => {
  db = freshDb();
  repos = openRepos(db, clock);
  list = new CadreList(db, clock);
  await commitImport(db, syntheticCadres(120, 3), clock);
});
afterEach(async () => {
  list.dispose();
  await db.delete();
});

const names = async (req: Parameters<CadreList['list']>[0]) => (await list.list(req)).items.map((s) => s.name);

describe('CadreList', () => {
  it('answers the first page from the ledger it loads, the same after: whole total, IDs masked', async () => {
    expect(list.holdsLedger).toBe(false);
    const cold = await list.list({ offset: 0, limit: 30 });
    expect(list.holdsLedger).toBe(true);
    expect(cold.total).toBe(120);
    const warm = await list.list({ offset: 0, limit: 30 });
    expect(warm.total).toBe(120);
    expect(warm.items.map((s) => s.id)).toEqual(cold.items.map((s) => s.id));
    expect(cold.items[0]!.idMasked).toMatch(/\*{8}/);
    // record ids are random hex and may hold a long run of digits: they are left out of the check
    expect(JSON.stringify(cold, (k, v: unknown) => (k === 'id' ? undefined : v))).not.toMatch(/\d{17}[\dX]/);
  });

  it('knows the total of a short ledger from the first page', async () => {
    await expect(new CadreList(db, clock).list({ offset: 0, limit: 500 })).resolves.toMatchObject({ total: 120 });
  });

  it('pages through everyone and filters across the whole ledger', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 120; offset += 50) for (const s of (await list.list({ offset, limit: 50 })).items) seen.add(s.id);
    expect(seen.size).toBe(120);
    const retired = await list.list({ filters: { categories: ['离休'] }, offset: 0, limit: 200 });
    expect(retired.total).toBeGreaterThan(0);
    expect(retired.items.every((s) => s.category === '离休')).toBe(true);
    expect(await list.ids({ filters: { categories: ['离休'] } })).toHaveLength(retired.total);
  });

  it('sees creates, edits and deletes made through the repositories', async () => {
    await list.list({ offset: 0, limit: 10 });
    const created = await repos.cadres.create({ name: '欧阳测试', category: '退休', idNumber: syntheticIdNumber('19460301', 11) });
    if (!created.ok) throw new Error('create failed');
    expect(await names({ query: 'oycs', offset: 0, limit: 10 })).toEqual(['欧阳测试']);
    const loaded = (await repos.cadres.get(created.id))!;
    await repos.cadres.update(created.id, { ...loaded, name: '欧阳改名' }, loaded.updatedAt);
    expect(await names({ query: 'oycs', offset: 0, limit: 10 })).toEqual([]);
    expect(await names({ query: 'oygm', offset: 0, limit: 10 })).toEqual(['欧阳改名']);
    await repos.cadres.delete(created.id);
    expect(await names({ query: 'oygm', offset: 0, limit: 10 })).toEqual([]);
    expect((await list.list({ offset: 0, limit: 1 })).total).toBe(120);
  });

  it('sees bulk writes: an import, a bulk delete and a wipe', async () => {
    await list.list({ offset: 0, limit: 10 });
    await commitImport(db, syntheticCadres(200, 9).slice(120), clock);
    expect((await list.list({ offset: 0, limit: 1 })).total).toBe(200);
    const ids = await list.ids({});
    await repos.cadres.bulkDelete(ids.slice(0, 75));
    expect((await list.list({ offset: 0, limit: 1 })).total).toBe(125);
    await wipeAll(db);
    expect((await list.list({ offset: 0, limit: 1 })).total).toBe(0);
  });

  it('marks cadres with follow-ups due, and follows the follow-ups as they change', async () => {
    const [a, b] = await list.ids({});
    const due = await repos.followUps.save({ cadreId: a, date: '2026-06-01', method: '电话联系', found: '腿脚不便', dueDate: '2026-06-10' });
    await repos.followUps.save({ cadreId: b, date: '2026-06-01', method: '上门走访', found: '需要助餐', dueDate: '2026-09-01' });
    expect(await list.ids({ filters: { followUpDue: true } })).toEqual([a]);
    const [first] = (await list.list({ sort: { key: 'followUp', dir: 'asc' }, offset: 0, limit: 2 })).items;
    expect(first).toMatchObject({ id: a, nextFollowUp: '2026-06-10' });
    if (!due.ok) throw new Error('save failed');
    await repos.followUps.save({ ...due.record, doneDate: '2026-06-12' }, { id: due.record.id, expectedUpdatedAt: due.record.updatedAt });
    expect(await list.ids({ filters: { followUpDue: true } })).toEqual([]);
  });

  it('counts ages as the standard in force says', async () => {
    const created = await repos.cadres.create({ name: '虚岁测试', category: '退休', birthDate: '1946-08-01' });
    if (!created.ok) throw new Error('create failed');
    const age = async () => (await list.list({ query: '虚岁测试', offset: 0, limit: 1 })).items[0]!.age;
    expect(await age()).toBe(79);
    await db.standards.put({ id: 'standard01', createdAt: 1, updatedAt: 1, name: '标准', effectiveFrom: '2020-01-01', ageMode: '虚岁', milestones: [80] } as never);
    expect(await age()).toBe(81);
  });

  it('searches for the popup before and after loading, with the same matches', async () => {
    const before = await list.search('zh', 50);
    const after = await list.search('zh', 50);
    expect(after.total).toBe(before.total);
    expect(new Set(after.items.map((s) => s.id))).toEqual(new Set(before.items.map((s) => s.id)));
  });

  it('exports the full records of a filtered list, in order', async () => {
    const ids = await list.ids({ filters: { categories: ['退休'] } });
    const { cadres, total } = await list.records({ filters: { categories: ['退休'] } }, 0, 10);
    expect(total).toBe(ids.length);
    expect(cadres.map((c) => c.id)).toEqual(ids.slice(0, 10));
    expect(cadres[0]!.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});
