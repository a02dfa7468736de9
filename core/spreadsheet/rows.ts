import type { FieldProblem } from '../model/issues';
import { parseIdNumber } from '../model/validators/id-number';
import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import { importField, isMultiColumn, type ImportFieldPath } from './fields';
import { cellText, type ColumnMapping } from './headers';
import { fillMerges } from './merges';
import type { Sheet, SheetCell } from './types';
import { readCell } from './values';

/**
 * The data rows of a sheet as cadre rows for `ledger.import`, each with its row number in the
 * spreadsheet (1-based, as Excel shows it) so that problems point at the row the person sees.
 */

export interface SheetRows {
  /** cadre inputs (plus `id` when the sheet carries 系统编号), ready for the import plan */
  rows: Record<string, unknown>[];
  /** the spreadsheet row number of each of `rows` */
  rowNumbers: number[];
  /** rows refused while reading (the import plan never sees them) */
  invalid: { row: number; problems: FieldProblem[] }[];
  /** data rows read: `rows` + `invalid` */
  total: number;
}

/** A footer line (合计, 填表人：…) below the data. */
const FOOTER = /^(合计|小计|总计|填表人|制表人|填报人|审核人|负责人|制表|填表|注[:：]|说明[:：]|备注[:：])/;

/** Reads the rows below `headerRow` through the mapping; empty rows and footers are skipped. */
export function sheetRows(sheet: Sheet, headerRow: number, mapping: readonly ColumnMapping[], today: IsoDate = todayInShanghai()): SheetRows {
  const filled = fillMerges(sheet);
  const columns = mapping.filter((m): m is ColumnMapping & { field: ImportFieldPath } => m.field !== null);
  const out: SheetRows = { rows: [], rowNumbers: [], invalid: [], total: 0 };
  for (let r = headerRow + 1; r < filled.rows.length; r++) {
    const cells = filled.rows[r] ?? [];
    if (columns.every((m) => cellText(cells[m.column]) === '')) continue;
    if (isFooter(cells, columns)) continue;
    out.total++;
    const read = readRow(cells, columns, !!sheet.date1904, today);
    if (read.problems.length) out.invalid.push({ row: r + 1, problems: read.problems });
    else {
      out.rows.push(read.row);
      out.rowNumbers.push(r + 1);
    }
  }
  return out;
}

/** A line below the data (合计 …, 填表人：…): it starts with such a word and fills two columns at most. */
function isFooter(cells: readonly (SheetCell | null | undefined)[], columns: readonly ColumnMapping[]): boolean {
  const filled = columns.filter((m) => cellText(cells[m.column]) !== '').length;
  return filled <= 2 && FOOTER.test(cellText(cells.find((c) => cellText(c) !== '')));
}

function readRow(
  cells: readonly (SheetCell | null | undefined)[],
  columns: readonly (ColumnMapping & { field: ImportFieldPath })[],
  date1904: boolean,
  today: IsoDate,
): { row: Record<string, unknown>; problems: FieldProblem[] } {
  const row: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  const monthOnly = new Set<string>();
  let rankDetail: string | undefined;
  for (const m of columns) {
    const field = importField(m.field);
    const reading = readCell(cells[m.column], field.kind, field.path, date1904);
    if (!reading.ok) {
      problems.push(reading.problem);
      continue;
    }
    if ('empty' in reading) continue;
    if (reading.detail) rankDetail ??= reading.detail;
    if (reading.monthOnly) monthOnly.add(field.path);
    setValue(row, field.path, reading.value, isMultiColumn(field));
  }
  if (rankDetail !== undefined && row.rankDetail === undefined) row.rankDetail = rankDetail;
  completeBirthDate(row, monthOnly, today);
  // a death date says the cadre is deceased, unless a column says otherwise
  if (row.deathDate !== undefined && row.alive === undefined) row.alive = false;
  return { row, problems };
}

/** Sets `path` (`health.status`) in a row; multi-column fields add up, others keep the first value. */
function setValue(row: Record<string, unknown>, path: string, value: unknown, multi: boolean): void {
  const keys = path.split('.');
  let target = row;
  for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  const old = target[last];
  if (old === undefined) target[last] = value;
  else if (multi && Array.isArray(old) && Array.isArray(value)) target[last] = [...old, ...value];
}

/**
 * `出生年月 1930.04` says the month only: the ID number knows the day. When the ID number agrees on
 * the month, its date is taken; otherwise the first of the month stands (and validation reports
 * the disagreement with the ID number).
 */
function completeBirthDate(row: Record<string, unknown>, monthOnly: ReadonlySet<string>, today: IsoDate): void {
  if (!monthOnly.has('birthDate') || typeof row.idNumber !== 'string' || typeof row.birthDate !== 'string') return;
  const id = parseIdNumber(row.idNumber, today);
  if (id.ok && id.info.birthDate.startsWith(row.birthDate.slice(0, 7))) row.birthDate = id.info.birthDate;
}
