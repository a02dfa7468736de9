import type { FieldAssignment } from './types';

/**
 * Detail rows (明细) and their growth: which row keys have a value but no field in the form,
 * and so how many rows the page must add (by its own add-row button) before a fill can put
 * every row's values somewhere. Pure: the page side clicks, this side counts.
 */

/** `expense.row.amount[3]` → `{ base: 'expense.row.amount', row: 3 }`; null for other keys. */
export function parseRowKey(key: string): { base: string; row: number } | null {
  const m = /^(.+)\[(\d{1,4})\]$/.exec(key);
  if (!m) return null;
  const row = Number(m[2]);
  return row >= 1 ? { base: m[1]!, row } : null;
}

/** The highest row number among keys (0 when none). */
function highestRow(keys: Iterable<string>): number {
  let max = 0;
  for (const k of keys) max = Math.max(max, parseRowKey(k)?.row ?? 0);
  return max;
}

/** The most rows a single fill adds: a page that keeps failing to grow is not clicked forever. */
export const MAX_ROWS_TO_ADD = 200;

export interface RowGrowth {
  /** rows the form has fields for */
  formRows: number;
  /** rows the values fill */
  valueRows: number;
  /** rows to add before filling (0..MAX_ROWS_TO_ADD) */
  add: number;
  /** row keys with a value and no field, by row then key */
  missingKeys: string[];
}

/**
 * Compares the row keys the form's fields were given with the row keys the values have. Only
 * the columns the form shows matter: a value for a column the table lacks adds no row.
 */
export function rowGrowth(assignments: readonly Pick<FieldAssignment, 'key'>[], values: Readonly<Record<string, string | undefined>>): RowGrowth {
  const assigned = new Set(assignments.map((a) => a.key));
  const columns = new Set([...assigned].map((k) => parseRowKey(k)?.base).filter((b): b is string => b !== undefined));
  const valued = Object.keys(values).filter((k) => {
    const parsed = parseRowKey(k);
    return parsed !== null && columns.has(parsed.base) && (values[k] ?? '').trim() !== '';
  });
  const formRows = highestRow(assigned);
  const valueRows = highestRow(valued);
  const missingKeys = valued
    .filter((k) => !assigned.has(k))
    .sort((a, b) => parseRowKey(a)!.row - parseRowKey(b)!.row || a.localeCompare(b));
  return { formRows, valueRows, add: Math.min(Math.max(valueRows - formRows, 0), MAX_ROWS_TO_ADD), missingKeys };
}

/** The snapshot indexes of the fields of the last row the form has (where its table is). */
export function lastRowFields(assignments: readonly Pick<FieldAssignment, 'key' | 'snapshotIndex'>[]): number[] {
  const last = highestRow(assignments.map((a) => a.key));
  return assignments.filter((a) => parseRowKey(a.key)?.row === last && last > 0).map((a) => a.snapshotIndex);
}

/** Row keys with a value that no field of the form was given (what a fill could not place). */
export function unplacedRowKeys(assignments: readonly Pick<FieldAssignment, 'key'>[], values: Readonly<Record<string, string | undefined>>): string[] {
  const assigned = new Set(assignments.map((a) => a.key));
  return Object.keys(values)
    .filter((k) => parseRowKey(k) !== null && (values[k] ?? '').trim() !== '' && !assigned.has(k))
    .sort((a, b) => parseRowKey(a)!.row - parseRowKey(b)!.row || a.localeCompare(b));
}
