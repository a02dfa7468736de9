import { openRepos, type Repos } from '../../../storage/repos';
import type { CareFillDB } from '../../../storage/db';
import { freshDb, steppingClock, syntheticIdNumber } from '../storage/synthetic';

/** Every row of every table, to compare a database before and after. */
export async function dumpDb(db: CareFillDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** The record tables only (what two synced browsers must hold alike). */
export async function dumpRecords(db: CareFillDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of ['cadreBuckets', 'followUps', 'templates', 'standards', 'siteMaps', 'visitBuckets']) out[name] = await db.table(name).toArray();
  return out;
}

/** A database with a few records of every kind, made through the repositories, and its clock. */
export async function seededRepos(start?: number): Promise<{ repos: Repos; clock: () => number }> {
  const clock = steppingClock(start);
  const repos = openRepos(freshDb(), clock);
  const ids: string[] = [];
  for (const [i, input] of [
    { name: '张建国', category: '离休', idNumber: syntheticIdNumber('19320101', 11), phones: ['13900000011'] },
    { name: '王秀英', category: '退休', idNumber: syntheticIdNumber('19480707', 22) },
    { name: '李卫东', category: '遗属', originalUnit: '省某厅' },
  ].entries()) {
    const r = await repos.cadres.create(input);
    if (!r.ok) throw new Error(`seed cadre ${i}: ${JSON.stringify(r.problems)}`);
    ids.push(r.id);
  }
  const must = <T extends { ok: boolean }>(r: T): T => {
    if (!r.ok) throw new Error(`seed: ${JSON.stringify(r)}`);
    return r;
  };
  must(await repos.followUps.save({ cadreId: ids[0], date: '2026-11-01', method: '电话联系', found: '身体尚可' }));
  must(await repos.visits.save({ cadreId: ids[1], visitType: '节日慰问', festival: '重阳', date: '2026-10-29', amount: 500, source: 'manual' }));
  must(await repos.templates.save({ name: '春节慰问', visitType: '节日慰问', festival: '春节', amount: 800 }));
  must(await repos.settings.update({ department: '离退休干部处', handlerName: '经办人甲' }));
  return { repos, clock };
}

export { freshDb, steppingClock, syntheticIdNumber };
