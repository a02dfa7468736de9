import type { Cadre } from '../model/cadre';
import type { FieldProblem } from '../model/issues';
import { newId, recordMeta } from '../model/record';
import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import { parseIdNumber } from '../model/validators/id-number';
import { buildCadre, inputFieldsOf, nextUpdatedAt, splitEnvelope } from './build-cadre';
import { mergeFields, sameFields } from './same-fields';

/**
 * Bulk import of cadre rows (a JSON ledger, or the rows of a spreadsheet), planned without
 * touching storage. A row updates the cadre with the same ID number (or, without one, the cadre
 * with the row's id); otherwise it adds a cadre. A row that would change nothing is counted as
 * unchanged and not written. Rows with problems, and rows repeating an earlier row of the file,
 * are reported with their row number and left out.
 */

/** What storage knows about the cadres a file refers to (live records only, except `takenIds`). */
export interface ImportLookup {
  byIdNumber: ReadonlyMap<string, Cadre>;
  byId: ReadonlyMap<string, Cadre>;
  /** ids already used in storage, tombstones included: a new cadre never reuses one */
  takenIds: ReadonlySet<string>;
}

export interface ImportRowError {
  /** 1-based, or the label the caller gave the row (its spreadsheet row number) */
  row: number;
  problems: FieldProblem[];
}

export interface ImportPlan {
  total: number;
  toAdd: Cadre[];
  toUpdate: Cadre[];
  /** rows naming an existing cadre whose fields they would not change (not written) */
  unchanged: number;
  /** rows left out: invalid, or repeating an earlier row (see `duplicates`) */
  errors: ImportRowError[];
  /** a row that repeats an earlier row of the file (same ID number, same id or same target cadre) */
  duplicates: { row: number; sameAs: number }[];
}

export interface ImportOptions {
  now: number;
  today?: IsoDate;
  makeId?: () => string;
  /**
   * The number to report for each row (e.g. its row in the spreadsheet, after the header and
   * skipped rows); default: the 1-based position in `rows`.
   */
  rowLabels?: readonly number[];
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
  const plan: ImportPlan = { total: rows.length, toAdd: [], toUpdate: [], unchanged: 0, errors: [], duplicates: [] };
  /** `idn:<ID number>` / `id:<id>` / `target:<cadre id>` → first row that used it */
  const seen = new Map<string, number>();
  const usedIds = new Set<string>();

  rows.forEach((raw, index) => {
    const row = opts.rowLabels?.[index] ?? index + 1;
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
      const before = inputFieldsOf(existing);
      const merged = buildCadre(
        mergeFields(before, input),
        { id: existing.id, createdAt: existing.createdAt, updatedAt: nextUpdatedAt(existing.updatedAt, opts.now) },
        today,
      );
      if (!merged.ok) plan.errors.push({ row, problems: merged.problems });
      else if (sameFields(inputFieldsOf(merged.cadre), before)) plan.unchanged++;
      else plan.toUpdate.push(merged.cadre);
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
