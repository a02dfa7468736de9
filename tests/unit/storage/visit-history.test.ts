import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepos, type Repos } from '../../../storage/repos';
import { cadreHistoryIndex, cadreVisits, cadreVisitsInYear } from '../../../storage/visit-history';
import { freshDb, steppingClock } from './synthetic';

let repos: Repos;
beforeEach(() => {
  repos = openRepos(freshDb(), steppingClock());
});
afterEach(() => repos.db.delete());

async function visit(cadreId: string, date: string, amount = 100): Promise<string> {
  const r = await repos.visits.save({ cadreId, visitType: '困难帮扶', date, amount, source: 'manual' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.record.id;
}

describe('visit history from storage', () => {
  it('reads one cadre’s records from its bucket, by date, without tombstones', async () => {
    await visit('cadre-b-0001', '2025-01-01');
    const late = await visit('cadre-a-0001', '2025-12-31');
    await visit('cadre-a-0001', '2024-12-31');
    await visit('cadre-a-0001', '2025-01-01');
    const gone = await visit('cadre-a-0001', '2025-06-01');
    await repos.visits.delete(gone);
    expect((await cadreVisits(repos.db, 'cadre-a-0001')).map((v) => v.date)).toEqual(['2024-12-31', '2025-01-01', '2025-12-31']);
    expect((await cadreVisitsInYear(repos.db, 'cadre-a-0001', 2025)).map((v) => v.date)).toEqual(['2025-01-01', '2025-12-31']);
    expect((await cadreVisitsInYear(repos.db, 'cadre-a-0001', 2025)).at(-1)!.id).toBe(late);
    expect(await cadreVisits(repos.db, 'cadre-c-0001')).toEqual([]);
  });

  it('indexes only the cadre asked for', async () => {
    await visit('cadre-a-0001', '2025-03-01', 300);
    await visit('cadre-b-0001', '2025-03-01');
    const index = await cadreHistoryIndex(repos.db, 'cadre-a-0001');
    expect(index.size).toBe(1);
    expect(index.inYear('cadre-a-0001', 2025).map((v) => v.amount)).toEqual([300]);
    expect(index.inYear('cadre-b-0001', 2025)).toEqual([]);
  });
});
