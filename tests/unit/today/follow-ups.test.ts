import { describe, expect, it } from 'vitest';
import { cadre, followUp, run } from './helpers';

const TODAY = '2026-11-29';

describe('follow-ups due and overdue, by owner', () => {
  it('lists open follow-ups due by a week from today; overdue ones are those due before today', () => {
    const c = cadre();
    const followUps = [
      followUp(c.id, '2026-11-01', { id: 'f-overdue', dueDate: '2026-11-28', owner: '周晓燕' }),
      followUp(c.id, '2026-11-20', { id: 'f-today', dueDate: '2026-11-29', owner: '周晓燕' }),
      followUp(c.id, '2026-11-20', { id: 'f-week', dueDate: '2026-12-06', owner: '刘洋' }),
      followUp(c.id, '2026-11-20', { id: 'f-later', dueDate: '2026-12-07', owner: '刘洋' }),
    ];
    const r = run({ cadres: [c], followUps }, TODAY);
    expect(r.counts).toMatchObject({ followUpsOverdue: 1, followUpsDue: 2 });
    const all = r.followUps.flatMap((g) => g.items);
    expect(all.map((f) => [f.followUpId, f.overdue, f.daysUntil])).toEqual([
      ['f-week', false, 7],
      ['f-overdue', true, -1],
      ['f-today', false, 0],
    ]);
  });

  it('leaves out follow-ups done by today, and those recorded after today; a done date after today is still open', () => {
    const c = cadre();
    const followUps = [
      followUp(c.id, '2026-11-01', { dueDate: '2026-11-10', doneDate: '2026-11-12' }),
      followUp(c.id, '2026-12-01', { dueDate: '2026-12-02' }),
      followUp(c.id, '2026-11-01', { id: 'still-open', dueDate: '2026-11-10', doneDate: '2026-12-01' }),
      followUp(c.id, '2026-11-01'), // no due date: nothing falls due
    ];
    const r = run({ cadres: [c], followUps }, TODAY);
    expect(r.followUps.flatMap((g) => g.items).map((f) => f.followUpId)).toEqual(['still-open']);
  });

  it('groups by owner: named owners in order, the unassigned last, with counts per owner', () => {
    const c = cadre();
    const followUps = [
      followUp(c.id, '2026-11-01', { dueDate: '2026-11-20' }),
      followUp(c.id, '2026-11-01', { dueDate: '2026-11-21', owner: '刘洋' }),
      followUp(c.id, '2026-11-01', { dueDate: '2026-12-01', owner: '刘洋' }),
      followUp(c.id, '2026-11-01', { dueDate: '2026-11-22', owner: '周晓燕' }),
      followUp(c.id, '2026-11-01', { dueDate: '2026-11-23', owner: '' }),
    ];
    const groups = run({ cadres: [c], followUps }, TODAY).followUps;
    expect(groups.map((g) => [g.owner, g.overdue, g.due, g.items.length])).toEqual([
      ['刘洋', 1, 1, 2],
      ['周晓燕', 1, 0, 1],
      [undefined, 2, 0, 2],
    ]);
  });

  it('ignores follow-ups of cadres not in the ledger and deleted ones, and keeps those of deceased cadres', () => {
    const gone = cadre({ alive: false, deathDate: '2026-10-01' });
    const deleted = { ...cadre(), deletedAt: 5 };
    const followUps = [
      followUp('nobody-here', '2026-11-01', { dueDate: '2026-11-20' }),
      followUp(deleted.id, '2026-11-01', { dueDate: '2026-11-20' }),
      followUp(gone.id, '2026-09-01', { dueDate: '2026-09-20', id: 'for-the-family' }),
      followUp(gone.id, '2026-09-01', { dueDate: '2026-09-20', deletedAt: 9 }),
    ];
    const items = run({ cadres: [gone, deleted], followUps }, TODAY).followUps.flatMap((g) => g.items);
    expect(items.map((f) => f.followUpId)).toEqual(['for-the-family']);
  });

  it('takes the reach from the policy', () => {
    const c = cadre();
    const followUps = [followUp(c.id, '2026-11-01', { dueDate: '2026-12-20' })];
    expect(run({ cadres: [c], followUps }, TODAY).counts.followUpsDue).toBe(0);
    expect(run({ cadres: [c], followUps, policy: { followUps: { dueWithinDays: 30 } } }, TODAY).counts.followUpsDue).toBe(1);
  });
});
