import { csvSheet, decodeText, type ExportTable, type Sheet, type TextEncoding } from '../../core/spreadsheet';
import { parseLedgerFile } from '../../components/ledger-file';
import { readWorkbook, writeWorkbook, type SheetLib } from './sheet-grid';

/**
 * Reading a ledger file the person chose, and writing the export. The spreadsheet library loads
 * only here, on demand: it is a chunk of its own that the options page fetches the first time a
 * spreadsheet is chosen or exported.
 */

export type LoadedFile =
  | { kind: 'json'; rows: unknown[] }
  | { kind: 'sheets'; sheets: Sheet[]; encoding?: TextEncoding }
  /** `key`: the i18n key of the reason */
  | { kind: 'invalid'; key: string };

let lib: Promise<SheetLib> | undefined;
/** SheetJS, loaded once. */
export function loadSheetLib(): Promise<SheetLib> {
  lib ??= import('@e965/xlsx');
  return lib;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** An "xls" that is an HTML or XML table (what many web systems export). */
const isMarkup = (b: Uint8Array) => /^\s*</.test(new TextDecoder('utf-8').decode(b.subarray(0, 512)).replace(/^\uFEFF/, ''));

/** Reads a chosen file by its kind: .json, .csv (UTF-8 or GBK), .xlsx / .xls. */
export async function loadLedgerFile(name: string, bytes: Uint8Array): Promise<LoadedFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) return { kind: 'invalid', key: 'err_import_empty' };
  if (ext === 'json') {
    const parsed = parseLedgerFile(decodeText(bytes).text);
    return parsed.ok ? { kind: 'json', rows: parsed.rows } : { kind: 'invalid', key: parsed.key };
  }
  if (ext === 'csv' || ext === 'txt') {
    const { text, encoding } = decodeText(bytes);
    return { kind: 'sheets', sheets: [csvSheet(text, name)], encoding };
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || ext === 'et') {
    const plausible = ext === 'xls' || ext === 'et' ? isOle(bytes) || isZip(bytes) || isMarkup(bytes) : isZip(bytes);
    if (!plausible) return { kind: 'invalid', key: 'err_import_unreadable' };
    try {
      const sheets = readWorkbook(await loadSheetLib(), bytes);
      return sheets.some((s) => s.rows.length > 0) ? { kind: 'sheets', sheets } : { kind: 'invalid', key: 'err_import_empty' };
    } catch {
      return { kind: 'invalid', key: 'err_import_unreadable' };
    }
  }
  return { kind: 'invalid', key: 'err_import_file_type' };
}

/** The export table as an .xlsx file. */
export async function ledgerWorkbook(table: ExportTable, sheetName: string): Promise<Blob> {
  const bytes = writeWorkbook(await loadSheetLib(), table, sheetName);
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
