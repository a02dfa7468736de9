/**
 * A worksheet as the import reads it, whatever the file was (xlsx, xls, csv): rows of cells, the
 * merged ranges, and the workbook's date system. The options page's loader makes one from a
 * SheetJS workbook or from CSV text; everything after that is pure.
 */

export interface SheetCell {
  v: string | number | boolean;
  /** a number that Excel formats as a date: `v` is a serial day number */
  date?: boolean;
  /** what Excel shows for a number (`1930.10`, `4.20106E+17`), when it differs from `v` */
  text?: string;
}

/** A rectangle of cells, 0-based and inclusive (SheetJS's `!merges` shape). */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Sheet {
  name: string;
  /** rows[r][c]; missing and empty cells are null or absent */
  rows: (SheetCell | null | undefined)[][];
  merges?: CellRange[];
  /** the workbook counts serial days from 1904 (old Mac Excel) */
  date1904?: boolean;
}

/** A cell of text (CSV, tests). */
export const textCell = (v: string): SheetCell => ({ v });
