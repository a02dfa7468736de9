import { importLookupKeys, planImport, type ImportLookup, type ImportPlan } from '../core/ledger/import-plan';
import { newId } from '../core/model/record';
import { todayInShanghai } from '../core/model/validators/dates';
import { systemClock, type Clock } from './clock';
import { fromCadreRow, toCadreRow } from './cadre-row';
import { CadreStore } from './cadre-store';
import { isLive, type CareFillDB } from './db';

/**
 * Bulk import of cadre rows (a JSON ledger or a spreadsheet's rows). `previewImport` reports what
 * a commit would do; `commitImport` plans again inside one read-write transaction and writes every
 * valid row there, with an audit event: if anything fails, the transaction aborts and the database
 * is unchanged. `rowLabels` numbers the rows in reports (their spreadsheet row numbers).
 */

/** What importing `rows` would add, update and refuse; writes nothing. */
export async function previewImport(db: CareFillDB, rows: readonly unknown[], now: Clock = systemClock, rowLabels?: readonly number[]): Promise<ImportPlan> {
  // an async scope function: with a plain one returning the promise, Dexie commits too early
  return db.transaction('r', db.cadreBuckets, async () => planWithStorage(db, rows, now, rowLabels));
}

/** Imports the valid rows of `rows` in one transaction (all of them or, on failure, none). */
export async function commitImport(db: CareFillDB, rows: readonly unknown[], now: Clock = systemClock, rowLabels?: readonly number[]): Promise<ImportPlan> {
  return db.transaction('rw', db.cadreBuckets, db.audit, async () => {
    const plan = await planWithStorage(db, rows, now, rowLabels);
    const written = [...plan.toAdd, ...plan.toUpdate];
    await new CadreStore(db).putAll(written.map(toCadreRow));
    const at = now();
    await db.audit.add({
      id: newId(),
      createdAt: at,
      updatedAt: at,
      at,
      kind: 'import',
      detail: { added: plan.toAdd.length, updated: plan.toUpdate.length, unchanged: plan.unchanged, refused: plan.errors.length },
    });
    return plan;
  });
}

async function planWithStorage(db: CareFillDB, rows: readonly unknown[], now: Clock, rowLabels?: readonly number[]): Promise<ImportPlan> {
  const today = todayInShanghai();
  const { idNumbers, ids } = importLookupKeys(rows, today);
  const store = new CadreStore(db);
  const byIdNumber = new Map((await store.holdersOfAny(idNumbers)).map((r) => [r.idNumber!, fromCadreRow(r)]));
  const stored = (await store.getRows(ids)).filter((r) => r !== undefined);
  const lookup: ImportLookup = {
    byIdNumber,
    byId: new Map(stored.filter(isLive).map((r) => [r.id, fromCadreRow(r)])),
    takenIds: new Set(stored.map((r) => r.id)),
  };
  return planImport(rows, lookup, { now: now(), today, rowLabels });
}
