import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CadreStore } from '../../../storage/cadre-store';
import { ledgerStats, wipeAll } from '../../../storage/maintenance';
import { openRepos, type Repos } from '../../../storage/repos';
import { freshDb, steppingClock } from './synthetic';

let repos: Repos;

beforeEach(async () => {
  repos = openRepos(freshDb(), steppingClock());
  const ids: string[] = [];
  for (const name of ['杨志强', '黄红霞', '周立新']) {
    const r = await repos.cadres.create({ name, category: '退休' });
    if (!r.ok) throw new Error('seed failed');
    ids.push(r.id);
  }
  const f = await repos.followUps.save({ cadreId: ids[0], date: '2026-01-05', method: '电话联系', found: '身体尚可' });
  const v = await repos.visits.save({ cadreId: ids[1], visitType: '节日慰问', date: '2026-01-20', amount: 500, source: 'manual' });
  if (!f.ok || !v.ok) throw new Error('seed failed');
  await repos.cadres.delete(ids[2]!);
  await repos.audit.append({ kind: 'export' });
  await repos.settings.update({ handlerName: '经办人甲' });
});
afterEach(() => repos.db.delete());

describe('ledgerStats', () => {
  it('counts live records, not tombstones', async () => {
    expect(await ledgerStats(repos.db)).toEqual({ cadres: 2, followUps: 1, visits: 1 });
    await repos.cadres.bulkDelete((await new CadreStore(repos.db).all()).map((c) => c.id));
    expect(await ledgerStats(repos.db)).toEqual({ cadres: 0, followUps: 0, visits: 0 });
  });
});

describe('wipeAll', () => {
  it('leaves every table empty, tombstones, audit and settings included', async () => {
    await wipeAll(repos.db);
    for (const table of repos.db.tables) expect(await table.count(), table.name).toBe(0);
    expect((await repos.settings.get()).handlerName).toBeUndefined();
  });
});
