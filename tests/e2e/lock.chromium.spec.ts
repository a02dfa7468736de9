import type { Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { dumpCareFillDatabase } from './lib/raw-dump';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 9, the Lock, end to end in Chromium: turned on in options → 设置, a raw IndexedDB dump
 * (native API from an extension page, no Dexie, no Lock) holds none of the sensitive values in
 * clear; locked, the popup asks for the passphrase before it offers a fill; unlocked, the fill
 * types the (decrypted) ID number into the OA form and an ID search finds the cadre.
 */

const PASS = '示例口令-lock-e2e-2026';

/** Sends one request to the background from an extension page. */
async function send(page: Page, type: string, payload: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ type, payload }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      return g.chrome.runtime.sendMessage({ type, payload });
    },
    { type, payload },
  );
}

async function seed(extension: Extension): Promise<{ cadreId: string; templateId: string }> {
  const page = await extension.open('popup.html');
  const c = await send(page, 'cadre.save', { input: FILL_CADRE });
  const t = await send(page, 'template.save', { input: FILL_TEMPLATE });
  await page.close();
  expect(c.ok && t.ok, JSON.stringify({ c, t })).toBe(true);
  return { cadreId: c.id as string, templateId: (t.record as { id: string }).id };
}

/** Every row of every object store of the extension's database, as JSON, read with the native API. */
async function rawDump(page: Page): Promise<string> {
  return page.evaluate(dumpCareFillDatabase);
}

const SECRETS = [FILL_CADRE.idNumber, FILL_CADRE.phones[0], FILL_CADRE.address, '省人民医院'];

test('enable the Lock, dump shows no clear values, locked popup asks first, unlocked fill and ID search work', async ({ extension, context, oa }) => {
  test.setTimeout(90_000);
  expect(await extension.contentScriptRegistered()).toBe(true);
  const seeded = await seed(extension);

  // the dump test can see the values while the Lock is off
  const probe = await extension.open('popup.html');
  const before = await rawDump(probe);
  expect(SECRETS.filter((s) => before.includes(s))).toEqual(SECRETS);

  const options = await extension.open('options.html#settings');
  const status = options.getByTestId('lock-status');
  await expect(status).toHaveAttribute('data-state', 'off');
  await options.getByTestId('lock-enable').click();
  await options.getByTestId('lock-passphrase').fill(PASS);
  await options.getByTestId('lock-passphrase2').fill(PASS);
  await options.getByTestId('lock-enable-submit').click();
  await expect(status).toHaveAttribute('data-state', 'unlocked', { timeout: 30_000 });

  const after = await rawDump(probe);
  expect(SECRETS.filter((s) => after.includes(s)), 'sensitive values in clear text in the raw dump').toEqual([]);
  expect(after).toContain(FILL_CADRE.name);

  await options.getByTestId('lock-now').click();
  await expect(status).toHaveAttribute('data-state', 'locked');
  expect(await send(probe, 'cadre.get', { id: seeded.cadreId })).toEqual({ error: 'locked', key: 'err_locked' });

  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/`, { waitUntil: 'load' });
  await expect.poll(() => oaPage.frames().some((f) => f.url().includes('/forms/condolence'))).toBe(true);
  const popup = await extension.openPopup(`${oa.url}/`);
  const pp = popup.page;
  await expect(pp.getByTestId('unlock-passphrase')).toBeVisible();
  await expect(pp.getByTestId('cadre-search')).toHaveCount(0);
  await pp.getByTestId('unlock-passphrase').fill('not the passphrase');
  await pp.getByTestId('unlock-submit').click();
  await expect(pp.getByTestId('unlock-error')).toBeVisible({ timeout: 20_000 });
  await pp.getByTestId('unlock-passphrase').fill(PASS);
  await pp.getByTestId('unlock-submit').click();

  // unlocked: an ID search finds the cadre, and the fill types the decrypted ID number
  await pp.getByTestId('cadre-search').fill(FILL_CADRE.idNumber.slice(-6));
  const option = pp.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`);
  await expect(option).toBeVisible({ timeout: 20_000 });
  await option.click();
  await pp.getByTestId('template-select').selectOption(seeded.templateId);
  await pp.getByTestId('fill-button').click();
  await expect(pp.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  const form = oaPage.frames().find((f) => f.url().includes('/forms/condolence'))!;
  await expect(form.locator('[name="field6013"]')).toHaveValue(FILL_CADRE.idNumber);
  await expect(form.locator('[name="field6019"]')).toHaveValue(FILL_CADRE.phones[0]);

  // the options page, reloaded, shows the unlocked state; the dump is still sealed
  await options.reload();
  await expect(options.getByTestId('lock-status')).toHaveAttribute('data-state', 'unlocked');
  const still = await rawDump(probe);
  expect(SECRETS.filter((s) => still.includes(s))).toEqual([]);
});
