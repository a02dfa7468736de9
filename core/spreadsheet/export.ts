import type { Cadre } from '../model/cadre';
import { IMPORT_FIELDS, type ImportField } from './fields';

/**
 * A ledger as a table with Chinese headers, for .xlsx export. Every value is text written so that
 * importing the file reads it back as the same value (dates as 1930-04-12, yes/no as 是/否, lists
 * joined with 、), and the 系统编号 column lets cadres without an ID number be matched again: an
 * exported file re-imported changes nothing.
 */

export interface ExportTable {
  headers: string[];
  rows: string[][];
}

/** The exported columns: every field that survives a cell, in the order of fields.ts. */
export const EXPORT_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter((f: ImportField) => !f.importOnly);

/** The cadres as a table of text, one row each, in the order given. */
export function exportTable(cadres: readonly Cadre[]): ExportTable {
  return {
    headers: EXPORT_FIELDS.map((f) => f.headers[0]!),
    rows: cadres.map((c) => EXPORT_FIELDS.map((f) => formatValue(valueAt(c, f.path)))),
  };
}

function valueAt(c: Cadre, path: string): unknown {
  let v: unknown = c;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}
