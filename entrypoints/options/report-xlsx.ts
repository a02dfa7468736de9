import { reportFileName, reportSheets, type YearReport } from '../../core/reports';
import { downloadBytes } from './download';
import type { SheetLib } from './sheet-grid';
import { loadSheetLib } from './spreadsheet-loader';

/** The year report as an .xlsx workbook, one sheet per table (SheetJS loads on first export). */
export function reportWorkbook(XLSX: SheetLib, report: YearReport): ArrayBuffer {
  const wb = XLSX.utils.book_new();
  for (const sheet of reportSheets(report)) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    ws['!cols'] = sheet.rows[0]?.map((h) => ({ wch: Math.max(8, String(h).length * 2 + 2) }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  return XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}

export async function downloadReport(report: YearReport): Promise<void> {
  downloadBytes(reportWorkbook(await loadSheetLib(), report), reportFileName(report.year));
}
