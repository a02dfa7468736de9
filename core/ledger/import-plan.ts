import type { Cadre } from '../model/cadre';
import type { FieldProblem } from '../model/issues';
import { newId, recordMeta } from '../model/record';
import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import { parseIdNumber } from '../model/validators/id-number';
import { buildCadre, inputFieldsOf, nextUpdatedAt, splitEnvelope } from './build-cadre';

/**
 * Bulk import of a JSON ledger (an array of cadre objects), planned without touching storage.
 * A row updates the cadre with the same ID number (or, without one, the cadre with the row's id);
 * otherwise it adds a cadre. Rows with problems, and rows repeating an earlier row of the file,
 * are reported with their 1-based row number and left out.
 */

/** What storage knows about the cadres a file refers to (live records only, except `takenIds`). */
export interface ImportLookup {
  byIdNumber: ReadonlyMap<string, Cadre>;
  byId: ReadonlyMap<string, Cadre>;
  /** ids already used in storage, tombstones included: a new cadre never reuses one */
  takenIds: ReadonlySet<string>;
}

export interface ImportRowError {
  /** 1-based */
  row: number;
  problems: FieldProblem[];
}

export interface ImportPlan {
  total: number;
  toAdd: Cadre[];
  toUpdate: Cadre[];
  /** rows left out: invalid, or repeating an earlier row (see `duplicates`) */
  errors: ImportRowError[];
  /** a row that repeats an earlier row of the file (same ID number, same id or same target cadre) */
  duplicates: { row: number; sameAs: number }[];
}

export interface ImportOptions {
  now: number;
  today?: IsoDate;
  makeId?: () => string;
}

/** The keys of a file that storage must look up: normalised ID numbers and carried ids. */
export function importLookupKeys(rows: readonly unknown[], today: IsoDate = todayInShanghai()): { idNumbers: string[]; ids: string[] } {
  const idNumbers = new Set<string>();
  const ids = new Set<string>();
  for (const raw of rows) {
    if (!isPlainObject(raw)) continue;
    if (typeof raw.idNumber === 'string') {
      const r = parseIdNumber(raw.idNumber, today);
      if (r.ok) idNumbers.add(r.info.normalized);
    }
    if (typeof raw.id === 'string' && recordMeta.id.safeParse(raw.id).success) ids.add(raw.id);
  }
  return { idNumbers: [...idNumbers], ids: [...ids] };
}

/** Plans an import: which rows add, which update, which are refused and why. Pure. */
export function planImport(rows: readonly unknown[], lookup: ImportLookup, opts: ImportOptions): ImportPlan {
  const today = opts.today ?? todayInShanghai();
  const makeId = opts.makeId ?? newId;
  const plan: ImportPlan = { total: rows.length, toAdd: [], toUpdate: [], errors: [], duplicates: [] };
  /** `idn:<ID number>` / `id:<id>` / `target:<cadre id>` → first row that used it */
  const seen = new Map<string, number>();
  const usedIds = new Set<string>();

  rows.forEach((raw, index) => {
    const row = index + 1;
    if (!isPlainObject(raw)) {
      plan.errors.push({ row, problems: [{ path: '', key: 'err_import_not_object' }] });
      return;
    }
    const { id: rowId, input } = splitEnvelope(dropEmpty(raw));
    const alone = buildCadre(input, { id: 'validation0', createdAt: opts.now, updatedAt: opts.now }, today);
    if (!alone.ok) {
      plan.errors.push({ row, problems: alone.problems });
      return;
    }
    const idNumber = alone.cadre.idNumber;
    const existing = (idNumber ? lookup.byIdNumber.get(idNumber) : undefined) ?? (rowId ? lookup.byId.get(rowId) : undefined);

    const keys = [idNumber && `idn:${idNumber}`, rowId && `id:${rowId}`, existing && `target:${existing.id}`].filter(
      (k): k is string => !!k,
    );
    const firstKey = keys.find((k) => seen.has(k));
    if (firstKey) {
      const sameAs = seen.get(firstKey)!;
      plan.duplicates.push({ row, sameAs });
      const path = firstKey.startsWith('idn:') ? 'idNumber' : 'id';
      plan.errors.push({ row, problems: [{ path, key: 'err_import_duplicate', subs: [String(sameAs)] }] });
      return;
    }
    for (const k of keys) seen.set(k, row);

    if (existing) {
      const merged = buildCadre(
        { ...inputFieldsOf(existing), ...input },
        { id: existing.id, createdAt: existing.createdAt, updatedAt: nextUpdatedAt(existing.updatedAt, opts.now) },
        today,
      );
      if (merged.ok) plan.toUpdate.push(merged.cadre);
      else plan.errors.push({ row, problems: merged.problems });
      return;
    }
    const canKeepId = rowId && recordMeta.id.safeParse(rowId).success && !lookup.takenIds.has(rowId) && !usedIds.has(rowId);
    const id = canKeepId ? rowId : makeId();
    usedIds.add(id);
    plan.toAdd.push({ ...alone.cadre, id, createdAt: opts.now, updatedAt: opts.now });
  });
  return plan;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An empty cell (null or '') means "no value given", not "erase". */
function dropEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null && v !== ''));
}
