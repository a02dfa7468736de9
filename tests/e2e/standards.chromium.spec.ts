import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/chromium';
import type { ExtensionApis } from './lib/extension-api';
import { syntheticIdNumber } from './lib/synthetic-cadre';
import type { OptionsPage } from './pages/options';

/**
 * Standards as data, end to end: a person changes a cap in the standards editor and the next
 * check uses the new figure; a malformed standards file is refused naming the bad field, and the
 * standards in use stay as they were; a visit entered by hand counts against the annual cap.
 * The cadre is synthetic (invented name, valid check digit).
 */

const CADRE = { name: '端木试查', category: '退休', rank: '厅局级', idNumber: syntheticIdNumber('1941-05-06', '137') };

/** Adds the synthetic cadre through the background, as the ledger editor would. */
async function addCadre(page: Page): Promise<void> {
  const res = await page.evaluate(async (input) => {
    const g = globalThis as unknown as { chrome: ExtensionApis };
    return g.chrome.runtime.sendMessage({ type: 'cadre.save', payload: { input } });
  }, CADRE);
  expect(res).toMatchObject({ ok: true });
}

async function pickCadre(options: OptionsPage, prefix: string): Promise<void> {
  await options.byTestId(`${prefix}-search`).fill(CADRE.name);
  await options.page.getByTestId('cadre-option').filter({ hasText: CADRE.name }).first().click();
  await expect(options.byTestId(`${prefix}-selected`)).toContainText(CADRE.name);
}

/** A 住院看望 (一般) of 900 yuan in cash, checked; returns the per-visit-cap finding. */
async function checkHospitalVisit(options: OptionsPage) {
  await options.byTestId('nav-check').click();
  await pickCadre(options, 'check-cadre');
  await options.byTestId('check-visitType').selectOption('住院看望');
  await options.byTestId('check-tier').selectOption('一般');
  await options.byTestId('check-date').fill('2025-06-10');
  await options.byTestId('check-applyDate').fill('2025-06-10');
  await options.byTestId('check-form-of-support').selectOption('慰问金');
  await options.byTestId('check-amount').fill('900');
  await options.byTestId('check-hospital').fill('省人民医院');
  await options.byTestId('check-admissionDate').fill('2025-06-01');
  await options.byTestId('check-reason').fill('住院看望慰问');
  await options.byTestId('check-run').click();
  await expect(options.byTestId('check-result')).toHaveAttribute('data-state', 'done');
  return options.page.locator('[data-testid="finding"][data-rule-id="per-visit-cap"]');
}

/** Opens the example standard in the editor and returns the cap input of 住院看望 (一般). */
async function openHospitalCap(options: OptionsPage) {
  await options.byTestId('nav-standards').click();
  const example = options.page.locator('[data-testid="standard-row"][data-example="true"]');
  await expect(example).toContainText('示例，请替换');
  await example.getByTestId('standard-open').click();
  const row = options.page.locator('[data-testid="caps-row"][data-visit-type="住院看望"][data-tier="一般"]');
  await expect(row).toHaveCount(1);
  return row.getByLabel('上限（元）');
}

test('a cap changed in the standards editor is the figure the next check uses', async ({ extension }) => {
  const options = await extension.openOptions();
  await addCadre(options.page);

  const before = await checkHospitalVisit(options);
  await expect(before).toHaveAttribute('data-severity', 'warn');
  await expect(before).toContainText('1,000.00');
  await expect(options.byTestId('check-standard')).toContainText('示例，请替换');

  const cap = await openHospitalCap(options);
  await expect(cap).toHaveValue('1000');
  await cap.fill('800');
  await options.byTestId('standard-save').click();
  await expect(options.byTestId('standard-save-status')).toHaveAttribute('data-state', 'saved');

  const after = await checkHospitalVisit(options);
  await expect(after).toHaveAttribute('data-severity', 'block');
  await expect(after).toContainText('800.00');
});

test('a malformed standards file is refused naming the bad field, and the standards in use are unchanged', async ({ extension }) => {
  const options = await extension.openOptions();
  await options.byTestId('nav-standards').click();
  await expect(options.byTestId('standard-row')).toHaveCount(1);
  const file = {
    format: 'carefill.standards',
    schemaVersion: 1,
    standards: [{ name: '本单位标准（2026）', effectiveFrom: '2026-01-01', perVisitCaps: [{ visitType: '住院看望', tier: '一般', cap: -800 }] }],
  };
  await options.byTestId('standards-import-file').setInputFiles({ name: 'standards.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file), 'utf8') });
  const error = options.byTestId('standards-import-error');
  await expect(error).toContainText('standards[0].perVisitCaps[0].cap');
  await expect(error).toContainText('上限金额');
  await expect(error).toContainText('现用标准未改变');
  await expect(options.byTestId('standards-import-commit')).toHaveCount(0);
  await expect(options.byTestId('standard-row')).toHaveCount(1);
  const cap = await openHospitalCap(options);
  await expect(cap).toHaveValue('1000');
});

test('a visit entered by hand counts against the annual cap of the next check', async ({ extension }) => {
  const options = await extension.openOptions();
  await addCadre(options.page);

  await options.byTestId('nav-visits').click();
  await pickCadre(options, 'visits-cadre');
  await options.byTestId('visit-new').click();
  await options.byTestId('visit-date').fill('2025-01-20');
  await options.byTestId('visit-visitType').selectOption('节日慰问');
  await options.byTestId('visit-festival').selectOption('春节');
  await options.byTestId('visit-form-of-support').selectOption('慰问品');
  await options.byTestId('visit-goodsValue').fill('1800');
  await options.byTestId('visit-save').click();
  await expect(options.byTestId('visit-save-status')).toHaveAttribute('data-state', 'saved');
  await expect(options.byTestId('visit-list')).toHaveAttribute('data-year', '2025');
  await expect(options.byTestId('visit-row')).toHaveCount(1);

  await options.byTestId('nav-check').click();
  await pickCadre(options, 'check-cadre');
  await options.byTestId('check-visitType').selectOption('节日慰问');
  await options.byTestId('check-festival').selectOption('国庆');
  await options.byTestId('check-date').fill('2025-09-28');
  await options.byTestId('check-form-of-support').selectOption('慰问品');
  await options.byTestId('check-goodsValue').fill('300');
  await options.byTestId('check-reason').fill('国庆慰问');
  await options.byTestId('check-run').click();
  await expect(options.byTestId('check-standard')).toContainText('1 条慰问记录');
  const annual = options.page.locator('[data-testid="finding"][data-rule-id="annual-cap"]');
  await expect(annual).toHaveAttribute('data-severity', 'block');
  await expect(annual).toContainText('1,800.00');
});
