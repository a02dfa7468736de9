import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import { generateLedger } from '../../core/synth';
import { expect, test } from './fixtures/chromium';
import { saveRecords } from './lib/save-records';

/**
 * 经费报表 over synthetic visit records: the year's total, the month table and the per-cadre
 * rows agree with the sum of the seeded amounts (computed here from the records, not by the
 * report code), and the .xlsx export carries the same totals.
 */

const YEAR = 2026;
const ledger = generateLedger({ count: 80, seed: 21, today: '2026-11-29' });
const visits = ledger.visits.filter((v) => v.date.startsWith(`${YEAR}-`));
const fen = (yuan: number | undefined) => Math.round((yuan ?? 0) * 100);
const totalFen = visits.reduce((sum, v) => sum + fen(v.amount) + fen(v.goodsValue), 0);
const yuanText = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;

test('the year report adds up to the seeded visits and exports the same totals', async ({ extension }) => {
  test.setTimeout(90_000);
  expect(visits.length).toBeGreaterThan(20);
  const options = await extension.openOptions();
  expect((await options.importLedger({ cadres: ledger.cadres })).errors).toBe(0);
  await saveRecords(options.page, 'visit.save', visits);

  const page = options.page;
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('nav-reports')).toHaveText('经费报表');
  await expect(page.getByTestId('report-year')).toHaveValue(String(YEAR));
  await expect(page.getByTestId('report-total')).toHaveAttribute('data-amount', yuanText(totalFen), { timeout: 20_000 });

  // twelve month rows, each the sum of that month's records
  const months = page.getByTestId('report-by-month').getByTestId('report-row');
  await expect(months).toHaveCount(12);
  for (let m = 1; m <= 12; m++) {
    const key = String(m).padStart(2, '0');
    const monthFen = visits.filter((v) => v.date.slice(5, 7) === key).reduce((s, v) => s + fen(v.amount) + fen(v.goodsValue), 0);
    await expect(page.locator(`[data-testid="report-by-month"] [data-key="${key}"]`)).toHaveAttribute('data-amount', yuanText(monthFen));
  }
  // one row per cadre with a visit this year
  await expect(page.getByTestId('report-cadre-row')).toHaveCount(new Set(visits.map((v) => v.cadreId)).size);
  // nothing seeded is claimed yet: every visit with money is pending
  await expect(page.getByTestId('report-pending-row')).toHaveCount(visits.filter((v) => fen(v.amount) + fen(v.goodsValue) > 0 && !v.claimedIn).length);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${YEAR}年慰问经费报表.xlsx`);
  const wb = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
  expect(wb.SheetNames).toContain('按月');
  const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['按月']!, { header: 1, defval: '' });
  expect(rows[0]).toEqual(['月份', '次数', '慰问金（元）', '慰问品（元）', '合计（元）']);
  expect(rows.at(-1)![0]).toBe('合计');
  expect(Math.round(Number(rows.at(-1)![4]) * 100)).toBe(totalFen);
  expect(rows.at(-1)![1]).toBe(visits.length);
});
