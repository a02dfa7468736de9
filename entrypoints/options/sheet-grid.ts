import type * as SheetJS from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { ExportTable, Sheet, SheetCell } from '../../core/spreadsheet';

/**
 * SheetJS workbooks ↔ the import's plain `Sheet`s, and the export table → an .xlsx file. The
 * library is passed in (the options page loads it on demand; tests and benchmarks import it), so
 * this module itself adds nothing to the page's first load.
 */
export type SheetLib = Pick<typeof SheetJS, 'read' | 'write' | 'utils' | 'SSF'>;

/** Every worksheet of an .xlsx / .xls workbook as a `Sheet`. Throws when the bytes are no workbook. */
export function readWorkbook(lib: SheetLib, bytes: Uint8Array): Sheet[] {
  const wb = lib.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false });
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  return wb.SheetNames.map((name) => toSheet(lib, wb.Sheets[name]!, name, date1904));
}

function toSheet(lib: SheetLib, ws: WorkSheet, name: string, date1904: boolean): Sheet {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: (SheetCell | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    rows[r] = cells ? Array.from(cells, (cell) => toCell(lib, cell)) : [];
  }
  return { name, rows, merges: (ws['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } })), date1904 };
}

function toCell(lib: SheetLib, cell: CellObject | undefined): SheetCell | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's':
      return cell.v === '' ? null : { v: String(cell.v) };
    case 'b':
      return { v: Boolean(cell.v) };
    case 'n': {
      const v = Number(cell.v);
      const date = typeof cell.z === 'string' && lib.SSF.is_date(cell.z);
      const c: SheetCell = { v };
      if (date) c.date = true;
      if (cell.w !== undefined && cell.w !== String(v)) c.text = cell.w;
      return c;
    }
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return { v: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` };
    }
    default:
      // errors (#N/A) and stubs hold no value
      return null;
  }
}

/** The export table as .xlsx bytes: text cells (ID numbers stay exact), a header row, sensible widths. */
export function writeWorkbook(lib: SheetLib, table: ExportTable, sheetName: string): Uint8Array<ArrayBuffer> {
  const ws = lib.utils.aoa_to_sheet([table.headers, ...table.rows]);
  ws['!cols'] = table.headers.map((h, i) => ({ wch: Math.min(40, Math.max(h.length * 2 + 2, ...table.rows.slice(0, 200).map((r) => (r[i] ?? '').length + 2))) }));
  const wb = lib.utils.book_new();
  lib.utils.book_append_sheet(wb, ws, sheetName);
  return new Uint8Array(lib.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
