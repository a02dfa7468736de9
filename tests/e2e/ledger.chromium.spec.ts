import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { searchKeys } from '../../core/ledger/search-keys';
import { generateLedger } from '../../core/synth';
import { officeLedgerXlsx } from '../fixtures/spreadsheets/office-ledger';
import { expect, test } from './fixtures/chromium';
import { zhMessage } from './lib/messages';

/**
 * The ledger end to end in Chromium: an office spreadsheet of 2,000 synthetic cadres with bad
 * rows is previewed row by row, committed, searched by initials, edited, exported and imported
 * again without a change; broken spreadsheets are explained in Chinese and change nothing.
 */

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function chooseFile(page: Page, name: string, bytes: Uint8Array, mimeType = XLSX_MIME): Promise<void> {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Waits for the preview of the file just chosen and reads its counts. */
async function previewCounts(page: Page) {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'preview', { timeout: 60_000 });
  const box = page.getByTestId('import-preview');
  const num = async (attr: string) => Number(await box.getAttribute(attr));
  return {
    toAdd: await num('data-to-add'),
    toUpdate: await num('data-to-update'),
    unchanged: await num('data-unchanged'),
    errors: await num('data-errors'),
    duplicates: await num('data-duplicates'),
  };
}

/** A small .xlsx from rows of text. */
function xlsxOf(rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '台账');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

test('a 2,000-row office spreadsheet: preview with errors, commit, find by initials, edit, export, re-import unchanged', async ({ extension }) => {
  test.setTimeout(180_000);
  const { cadres } = generateLedger({ count: 2_000, seed: 11, history: false });
  const sheet = officeLedgerXlsx(XLSX, cadres, { bad: true });
  expect(sheet.bad).toHaveLength(6);
  const options = await extension.openOptions();
  const page = options.page;

  await chooseFile(page, '离退休干部台账.xlsx', sheet.bytes);
  // the title row is skipped: the header is row 2
  await expect(page.getByTestId('import-mapping')).toHaveAttribute('data-header-row', '2', { timeout: 60_000 });
  const first = await previewCounts(page);
  expect(first).toEqual({ toAdd: 2_000, toUpdate: 0, unchanged: 0, errors: 6, duplicates: 1 });
  const errorRows = page.getByTestId('import-error-row');
  await expect(errorRows).toHaveCount(6);
  for (const bad of sheet.bad) {
    const row = page.locator(`[data-testid="import-error-row"][data-row="${bad.row}"]`);
    await expect(row, `row ${bad.row}`).toContainText(`第 ${bad.row} 行`);
    const reason = bad.key === 'err_import_duplicate' ? '与第 3 行重复' : zhMessage(bad.key);
    await expect(row, `row ${bad.row}`).toContainText(reason);
  }
  expect((await extension.stats()).cadres).toBe(0);

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  expect((await extension.stats()).cadres).toBe(2_000);

  // find a cadre by the initials of the name, among the few sharing them
  const target = cadres[1_234]!;
  const initials = searchKeys(target.name).initials;
  await page.getByTestId('nav-ledger').click();
  await page.getByTestId('ledger-search').fill(initials);
  const row = page.getByTestId('cadre-row').filter({ hasText: target.name }).filter({ hasText: target.idNumber.slice(-4) });
  await expect(row).toHaveCount(1, { timeout: 15_000 });
  await expect(row.getByTestId('cadre-id')).toHaveText(`${target.idNumber.slice(0, 6)}********${target.idNumber.slice(-4)}`);
  await row.getByTestId('reveal-id').click();
  await expect(row.getByTestId('cadre-id')).toHaveText(target.idNumber);

  // edit it
  await row.locator('.cadre-row-open').click();
  await expect(page.getByTestId('field-name')).toHaveValue(target.name);
  await page.getByTestId('field-notes').fill('端到端测试修改');
  await page.getByTestId('save-cadre').click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // export everything
  await page.getByTestId('ledger-search').fill('');
  await expect(page.getByTestId('ledger-count')).toHaveAttribute('data-total', '2000');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ledger').click()]);
  expect(download.suggestedFilename()).toMatch(/^台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const exported = new Uint8Array(await readFile((await download.path())!));
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'done');
  const table = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(exported, { type: 'array' }).Sheets['台账']!);
  expect(table).toHaveLength(2_000);
  expect(table.find((r) => r['身份证号码'] === target.idNumber)?.['备注']).toBe('端到端测试修改');

  // importing the export changes nothing
  await chooseFile(page, '台账导出.xlsx', exported);
  expect(await previewCounts(page)).toEqual({ toAdd: 0, toUpdate: 0, unchanged: 2_000, errors: 0, duplicates: 0 });
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect((await extension.stats()).cadres).toBe(2_000);
});

test('bad spreadsheets are reported row by row in Chinese, and nothing is written until committed', async ({ extension }) => {
  const { cadres } = generateLedger({ count: 3, seed: 12, history: false });
  const [a, b, c] = cadres as [(typeof cadres)[number], (typeof cadres)[number], (typeof cadres)[number]];
  const options = await extension.openOptions();
  const page = options.page;

  // a column nobody knows, an invalid ID number, an empty name, a wrong value in a known column
  await chooseFile(
    page,
    '有问题的台账.xlsx',
    xlsxOf([
      ['姓名', '性别', '身份证号码', '离退休类别', '爱人单位'],
      [a.name, a.gender, a.idNumber, '退休', '某厂'],
      [b.name, b.gender, `${b.idNumber.slice(0, 17)}${b.idNumber.endsWith('0') ? '1' : '0'}`, '退休', ''],
      ['', c.gender, c.idNumber, '离休', ''],
      [c.name, '不详', c.idNumber, '离休', ''],
    ]),
  );
  expect(await previewCounts(page)).toEqual({ toAdd: 1, toUpdate: 0, unchanged: 0, errors: 3, duplicates: 0 });
  await expect(page.locator('[data-testid="mapping-row"][data-column="4"]')).toContainText('未识别的列');
  await expect(page.locator('[data-testid="import-error-row"][data-row="3"]')).toContainText(`身份证号：${zhMessage('err_id_checksum')}`);
  await expect(page.locator('[data-testid="import-error-row"][data-row="4"]')).toContainText('姓名：');
  await expect(page.locator('[data-testid="import-error-row"][data-row="5"]')).toContainText(`性别：${zhMessage('err_choose_one')}`);
  // mapping the unknown column by hand previews again
  await page.getByTestId('mapping-field-4').selectOption('notes');
  await expect(page.locator('[data-testid="mapping-row"][data-column="4"]')).toHaveAttribute('data-field', 'notes');
  expect(await previewCounts(page)).toMatchObject({ toAdd: 1, errors: 3 });
  await page.getByTestId('import-cancel').click();
  expect((await extension.stats()).cadres).toBe(0);

  // a broken file
  const whole = xlsxOf([['姓名'], ['张三']]);
  await chooseFile(page, '损坏.xlsx', whole.slice(0, Math.floor(whole.length / 2)));
  await expect(page.getByRole('alert')).toHaveText(zhMessage('err_import_unreadable'));
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect((await extension.stats()).cadres).toBe(0);

  // a CSV saved by Chinese Excel (GBK) reads as Chinese
  const csv = ['姓名,性别,身份证号码,离退休类别', ...cadres.map((x) => `${x.name},${x.gender},${x.idNumber},${x.category}`)].join('\r\n');
  await chooseFile(page, '台账.csv', new Uint8Array(iconv.encode(csv, 'gbk')), 'text/csv');
  expect(await previewCounts(page)).toMatchObject({ toAdd: 3, errors: 0 });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done');
  expect((await extension.stats()).cadres).toBe(3);
});

test('filters, columns, bulk delete with confirmation, and a follow-up from record to done', async ({ extension }) => {
  const { cadres } = generateLedger({ count: 40, seed: 13, history: false });
  const options = await extension.openOptions();
  const page = options.page;
  await chooseFile(page, '台账.xlsx', officeLedgerXlsx(XLSX, cadres).bytes);
  await previewCounts(page);
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done');

  await page.getByTestId('nav-ledger').click();
  const count = page.getByTestId('ledger-count');
  await expect(count).toHaveAttribute('data-total', '40');
  // filters combine
  const retired = cadres.filter((c) => c.category === '退休').length;
  await page.getByTestId('filter-category').selectOption('退休');
  await expect(count).toHaveAttribute('data-total', String(retired));
  await page.getByTestId('filter-health').selectOption('一般');
  await expect(count).toHaveAttribute('data-total', String(cadres.filter((c) => c.category === '退休' && c.health.status === '一般').length));
  await page.getByTestId('filter-clear').click();
  await expect(count).toHaveAttribute('data-total', '40');

  // a column chosen, a sort by age
  await page.getByTestId('column-picker').locator('summary').click();
  await page.getByTestId('column-phone').check();
  await expect(page.locator('.cadre-list-head')).toContainText('联系电话');
  await page.getByTestId('sort-age').click();
  await expect(page.getByTestId('sort-age')).toHaveAttribute('data-sort', 'asc');
  const youngest = [...cadres].sort((a, b) => (a.birthDate < b.birthDate ? 1 : -1))[0]!;
  await expect(page.getByTestId('cadre-row').first()).toContainText(youngest.name);

  // a follow-up, overdue, shown office-wide, then done
  await page.getByTestId('cadre-row').first().locator('.cadre-row-open').click();
  await page.getByTestId('followup-new').click();
  await page.getByTestId('followup-method').selectOption('电话联系');
  await page.getByTestId('followup-found').fill('腿脚不便，希望上门体检');
  await page.getByTestId('followup-action').fill('联系社区医院');
  await page.getByTestId('followup-dueDate').fill('2020年1月10日');
  // a due date before the contact is refused next to the field
  await page.getByTestId('followup-save').click();
  await expect(page.getByTestId('followup-error-dueDate')).toHaveText(zhMessage('err_due_before_date'));
  await page.getByTestId('followup-date').fill('2020-01-02');
  await page.getByTestId('followup-save').click();
  await expect(page.getByTestId('followup-item')).toHaveAttribute('data-status', 'overdue');
  expect((await extension.stats()).followUps).toBe(1);
  await page.getByTestId('nav-followups').click();
  const due = page.getByTestId('followup-due-row');
  await expect(due).toHaveCount(1);
  await expect(due).toContainText(youngest.name);
  await expect(due).toContainText('逾期');
  await due.getByTestId('followup-due-done').click();
  await expect(page.getByTestId('followup-due-row')).toHaveCount(0);

  // bulk delete: nothing until confirmed
  await page.getByTestId('nav-ledger').click();
  const category = (['遗属', '离休', '退休'] as const).find((c) => cadres.some((x) => x.category === c))!;
  const chosen = cadres.filter((c) => c.category === category).length;
  await page.getByTestId('filter-category').selectOption(category);
  await expect(count).toHaveAttribute('data-total', String(chosen));
  await page.getByTestId('select-all').click();
  await expect(page.getByTestId('selection-bar')).toHaveAttribute('data-count', String(chosen));
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-delete-cancel').click();
  expect((await extension.stats()).cadres).toBe(40);
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-delete-confirm').click();
  await expect(count).toHaveAttribute('data-total', '0');
  expect((await extension.stats()).cadres).toBe(40 - chosen);
});
