/** The most rows one import may carry (the `ledger.import` request accepts no more). */
export const MAX_IMPORT_ROWS = 100_000;

export type LedgerFileResult =
  | { ok: true; rows: unknown[] }
  /** `key` is the i18n key of the reason */
  | { ok: false; key: 'err_import_not_json' | 'err_import_shape' | 'err_import_empty' | 'err_import_too_many' };

/**
 * Reads a JSON ledger file: an array of cadres, or an object `{ "cadres": [...] }` (the shape the
 * synthetic-data generator and exports produce). Rows are validated later by the background.
 */
export function parseLedgerFile(text: string): LedgerFileResult {
  let data: unknown;
  try {
    // A UTF-8 byte-order mark is common in files saved by Windows tools.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, key: 'err_import_not_json' };
  }
  const rows = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { cadres?: unknown }).cadres)
      ? (data as { cadres: unknown[] }).cadres
      : null;
  if (!rows) return { ok: false, key: 'err_import_shape' };
  if (rows.length === 0) return { ok: false, key: 'err_import_empty' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, key: 'err_import_too_many' };
  return { ok: true, rows };
}
