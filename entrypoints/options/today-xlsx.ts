import type { VisitListSheet } from '../../core/today/visit-list';
import type { SheetLib } from './sheet-grid';
import { downloadBytes } from './download';
import { loadSheetLib } from './spreadsheet-loader';

/**
 * The 走访名单 as an .xlsx file, through the ledger's spreadsheet loader: the library loads only
 * when a list is exported (a chunk of its own), once for the whole options page.
 */

/** Column widths in characters, for a sheet that prints on A4 landscape without wrapping names. */
const WIDTHS = [5, 9, 5, 5, 6, 10, 22, 14, 30, 9, 9, 8, 11, 10, 12];

/** The workbook bytes: title and subtitle rows (merged across), the header row, one row per cadre. */
export function visitListWorkbook(XLSX: SheetLib, sheet: VisitListSheet): ArrayBuffer {
  const rows: (string | number)[][] = [[sheet.title], [sheet.subtitle], [...sheet.header], ...sheet.rows];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const lastColumn = sheet.header.length - 1;
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: lastColumn } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: lastColumn } },
  ];
  ws['!cols'] = sheet.header.map((_, i) => ({ wch: WIDTHS[i] ?? 10 }));
  ws['!margins'] = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '走访名单');
  return XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}

/** Builds the file and hands it to the browser's download (the file name says festival and year). */
export async function downloadVisitList(sheet: VisitListSheet): Promise<void> {
  downloadBytes(visitListWorkbook(await loadSheetLib(), sheet), sheet.fileName);
}
