import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInShanghai } from '../../core/model/validators/dates';
import { FILL_CADRE, FILL_TEMPLATE, PAGES_DIR, parseGolden, type GoldenLine } from '../fixtures/oa/fill-data';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 6, component libraries, end to end in Chromium: forms drawn by Element Plus (fixture 7),
 * Ant Design Vue (fixture 8) and React 18 (fixture 9) are filled through the in-page panel; every
 * filled field is `verified` in the report, the form's own validation passes on submit, and the
 * demo OA records the golden values. A page that resets a field 200 ms after it is set is
 * reported `mismatch`.
 */

interface ReportRow {
  key: string;
  status: string;
  reason: string;
  label: string;
}

interface Seeded {
  cadreId: string;
  templateId: string;
}

async function seed(extension: Extension): Promise<Seeded> {
  const page = await extension.open('popup.html');
  const seeded = await page.evaluate(
    async ({ cadre, template }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      return { c: await send('cadre.save', { input: cadre }), t: await send('template.save', { input: template }) };
    },
    { cadre: FILL_CADRE, template: FILL_TEMPLATE },
  );
  await page.close();
  expect(seeded.c.ok, JSON.stringify(seeded.c)).toBe(true);
  expect(seeded.t.ok, JSON.stringify(seeded.t)).toBe(true);
  return { cadreId: seeded.c.id as string, templateId: (seeded.t.record as { id: string }).id };
}

function golden(file: string): GoldenLine[] {
  return parseGolden(readFileSync(join(PAGES_DIR, file), 'utf8'), todayInShanghai());
}

/** Opens a single-page fixture and waits until its app has drawn the submit button. */
async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  if (process.env.CAREFILL_E2E_CONSOLE) page.on('console', (m) => console.log(`[page] ${m.text()}`));
  await page.goto(url, { waitUntil: 'load' });
  await expect(page.locator('#submit')).toBeVisible({ timeout: 20_000 });
  return page;
}

/** Opens the in-page panel of the tab through the background, as the launcher does. */
async function openPanel(extension: Extension, page: Page, tabUrl: string): Promise<ReturnType<Page['locator']>> {
  const opened = await extension.openPanel(tabUrl);
  expect(opened, 'the background opened the panel').toBe(true);
  // the fill runs in the visible tab, as it does for a person using the panel
  await page.bringToFront();
  const panel = page.locator('carefill-panel');
  await expect(panel.locator('[data-testid="cadre-search"]')).toBeVisible();
  return panel;
}

async function fillIn(panel: ReturnType<Page['locator']>, seeded: Seeded): Promise<ReportRow[]> {
  await panel.locator('[data-testid="cadre-search"]').fill('欧阳测试');
  const option = panel.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`);
  await expect(option).toBeVisible();
  await option.click();
  await panel.locator('[data-testid="template-select"]').selectOption(seeded.templateId);
  await panel.locator('[data-testid="fill-button"]').click();
  await expect(panel.locator('[data-testid="fill-report"]')).toBeVisible({ timeout: 30_000 });
  return panel.locator('[data-testid="fill-row"]').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      status: r.getAttribute('data-status') ?? '',
      reason: r.getAttribute('data-reason') ?? '',
      label: r.querySelector('.fill-row-label')?.textContent ?? '',
    })),
  );
}

/** Every golden field is in the report under its label, with its key, and `verified` (or left alone). */
function expectReportVerified(rows: ReportRow[], lines: GoldenLine[]): void {
  const problems: string[] = [];
  for (const g of lines) {
    const row = rows.find((r) => r.label === g.label);
    if (!row) problems.push(`${g.label}: not in the report`);
    else if (g.key === 'ignore') {
      if (row.status !== 'skipped') problems.push(`${g.label}: ${row.status}, must be left alone`);
    } else if (row.key !== g.key || row.status !== 'verified') problems.push(`${g.label}: ${row.key} ${row.status} ${row.reason}, want ${g.key} verified`);
  }
  expect(problems, 'report rows that disagree with the golden file').toEqual([]);
}

async function submissions(oaUrl: string, form: string): Promise<Record<string, string | string[]>[]> {
  const list = (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as { fields: Record<string, string | string[]> }[];
  return list.map((s) => s.fields);
}

function received(fields: Record<string, string | string[]>, name: string): string {
  const v = fields[name];
  return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
}

/**
 * Presses the page's own submit button by a script click: the submit guard (issue 7) holds only
 * the person's trusted clicks, and what is tested here is the form's own validation.
 */
async function submitClick(page: Page): Promise<void> {
  await page.locator('#submit').dispatchEvent('click');
}

/** Submits with the page's own button: its validation passes and the OA records the golden values. */
async function submitAndCompare(page: Page, oaUrl: string, form: string, lines: GoldenLine[]): Promise<void> {
  await fetch(`${oaUrl}/api/submissions`, { method: 'DELETE' });
  await page.evaluate(() => document.getElementById('result')?.removeAttribute('data-state'));
  await submitClick(page);
  await expect(page.locator('#result')).toHaveAttribute('data-state', /./);
  const errors = await page.locator('.el-form-item__error, .ant-form-item-explain-error, .error').allTextContents();
  await expect(page.locator('#result'), `the form validated and posted (its errors: ${errors.join(' | ')})`).toHaveAttribute('data-state', 'ok');
  const [fields] = await submissions(oaUrl, form);
  expect(fields, 'the OA recorded the submission').toBeDefined();
  const wrong = lines.filter((g) => received(fields!, g.name) !== g.expected).map((g) => `${g.name} (${g.label}): got ${JSON.stringify(received(fields!, g.name))}, want ${JSON.stringify(g.expected)}`);
  expect(wrong, 'fields the OA received differently from the golden file').toEqual([]);
}

const CASES = [
  { name: 'Element Plus (fixture 7)', path: '/forms/element', form: 'components-element', golden: 'components-element.golden.txt' },
  { name: 'Ant Design Vue (fixture 8)', path: '/forms/antd', form: 'components-antd', golden: 'components-antd.golden.txt' },
  { name: 'React 18 (fixture 9)', path: '/forms/react', form: 'components-react', golden: 'components-react.golden.txt' },
];

test.describe('component-library forms through the in-page panel', () => {
  for (const c of CASES) {
    test(`${c.name}: every field verified, the form validates, the OA receives the golden values`, async ({ extension, context, oa }) => {
      const seeded = await seed(extension);
      const page = await openApp(context, `${oa.url}${c.path}`);
      // before the fill the form's own validation refuses to post
      await submitClick(page);
      await expect(page.locator('#result')).toHaveAttribute('data-state', 'invalid');
      const panel = await openPanel(extension, page, `${oa.url}${c.path}`);
      const rows = await fillIn(panel, seeded);
      const lines = golden(c.golden);
      expectReportVerified(rows, lines);
      await submitAndCompare(page, oa.url, c.form, lines);
    });
  }

  test('hostile page: a field the page resets 200 ms after it is set is a mismatch, the others verified', async ({ extension, context, oa }) => {
    const seeded = await seed(extension);
    const page = await openApp(context, `${oa.url}/forms/hostile`);
    const panel = await openPanel(extension, page, `${oa.url}/forms/hostile`);
    const rows = await fillIn(panel, seeded);
    const name = rows.find((r) => r.label === '慰问对象姓名');
    const hospital = rows.find((r) => r.label === '所在医院');
    expect(name, 'the reset field is reported').toMatchObject({ key: 'cadre.name', status: 'mismatch' });
    expect(hospital, 'the field the page leaves alone').toMatchObject({ key: 'visit.hospital', status: 'verified' });
    await expect(page.locator('input[name="name"]')).toHaveValue('');
  });
});
