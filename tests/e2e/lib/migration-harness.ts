/**
 * Runs in a web page of real Chromium or Firefox (bundled by esbuild, tests/e2e/migration.*.spec.ts):
 * the schema migrations of storage/schema.ts on the browser's own IndexedDB, not fake-indexeddb.
 * A frozen schema-2 dump, and a schema-2 database the Lock had sealed, are written without Dexie,
 * then opened by the current code. Returns what the spec asserts on.
 */
import v2 from '../../fixtures/db/v2.json';
import { loadRawDatabase } from '../../unit/storage/raw-idb';
import { rawDump } from '../../unit/lock/raw-dump';
import { CareFillDB } from '../../../storage/db';
import { openRepos } from '../../../storage/repos';
import { enableLock, unlockLock } from '../../../storage/lock/operations';
import { cadreVisits } from '../../../storage/visit-history';
import { CadreStore } from '../../../storage/cadre-store';
import { upgradedRow } from '../../../storage/cadre-row';
import type { CadreRow, Stored } from '../../../storage/db';
import { syntheticIdNumber } from '../../unit/storage/synthetic';

const PASS = 'migration-harness-口令-2026';
const ID = syntheticIdNumber('19410203', 17);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface MigrationResults {
  verno: number;
  tables: string[];
  visitsBefore: unknown[];
  visitsAfter: unknown[];
  cadreVisitIds: string[];
  cadresBefore: unknown[];
  cadresAfter: unknown[];
  otherTablesKept: boolean;
  sealed: { lockedState: string; notesLocked: unknown[]; notesOpened: unknown[]; clearInRaw: boolean; idLockedRead: unknown; foundById: string[] };
}

async function plain(): Promise<Omit<MigrationResults, 'sealed'>> {
  const name = `carefill-migration-${crypto.randomUUID()}`;
  await loadRawDatabase(name, 20, v2.stores, v2.tables as Record<string, unknown[]>);
  const db = new CareFillDB(name);
  try {
    await db.open();
    const repos = openRepos(db);
    const after = await repos.visits.all();
    const raw = await rawDump(name);
    const { visits: _v, cadres: _c, ...others } = v2.tables as Record<string, { id?: string; key?: string }[]>;
    const key = (r: { id?: string; key?: string }) => String(r.id ?? r.key);
    const sorted = (rows: { id?: string; key?: string }[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const otherTablesKept = Object.entries(others).every(([t, rows]) => JSON.stringify(sorted((raw[t] ?? []) as never)) === JSON.stringify(sorted(rows)));
    return {
      verno: db.verno,
      tables: db.tables.map((t) => t.name).sort(),
      visitsBefore: [...(v2.tables.visits as { id: string }[])].sort(byId),
      visitsAfter: [...after].sort(byId),
      cadreVisitIds: (await cadreVisits(db, 'cadreV1aaa01')).map((v) => v.id),
      // schema 4 keeps each cadre with its name's syllables in place of its search terms
      cadresBefore: (v2.tables.cadres as Stored<CadreRow>[]).map(upgradedRow).sort(byId),
      cadresAfter: (await new CadreStore(db).all()).sort(byId),
      otherTablesKept,
    };
  } finally {
    db.close();
    await new CareFillDB(name).delete();
  }
}

/** A schema-2 database whose cadres and visit notes the Lock sealed: made by the current code, then laid out as schema 2 stored it. */
async function sealed(): Promise<MigrationResults['sealed']> {
  const now = `carefill-sealed-${crypto.randomUUID()}`;
  const db = new CareFillDB(now);
  const repos = openRepos(db);
  const c = await repos.cadres.create({ name: '迁移测试', category: '退休', idNumber: ID });
  if (!c.ok) throw new Error('cadre');
  for (const note of ['住院复查一', '住院复查二']) {
    const v = await repos.visits.save({ cadreId: c.id, visitType: '住院看望', date: '2026-10-01', source: 'manual', note });
    if (!v.ok) throw new Error('visit');
  }
  const on = await enableLock(db, PASS);
  if (!on.ok) throw new Error('lock');
  db.close();
  const { visitBuckets, cadreBuckets, ...tables } = await rawDump(now);
  await new CareFillDB(now).delete();
  const visits = (visitBuckets as { visits: unknown[] }[]).flatMap((b) => b.visits);
  const cadres = (cadreBuckets as { cadres: unknown[] }[]).flatMap((b) => b.cadres);
  const old = `carefill-sealed-v2-${crypto.randomUUID()}`;
  await loadRawDatabase(old, 20, v2.stores, { ...tables, cadres, visits } as Record<string, unknown[]>);
  const reopened = new CareFillDB(old);
  try {
    await reopened.open();
    const lockedState = reopened.lockRing.state;
    const moved = openRepos(reopened);
    const notesLocked = (await moved.visits.list()).map((v) => v.note);
    const idLockedRead = (await moved.cadres.get(c.id))?.idNumber;
    const raw = JSON.stringify(await rawDump(old));
    const clearInRaw = raw.includes('住院复查') || raw.includes(ID);
    if (!(await unlockLock(reopened, PASS)).ok) throw new Error('unlock');
    const notesOpened = (await moved.visits.list()).map((v) => v.note).sort();
    // the ID number's keyed hash moved with the sealed cadre into its bucket's index
    const foundById = (await moved.cadres.withIdNumber(ID)).map((x) => x.name);
    return { lockedState, notesLocked, notesOpened, clearInRaw, idLockedRead, foundById };
  } finally {
    reopened.close();
    await new CareFillDB(old).delete();
  }
}

/** Both migrations, one after the other. */
export async function runMigrations(): Promise<MigrationResults> {
  return { ...(await plain()), sealed: await sealed() };
}

(globalThis as unknown as { carefillMigrations: typeof runMigrations }).carefillMigrations = runMigrations;
