import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { VisitStore } from '../../../storage/visit-store';
import { CadreRepo } from '../../../storage/cadre-repo';
import type { CareFillDB } from '../../../storage/db';
import { freshDb, steppingClock, syntheticIdNumber } from './synthetic';

let db: CareFillDB;
let repo: CadreRepo;
const idNumber = syntheticIdNumber('19470315', 123);

beforeEach(() => {
  db = freshDb();
  repo = new CadreRepo(db, steppingClock());
});
afterEach(() => db.delete());

describe('CadreRepo.create', () => {
  it('stores a valid cadre with derived birth date, gender, pinyin and the syllables of its name', async () => {
    const r = await repo.create({ name: '张三丰', category: '离休', idNumber: idNumber.toLowerCase(), phones: ['138 1234 5678'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await repo.get(r.id);
    expect(c).toMatchObject({
      name: '张三丰',
      idNumber,
      birthDate: '1947-03-15',
      gender: '男',
      pinyin: 'zhangsanfeng',
      initials: 'zsf',
      phones: ['138 1234 5678'],
      updatedAt: r.updatedAt,
    });
    // the syllables (what the in-memory search terms come from) live in the row, not in the cadre the rest of the code sees
    expect(c).not.toHaveProperty('syllables');
    const row = await new CadreStore(db).getRow(r.id);
    expect(row).toMatchObject({ syllables: 'zhang san feng' });
    expect(row).not.toHaveProperty('nameParts');
  });

  it('refuses an invalid cadre with field problems and stores nothing', async () => {
    const r = await repo.create({ name: '', category: '在职', phones: ['12345'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'name', key: 'err_name_required' },
        { path: 'category', key: 'err_choose_one' },
        { path: 'phones.0', key: 'err_phone_format' },
      ]),
    );
    const badId = await repo.create({ name: '张三丰', category: '离休', idNumber: idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0') });
    expect(badId).toEqual({ ok: false, problems: [{ path: 'idNumber', key: 'err_id_checksum' }] });
    expect(await new CadreStore(db).countLive()).toBe(0);
  });

  it('refuses a second live cadre with the same ID number', async () => {
    expect((await repo.create({ name: '张三丰', category: '离休', idNumber })).ok).toBe(true);
    const again = await repo.create({ name: '张三', category: '退休', idNumber });
    expect(again).toEqual({ ok: false, problems: [{ path: 'idNumber', key: 'err_id_duplicate' }] });
    expect(await new CadreStore(db).countLive()).toBe(1);
  });

  it('takes an editor’s loaded record back, ignoring its envelope and derived keys', async () => {
    const r = await repo.create({ id: 'chosen-by-page', createdAt: 1, pinyin: 'zzz', name: '李秀英', category: '退休' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).not.toBe('chosen-by-page');
    expect((await repo.get(r.id))?.pinyin).toBe('lixiuying');
  });
});

describe('CadreRepo.update', () => {
  it('writes when the stored updatedAt is the one the editor loaded', async () => {
    const created = await repo.create({ name: '王建国', category: '退休' });
    if (!created.ok) throw new Error('create failed');
    const r = await repo.update(created.id, { name: '王建国', category: '退休', rank: '县处级' }, created.updatedAt);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.updatedAt).toBeGreaterThan(created.updatedAt);
    expect(await repo.get(created.id)).toMatchObject({ rank: '县处级', updatedAt: r.updatedAt });
  });

  it('reports a conflict and writes nothing when someone saved in between', async () => {
    const created = await repo.create({ name: '王建国', category: '退休' });
    if (!created.ok) throw new Error('create failed');
    const first = await repo.update(created.id, { name: '王建国', category: '退休', rank: '县处级' }, created.updatedAt);
    expect(first.ok).toBe(true);
    const before = await new CadreStore(db).getRow(created.id);
    const stale = await repo.update(created.id, { name: '王建国', category: '离休' }, created.updatedAt);
    expect(stale).toEqual({ ok: false, conflict: true, problems: [{ path: '', key: 'err_edit_conflict' }] });
    expect(await new CadreStore(db).getRow(created.id)).toEqual(before);
  });

  it('refuses an invalid update and keeps the stored cadre', async () => {
    const created = await repo.create({ name: '王建国', category: '退休' });
    if (!created.ok) throw new Error('create failed');
    const before = await new CadreStore(db).getRow(created.id);
    const r = await repo.update(created.id, { name: '王建国', category: '退休', birthDate: '2099-01-01' }, created.updatedAt);
    expect(r).toEqual({ ok: false, problems: [{ path: 'birthDate', key: 'err_date_future' }] });
    expect(await new CadreStore(db).getRow(created.id)).toEqual(before);
  });

  it('answers not-found for an unknown or deleted cadre', async () => {
    expect(await repo.update('nosuchcadre', { name: '王', category: '退休' }, 1)).toEqual({
      ok: false,
      problems: [{ path: '', key: 'err_not_found' }],
    });
  });

  it('save() dispatches create and update as cadre.save does', async () => {
    const created = await repo.save({ input: { name: '刘桂兰', category: '遗属' } });
    if (!created.ok) throw new Error('create failed');
    expect((await repo.save({ id: created.id, input: { name: '刘桂兰', category: '遗属' } })).ok).toBe(false);
    expect((await repo.save({ id: created.id, expectedUpdatedAt: created.updatedAt, input: { name: '刘桂兰', category: '退休' } })).ok).toBe(true);
  });
});

describe('CadreRepo.delete', () => {
  it('leaves a tombstone without personal fields, excluded from reads', async () => {
    const created = await repo.create({ name: '陈淑珍', category: '退休', idNumber, phones: ['13812345678'] });
    if (!created.ok) throw new Error('create failed');
    expect(await repo.delete(created.id)).toBe(true);
    expect(await repo.get(created.id)).toBeUndefined();
    const row = await new CadreStore(db).getRow(created.id);
    expect(Object.keys(row!).sort()).toEqual(['createdAt', 'deletedAt', 'id', 'updatedAt']);
    expect(row!.deletedAt).toBeGreaterThan(created.updatedAt);
    expect(row!.updatedAt).toBe(row!.deletedAt);
    expect(await repo.delete(created.id)).toBe(false);
    // the ID number is free again
    expect((await repo.create({ name: '陈淑珍', category: '退休', idNumber })).ok).toBe(true);
  });

  it('bulk-deletes cadres with their follow-ups and visits, counting live cadres only', async () => {
    const a = await repo.create({ name: '杨志强', category: '退休' });
    const b = await repo.create({ name: '黄红霞', category: '退休' });
    const c = await repo.create({ name: '周立新', category: '退休' });
    if (!a.ok || !b.ok || !c.ok) throw new Error('create failed');
    const meta = { createdAt: 1, updatedAt: 1 };
    await db.followUps.add({ id: 'followup01', ...meta, cadreId: a.id, date: '2026-01-05', method: '电话联系', found: '身体尚可' });
    const visits = new VisitStore(db);
    await visits.putAll([
      { id: 'visit00001', ...meta, cadreId: a.id, visitType: '节日慰问', date: '2026-01-20', amount: 500, goodsValue: 0, source: 'manual' },
      { id: 'visit00002', ...meta, cadreId: c.id, visitType: '节日慰问', date: '2026-01-20', amount: 500, goodsValue: 0, source: 'manual' },
    ]);
    const stored = async (id: string) => (await visits.all()).find((v) => v.id === id);
    expect(await repo.bulkDelete([a.id, b.id, a.id, 'nosuchcadre'])).toBe(2);
    expect(await repo.get(c.id)).toBeDefined();
    expect(Object.keys((await db.followUps.get('followup01'))!)).not.toContain('found');
    expect((await stored('visit00001'))!.deletedAt).toBeDefined();
    expect((await stored('visit00002'))!.deletedAt).toBeUndefined();
    expect(await repo.bulkDelete([a.id, b.id])).toBe(0);
  });
});
