import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseRmbUpper } from '../../core/model/validators/rmb';
import { todayInShanghai } from '../../core/model/validators/dates';
import { idCheckChar } from '../../core/model/validators/id-number';
import { parseGolden, PAGES_DIR } from '../fixtures/oa/fill-data';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Expense claims (issue 7) and dynamic detail rows (issue 6, fixture 11), end to end in Chromium:
 * visits seeded through the extension, picked in the options page's 报销 view, filled into the
 * demo OA's 费用报销单 whose rows exist only after the page's own add-row control is clicked,
 * submitted by the page, marked claimed, and refused when claimed again.
 */

interface VisitSeed {
  cadre: number;
  date: string;
  amount: number;
  goodsValue: number;
  form: string;
  goods?: string;
  oaFormNumber?: string;
}
interface Seed {
  office: { handlerName: string; department: string; contactIntervalMonths: number };
  cadres: { name: string; birthDate: string; seq: string }[];
  visits: VisitSeed[];
  festival: string;
}

const FIXTURE11 = JSON.parse(readFileSync(join(PAGES_DIR, 'expense-rows.visits.json'), 'utf8')) as Omit<Seed, 'festival'>;

/** 30 synthetic cadres and their 2026 春节 visits, amounts with fen (never real people). */
function batchSeed(): Seed {
  const cadres = Array.from({ length: 30 }, (_, i) => ({ name: `批量测试${String(i + 1).padStart(2, '0')}`, birthDate: `1945-0${(i % 9) + 1}-1${i % 10}`, seq: String(200 + i) }));
  const visits = cadres.map((_, i) => ({ cadre: i, date: `2026-02-${String(1 + (i % 20)).padStart(2, '0')}`, amount: 300 + i * 25 + (i % 3) * 0.35, goodsValue: i % 4 === 0 ? 88.8 : 0, form: i % 4 === 0 ? '慰问金和慰问品' : '慰问金' }));
  return { office: FIXTURE11.office, cadres, visits, festival: '春节' };
}

const idNumber = (birthDate: string, seq: string) => {
  const first17 = `420106${birthDate.replaceAll('-', '')}${seq}`;
  return first17 + idCheckChar(first17);
};

/** Stores the office, cadres and visits through the background, as the options page would. */
async function seed(extension: Extension, data: Seed): Promise<void> {
  const page = await extension.open('popup.html');
  const cadres = data.cadres.map((c) => ({ name: c.name, category: '退休', idNumber: idNumber(c.birthDate, c.seq), birthDate: c.birthDate }));
  const failures = await page.evaluate(
    async ({ office, cadres, visits, festival }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      const bad: unknown[] = [];
      const o = await send('settings.office.save', { office });
      if (o.ok !== true) bad.push(o);
      const ids: string[] = [];
      for (const input of cadres) {
        const r = await send('cadre.save', { input });
        if (r.ok !== true) bad.push(r);
        ids.push(r.id as string);
      }
      for (const v of visits) {
        const { cadre, ...rest } = v;
        const r = await send('visit.save', { input: { ...rest, cadreId: ids[cadre], visitType: '节日慰问', festival, source: 'manual' } });
        if (r.ok !== true) bad.push(r);
      }
      return bad;
    },
    { office: data.office, cadres, visits: data.visits, festival: data.festival },
  );
  await page.close();
  expect(failures).toEqual([]);
}

async function lastSubmission(oaUrl: string, form: string): Promise<Record<string, string | string[]>> {
  let list: { fields: Record<string, string | string[]> }[] = [];
  await expect
    .poll(async () => {
      list = (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as typeof list;
      return list.length;
    })
    .toBe(1);
  return list[0]!.fields;
}

const received = (fields: Record<string, string | string[]>, name: string) => {
  const v = fields[name];
  return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
};

/** The 报销 view with the visits of a year and festival listed. */
async function claimsView(extension: Extension, festival: string, count: number, unclaimedOnly = true): Promise<Page> {
  const page = await extension.open('options.html#claims');
  await expect(page.getByTestId('claims-view')).toBeVisible();
  await page.getByTestId('claim-filter-year').fill('2026');
  await page.getByTestId('claim-filter-year').dispatchEvent('change');
  await page.getByTestId('claim-filter-festival').selectOption(festival);
  if (!unclaimedOnly) await page.getByTestId('claim-filter-unclaimed').uncheck();
  await expect(page.getByTestId('claim-visit')).toHaveCount(count);
  return page;
}

/** Chooses the OA tab and fills; waits for the status; the rows the page added. */
async function fillInto(options: Page, title: string): Promise<number> {
  await options.getByTestId('claim-tabs-refresh').click();
  const tab = options.getByTestId('claim-tab');
  await expect(tab.locator('option', { hasText: title })).toHaveCount(1);
  const value = await tab.locator('option', { hasText: title }).getAttribute('value');
  await tab.selectOption(value!);
  await options.getByTestId('claim-fill').click();
  const status = options.getByTestId('claim-fill-status');
  await expect(status).toHaveAttribute('data-state', /done|failed/, { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-state', 'done');
  // the checks on what the OA form holds after the fill: nothing blocks
  await expect(options.getByTestId('claim-form-findings')).toBeVisible();
  await expect(options.locator('[data-testid="claim-form-finding"][data-severity="block"]')).toHaveCount(0);
  // every written field read back as written
  await expect(status).toHaveAttribute('data-mismatch', '0');
  expect(Number(await status.getAttribute('data-verified'))).toBeGreaterThan(0);
  return Number(await status.getAttribute('data-rows-added'));
}

test('fixture 11: five detail rows filled from one, as the golden file says', async ({ extension, context, oa }) => {
  await seed(extension, { ...FIXTURE11, festival: '中秋' });
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/expense-rows`);
  await expect(oaPage.locator('#detailBody tr')).toHaveCount(1);

  const options = await claimsView(extension, '中秋', 5);
  await options.getByTestId('claim-select-all').check();
  await expect(options.getByTestId('claim-total')).toHaveText('3,100.50');
  await expect(options.getByTestId('claim-total-upper')).toHaveText('叁仟壹佰元伍角整');
  await expect(options.locator('[data-testid="claim-finding"][data-severity="block"]')).toHaveCount(0);
  expect(await fillInto(options, '费用报销单')).toBe(4);

  await expect(oaPage.locator('#detailBody tr')).toHaveCount(5);
  await oaPage.locator('#btnSubmit').click();
  const fields = await lastSubmission(oa.url, 'expense-rows');
  const golden = parseGolden(readFileSync(join(PAGES_DIR, 'expense-rows.golden.txt'), 'utf8'), todayInShanghai());
  const wrong = golden.filter((g) => received(fields, g.name) !== g.expected).map((g) => `${g.name}: got ${JSON.stringify(received(fields, g.name))}, want ${JSON.stringify(g.expected)}`);
  expect(wrong).toEqual([]);

  await options.getByTestId('claim-id').fill('BX-2026-0011');
  await options.getByTestId('claim-mark-claimed').click();
  await expect(options.getByTestId('claim-mark-status')).toHaveAttribute('data-state', 'done');
  await expect(options.getByTestId('claim-visit')).toHaveCount(0);
});

test('a batch claim of 30 春节 visits: 30 rows, total and 大写 right, marked claimed, refused the second time', async ({ extension, context, oa }) => {
  test.setTimeout(120_000);
  const data = batchSeed();
  await seed(extension, data);
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/expense-batch`);

  const options = await claimsView(extension, '春节', 30);
  await options.getByTestId('claim-select-all').check();
  const expectedFen = data.visits.reduce((s, v) => s + Math.round(v.amount * 100) + Math.round(v.goodsValue * 100), 0);
  const yuan = (expectedFen / 100).toFixed(2);
  await expect(options.getByTestId('claim-total')).toHaveText(Number(yuan).toLocaleString('en-US', { minimumFractionDigits: 2 }));
  expect(await fillInto(options, '费用报销单（批量）')).toBe(29);

  await expect(oaPage.locator('#detailBody tr')).toHaveCount(30);
  await oaPage.locator('#btnSubmit').click();
  const fields = await lastSubmission(oa.url, 'expense-batch');
  const rows = Array.from({ length: 30 }, (_, i) => ({ person: received(fields, `dt_person_${i}`), amount: received(fields, `dt_amount_${i}`) }));
  expect(rows.filter((r) => r.person === '' || r.amount === '')).toEqual([]);
  expect(new Set(rows.map((r) => r.person)).size).toBe(30);
  const rowSum = rows.reduce((s, r) => s + Math.round(Number(r.amount) * 100), 0);
  expect(rowSum).toBe(expectedFen);
  expect(received(fields, 'bx_total')).toBe(yuan);
  expect(parseRmbUpper(received(fields, 'bx_total_upper'))).toEqual({ fen: expectedFen });
  expect(received(fields, 'dt_person_30')).toBe('');

  await options.getByTestId('claim-mark-claimed').click();
  await expect(options.getByTestId('claim-mark-status')).toHaveAttribute('data-state', 'done');

  // claiming them again is refused with a finding
  const again = await claimsView(extension, '春节', 30, false);
  await again.getByTestId('claim-select-all').check();
  await expect(again.locator('[data-testid="claim-finding"][data-rule="claim-double"]')).toHaveCount(30);
  await expect(again.getByTestId('claim-fill')).toBeDisabled();
  await again.getByTestId('claim-mark-claimed').click();
  await expect(again.getByTestId('claim-mark-status')).toHaveAttribute('data-state', 'failed');
  expect((await (await fetch(`${oa.url}/api/submissions?form=expense-batch`)).json()) as unknown[]).toHaveLength(1);
});
