import { todayInShanghai, type IsoDate } from '../model/validators/dates';
import type { ImportFieldPath } from './fields';
import { findHeaderRow, mapColumns, mappedFields, type ColumnMapping, type MappingOverrides } from './headers';
import { fillMerges } from './merges';
import { sheetRows, type SheetRows } from './rows';
import type { Sheet } from './types';

/** A sheet read as a ledger: where its header is, how its columns map, and its rows. */
export interface LedgerSheet {
  sheetName: string;
  /** 0-based */
  headerRow: number;
  mapping: ColumnMapping[];
  /** required fields no column fills: without 姓名 nothing can be imported */
  missing: ImportFieldPath[];
  rows: SheetRows;
}

export type LedgerSheetResult = { ok: true; sheet: LedgerSheet } | { ok: false; key: 'err_import_no_header' | 'err_import_no_rows' };

/** Fields every cadre needs: a file without their columns is worth a word before the preview. */
const REQUIRED: readonly ImportFieldPath[] = ['name', 'category'];

export interface ReadOptions {
  /** the person's choice of header row (0-based); default: found */
  headerRow?: number;
  overrides?: MappingOverrides;
  today?: IsoDate;
}

/** Reads a sheet as a ledger: header row, column mapping (with the person's choices), rows. */
export function readLedgerSheet(sheet: Sheet, opts: ReadOptions = {}): LedgerSheetResult {
  const filled = fillMerges(sheet);
  const headerRow = opts.headerRow ?? findHeaderRow(filled);
  if (headerRow < 0 || headerRow >= filled.rows.length) return { ok: false, key: 'err_import_no_header' };
  const mapping = mapColumns(filled, headerRow, opts.overrides);
  const fields = mappedFields(mapping);
  const rows = sheetRows(filled, headerRow, mapping, opts.today ?? todayInShanghai());
  if (rows.total === 0 && fields.has('name')) return { ok: false, key: 'err_import_no_rows' };
  return {
    ok: true,
    sheet: { sheetName: sheet.name, headerRow, mapping, missing: REQUIRED.filter((f) => !fields.has(f)), rows },
  };
}

/** The first sheet of a workbook that looks like a ledger (has a 姓名 header), else the first. */
export function pickLedgerSheet(sheets: readonly Sheet[]): number {
  const found = sheets.findIndex((s) => findHeaderRow(fillMerges(s)) >= 0);
  return found >= 0 ? found : 0;
}
