import { exportTable } from '../../core/spreadsheet/export';
import type { Cadre } from '../../core/model';
import { request } from '../../messaging/client';
import { ledgerWorkbook } from './spreadsheet-loader';
import type { LedgerQuery } from './use-ledger-pages';

/** Cadres asked for per request: a 20,000-cadre ledger comes in ten answers. */
const CHUNK = 2_000;

/**
 * Exports the listed cadres (search, filters and order as shown) to an .xlsx file with Chinese
 * headers and hands it to the browser as a download. Returns how many cadres it holds.
 */
export async function exportLedger(q: LedgerQuery, today: string, progress: (done: number, total: number) => void): Promise<number> {
  const cadres: Cadre[] = [];
  let total = Infinity;
  while (cadres.length < total) {
    const res = await request('cadre.export', { query: q.query, filters: q.filters, sort: q.sort, offset: cadres.length, limit: CHUNK });
    total = res.total;
    if (res.cadres.length === 0) break;
    cadres.push(...res.cadres);
    progress(cadres.length, total);
  }
  const blob = await ledgerWorkbook(exportTable(cadres), '台账');
  download(blob, `台账-${today}.xlsx`);
  return cadres.length;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // the download has taken the blob once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
