import type { Page } from '@playwright/test';
import { clearSubmissions, listSubmissions, type RecordedSubmission } from '../fixtures/oa/client';
import { FILL_CADRE } from '../fixtures/oa/fill-data';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 6, dynamic forms, end to end in Chromium: a template with five detail rows is filled
 * through the popup into the demo OA's 费用报销单 (fixture 11), which starts with one row and
 * grows only by its own 添加明细 button. CareFill clicks it four times, fills the new rows, and
 * the OA records five rows when the page submits.
 */

const ROWS = [
  { date: '2026-09-20', item: '中秋慰问金', person: '测试甲一', amount: '500.00' },
  { date: '2026-09-21', item: '中秋慰问金', person: '测试乙二', amount: '500.00' },
  { date: '2026-09-22', item: '中秋慰问金', person: '测试丙三', amount: '800.00' },
  { date: '2026-09-23', item: '中秋慰问品（月饼）', person: '测试丁四', amount: '300.50' },
  { date: '2026-09-24', item: '中秋慰问金', person: '测试戊五', amount: '1000.00' },
];

/** The template's row keys (`expense.row.amount[3]`) for the five rows. */
const ROW_VALUES: Record<string, string> = Object.fromEntries(
  ROWS.flatMap((r, i) => [
    [`expense.row.date[${i + 1}]`, r.date],
    [`expense.row.item[${i + 1}]`, r.item],
    [`expense.row.recipient[${i + 1}]`, r.person],
    [`expense.row.amount[${i + 1}]`, r.amount],
  ]),
);

const TEMPLATE = {
  name: '测试·中秋集体慰问（五行明细）',
  visitType: '节日慰问',
  festival: '中秋',
  form: '慰问金',
  amount: 3100.5,
  values: { 'visit.reason': '2026年中秋慰问离退休干部费用（5人次）' },
};

interface Seeded {
  cadreId: string;
  templateId: string;
}

/**
 * Stores the cadre and the template through the background, then gives the template its row keys.
 * `template.save` takes plain field keys only (core/model/template.ts), so the rows are written
 * into the stored record directly, as an imported template with rows would be stored.
 */
async function seed(extension: Extension): Promise<Seeded> {
  const page = await extension.open('popup.html');
  const seeded = await page.evaluate(
    async ({ cadre, template, rows }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      const c = await send('cadre.save', { input: cadre });
      const t = await send('template.save', { input: template });
      const id = (t.record as { id: string } | undefined)?.id;
      if (t.ok !== true || !id) return { c, t, patched: false };
      const patched = await new Promise<boolean>((resolve) => {
        const open = indexedDB.open('carefill');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('templates', 'readwrite');
          const store = tx.objectStore('templates');
          const get = store.get(id);
          get.onsuccess = () => {
            const rec = get.result as { values: Record<string, string> } | undefined;
            if (!rec) return resolve(false);
            store.put({ ...rec, values: { ...rec.values, ...rows } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve(true);
          };
          tx.onerror = () => resolve(false);
        };
      });
      return { c, t, patched };
    },
    { cadre: FILL_CADRE, template: TEMPLATE, rows: ROW_VALUES },
  );
  await page.close();
  expect(seeded.c.ok, JSON.stringify(seeded.c)).toBe(true);
  expect(seeded.t.ok, JSON.stringify(seeded.t)).toBe(true);
  expect(seeded.patched).toBe(true);
  return { cadreId: seeded.c.id as string, templateId: (seeded.t.record as { id: string }).id };
}

/** The one submission of a form (the OA server is shared by the specs of a worker: each test clears it). */
async function onlySubmission(oaUrl: string, form: string): Promise<Record<string, string | string[]>> {
  let list: RecordedSubmission[] = [];
  await expect
    .poll(async () => {
      list = await listSubmissions(oaUrl, form);
      return list.length;
    })
    .toBe(1);
  return list[0]!.fields;
}

const received = (fields: Record<string, string | string[]>, name: string) => {
  const v = fields[name];
  return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
};

/** Chooses the cadre and the template in the popup and presses 填写; the report's rows. */
async function fillThroughPopup(popup: Page, seeded: Seeded): Promise<{ key: string; status: string; name: string }[]> {
  await popup.getByTestId('cadre-search').fill(FILL_CADRE.name);
  const option = popup.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`);
  await expect(option).toBeVisible();
  await option.click();
  const select = popup.getByTestId('template-select');
  await expect(select).toBeVisible();
  await select.selectOption(seeded.templateId);
  await popup.getByTestId('fill-button').click();
  await expect(popup.getByTestId('fill-report')).toBeVisible({ timeout: 30_000 });
  return popup.locator('[data-testid="fill-row"]').evaluateAll((rows) =>
    rows.map((r) => ({ key: r.getAttribute('data-key') ?? '', status: r.getAttribute('data-status') ?? '', name: r.getAttribute('data-name') ?? '' })),
  );
}

test('a template with five detail rows fills fixture 11 from one row, and the OA records five', async ({ extension, context, oa }) => {
  await clearSubmissions(oa.url);
  const seeded = await seed(extension);
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/expense-rows`);
  await expect(oaPage.locator('#detailBody tr')).toHaveCount(1);

  const popup = await extension.openPopup(`${oa.url}/forms/expense-rows`);
  const rows = await fillThroughPopup(popup.page, seeded);
  await expect(oaPage.locator('#detailBody tr')).toHaveCount(5);

  // every cell of the five rows is in the report, read back as written
  const rowReport = rows.filter((r) => r.key.startsWith('expense.row.'));
  expect(rowReport.map((r) => r.key).sort()).toEqual(Object.keys(ROW_VALUES).sort());
  expect(rowReport.filter((r) => r.status !== 'verified')).toEqual([]);
  expect(rows.filter((r) => r.status === 'mismatch')).toEqual([]);

  await oaPage.locator('#btnSubmit').click();
  const fields = await onlySubmission(oa.url, 'expense-rows');
  const recorded = ROWS.map((_, i) => ({
    date: received(fields, `dt_date_${i}`),
    item: received(fields, `dt_item_${i}`),
    person: received(fields, `dt_person_${i}`),
    amount: received(fields, `dt_amount_${i}`),
  }));
  expect(recorded).toEqual(ROWS);
  expect(received(fields, 'dt_person_5')).toBe('');
  // the page's own script summed the rows CareFill wrote
  expect(received(fields, 'bx_total')).toBe('3100.50');
  expect(received(fields, 'bx_total_upper')).toBe('叁仟壹佰元伍角整');
  await clearSubmissions(oa.url);
});
