import type { Cadre } from '../../../../core/model/cadre';
import type { VisitRecord } from '../../../../core/model/visit-record';

/**
 * The export files the browser benchmarks import (sync-chromium.ts, sync-firefox.ts), made in
 * Node before any clock starts: 20,000 synthetic cadres and 100,000 visit records from another
 * browser, encrypted; an office-sized part of them (2,000 cadres); and the same colleague's file
 * a week later, with 2% of the cadres and 1% of the visits changed.
 */

export const CADRES = 20_000;
export const VISITS = 100_000;
/** cadres of an office-sized ledger */
export const OFFICE = 2_000;
export const BUDGET_MS = 5_000;
export const PASSPHRASE = 'bench-同步口令-2026';

export interface SyncBenchFiles {
  /** everything, into an empty browser */
  first: string;
  /** the first OFFICE cadres and their visits, into another empty browser */
  office: string;
  /** a week later */
  weekly: string;
}

export async function syncBenchFiles(): Promise<SyncBenchFiles> {
  const { generateLedger } = await import('../../../../core/synth');
  const { cadre, visitRecord } = await import('../../../../core/model');
  const { searchKeys } = await import('../../../../core/ledger/search-keys');
  const { encodeSyncFile } = await import('../../../../core/sync');

  const T0 = Date.UTC(2026, 10, 22, 2);
  const T1 = T0 + 7 * 86_400_000;
  const ledger = generateLedger({ count: CADRES, seed: 20261129, today: '2026-11-22' });
  const cadres: Cadre[] = ledger.cadres.map((c) => cadre.parse({ ...c, createdAt: T0, updatedAt: T0, ...searchKeys(c.name) }));
  const officeIds = new Set(ledger.cadres.slice(0, OFFICE).map((c) => c.id));
  const visits: VisitRecord[] = ledger.visits
    .slice(0, VISITS)
    .map((v, i) => visitRecord.parse({ ...v, id: `benchvisit${String(i).padStart(7, '0')}`, createdAt: T0, updatedAt: T0 }));
  const fileOf = (records: { cadres: object[]; visits: object[] }, exportedAt: number) =>
    encodeSyncFile(
      {
        appVersion: '0.1.0',
        deviceId: 'benchcolleague01',
        exportedAt,
        scope: 'ledger',
        seen: [],
        records: { followUps: [], templates: [], standards: [], siteMaps: [], ...records } as never,
      },
      { encrypt: true, passphrase: PASSPHRASE },
    );
  return {
    first: await fileOf({ cadres, visits }, T0 + 3600_000),
    office: await fileOf({ cadres: cadres.slice(0, OFFICE), visits: visits.filter((v) => officeIds.has(v.cadreId)) }, T0 + 3600_000),
    weekly: await fileOf(
      {
        cadres: cadres.map((c, i) => (i % 50 === 0 ? { ...c, notes: '同事本周走访', updatedAt: T1 } : c)),
        visits: visits.map((v, i) => (i % 100 === 0 ? { ...v, note: '已报销', updatedAt: T1 } : v)),
      },
      T1 + 3600_000,
    ),
  };
}
