import type { Sheet, SheetCell } from '../../../core/spreadsheet';

type Raw = string | number | boolean | null | SheetCell;

/** A sheet from plain values: strings, numbers, booleans, or cells (for dates and Excel's text). */
export function sheetOf(rows: Raw[][], extra: Partial<Sheet> = {}): Sheet {
  return {
    name: 'Sheet1',
    rows: rows.map((r) => r.map((v) => (v === null || v === '' ? null : typeof v === 'object' ? v : { v }))),
    ...extra,
  };
}

/** An Excel date cell (serial day number formatted as a date). */
export const excelDate = (serial: number): SheetCell => ({ v: serial, date: true });
