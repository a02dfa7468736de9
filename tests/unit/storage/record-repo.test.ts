import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, steppingClock } from './synthetic';

let repos: Repos;
beforeEach(() => {
  repos = openRepos(freshDb(), steppingClock());
});
afterEach(() => repos.db.delete());

const followUp = { cadreId: 'cadre00001', date: '2026-01-05', method: '电话联系', found: '腿脚不便，需要上门', dueDate: '2026-01-20' };

describe('RecordRepo', () => {
  it('validates before writing: an invalid record yields problems and nothing is stored', async () => {
    const r = await repos.followUps.save({ ...followUp, dueDate: '2025-12-31' });
    expect(r).toEqual({ ok: false, problems: [{ path: 'dueDate', key: 'err_due_before_date' }] });
    expect(await repos.db.followUps.count()).toBe(0);
  });

  it('creates, lists by index, updates optimistically and deletes to a tombstone', async () => {
    const created = await repos.followUps.save(followUp);
    if (!created.ok) throw new Error('save failed');
    const { id, updatedAt } = created.record;
    expect(await repos.followUps.listBy('cadreId', 'cadre00001')).toHaveLength(1);

    const updated = await repos.followUps.save({ ...followUp, doneDate: '2026-01-10' }, { id, expectedUpdatedAt: updatedAt });
    expect(updated.ok).toBe(true);
    const stale = await repos.followUps.save({ ...followUp, owner: '某人' }, { id, expectedUpdatedAt: updatedAt });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect((await repos.followUps.get(id))?.owner).toBeUndefined();

    expect(await repos.followUps.delete(id)).toBe(true);
    expect(await repos.followUps.get(id)).toBeUndefined();
    expect(await repos.followUps.list()).toEqual([]);
    expect(await repos.followUps.listBy('cadreId', 'cadre00001')).toEqual([]);
    expect(Object.keys((await repos.db.followUps.get(id))!).sort()).toEqual(['createdAt', 'deletedAt', 'id', 'updatedAt']);
  });
});

describe('SettingsRepo', () => {
  it('returns defaults, then validated updates', async () => {
    expect((await repos.settings.get()).contactIntervalMonths).toBe(3);
    expect((await repos.settings.update({ contactIntervalMonths: 6 })).ok).toBe(true);
    expect((await repos.settings.update({ contactIntervalMonths: 99 })).ok).toBe(false);
    expect((await repos.settings.get()).contactIntervalMonths).toBe(6);
  });
});
