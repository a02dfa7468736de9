import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CareFillDB } from '../../../storage/db';
import { dueFollowUps, followUpsOfCadre, saveFollowUp } from '../../../storage/follow-up-queries';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, steppingClock } from './synthetic';

let db: CareFillDB;
let repos: Repos;
let ids: string[];

beforeEach(async () => {
  db = freshDb();
  repos = openRepos(db, steppingClock());
  ids = [];
  for (const [name, unit] of [['王卫东', '省直机关某厅'], ['李秀英', '省财政厅'], ['赵六', undefined]] as const) {
    const r = await repos.cadres.create({ name, category: '退休', originalUnit: unit, phones: ['13800138000'] });
    if (!r.ok) throw new Error('seed failed');
    ids.push(r.id);
  }
});
afterEach(() => db.delete());

const save = async (input: Record<string, unknown>) => {
  const r = await saveFollowUp(db, repos.followUps, { method: '电话联系', found: '身体尚可', ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.record;
};

describe('follow-ups in storage', () => {
  it('lists a cadre’s follow-ups, the latest contact first', async () => {
    await save({ cadreId: ids[0], date: '2026-03-01' });
    await save({ cadreId: ids[0], date: '2026-05-01' });
    await save({ cadreId: ids[1], date: '2026-04-01' });
    expect((await followUpsOfCadre(db, ids[0]!)).map((f) => f.date)).toEqual(['2026-05-01', '2026-03-01']);
  });

  it('lists open follow-ups due by a day, overdue first, with their cadre (no ID number)', async () => {
    await save({ cadreId: ids[0], date: '2026-05-01', dueDate: '2026-06-20' });
    await save({ cadreId: ids[1], date: '2026-05-01', dueDate: '2026-05-10' });
    await save({ cadreId: ids[1], date: '2026-05-01', dueDate: '2026-05-05', doneDate: '2026-05-04' });
    await save({ cadreId: ids[2], date: '2026-05-01', dueDate: '2026-08-01' });
    await save({ cadreId: ids[2], date: '2026-05-01' });
    const due = await dueFollowUps(db, '2026-06-22');
    expect(due.map((d) => [d.cadre.name, d.followUp.dueDate])).toEqual([
      ['李秀英', '2026-05-10'],
      ['王卫东', '2026-06-20'],
    ]);
    expect(due[0]!.cadre).toEqual({ id: ids[1], name: '李秀英', category: '退休', originalUnit: '省财政厅', phone: '13800138000' });
  });

  it('drops the follow-ups of a deleted cadre, and refuses one about a cadre not in the ledger', async () => {
    await save({ cadreId: ids[0], date: '2026-05-01', dueDate: '2026-05-10' });
    await repos.cadres.delete(ids[0]!);
    expect(await dueFollowUps(db, '2026-06-22')).toEqual([]);
    const r = await saveFollowUp(db, repos.followUps, { cadreId: ids[0], date: '2026-05-01', method: '微信', found: '无' });
    expect(r).toEqual({ ok: false, problems: [{ path: 'cadreId', key: 'err_not_found' }] });
    expect(await db.followUps.count()).toBe(1);
  });

  it('reports each invalid field', async () => {
    const r = await saveFollowUp(db, repos.followUps, { cadreId: ids[0], date: '2026-05-01', method: '写信', found: '', dueDate: '2026-04-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['found', 'method']);
  });
});
