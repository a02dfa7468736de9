import type { Page } from 'puppeteer-core';
import { FILL_CADRE } from '../fixtures/oa/fill-data';
import { dumpCareFillDatabase } from './lib/raw-dump';
import { expect, pollUntil, sendFrom, setField, test, tid } from './fixtures/firefox';

/**
 * The Lock in Firefox (MV2: a background page, storage.session, Firefox's IndexedDB and
 * WebCrypto): turned on in options → 设置, a raw IndexedDB dump holds none of the sensitive values
 * in clear; locked, a request for a cadre is refused; unlocked again in the same page, the
 * decrypted record and an ID-number search come back.
 */

const PASS = '示例口令-lock-firefox-2026';
const SECRETS = [FILL_CADRE.idNumber, FILL_CADRE.phones[0], FILL_CADRE.address];

/** Every row of every object store of the extension's database, read with the native API (no Dexie, no Lock). */
function rawDump(page: Page): Promise<string> {
  return page.evaluate(dumpCareFillDatabase);
}

const lockState = (page: Page) => page.$eval(tid('lock-status'), (el) => el.getAttribute('data-state'));

test('Firefox: the Lock seals the database, refuses while locked and opens again with the passphrase', async ({ firefox }) => {
  test.setTimeout(120_000);
  const page = await firefox.openExtensionPage('options.html#settings');
  const saved = await sendFrom(page, 'cadre.save', { input: FILL_CADRE });
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  const id = saved.id as string;
  const before = await rawDump(page);
  expect(SECRETS.filter((s) => before.includes(s))).toEqual(SECRETS);

  await pollUntil(() => lockState(page), (s) => s === 'off', 'the lock section');
  await page.locator(tid('lock-enable')).click();
  await setField(page, 'lock-passphrase', PASS);
  await setField(page, 'lock-passphrase2', PASS);
  await page.locator(tid('lock-enable-submit')).click();
  await pollUntil(() => lockState(page), (s) => s === 'unlocked', 'the Lock to be on', 60_000);

  const after = await rawDump(page);
  expect(SECRETS.filter((s) => after.includes(s)), 'sensitive values in clear text in the raw dump').toEqual([]);
  expect(after).toContain(FILL_CADRE.name);
  expect(((await sendFrom(page, 'cadre.get', { id })).cadre as { idNumber?: string }).idNumber).toBe(FILL_CADRE.idNumber);

  await page.locator(tid('lock-now')).click();
  await pollUntil(() => lockState(page), (s) => s === 'locked', 'the Lock to lock');
  expect(await sendFrom(page, 'cadre.get', { id })).toEqual({ error: 'locked', key: 'err_locked' });

  await setField(page, 'unlock-passphrase', PASS);
  await page.locator(tid('unlock-submit')).click();
  await pollUntil(() => lockState(page), (s) => s === 'unlocked', 'the Lock to open', 60_000);
  expect(((await sendFrom(page, 'cadre.get', { id })).cadre as { idNumber?: string }).idNumber).toBe(FILL_CADRE.idNumber);
  const found = await sendFrom(page, 'cadre.search', { query: FILL_CADRE.idNumber.slice(-6), limit: 5 });
  expect((found.items as { id: string }[]).map((c) => c.id)).toEqual([id]);
  const still = await rawDump(page);
  expect(SECRETS.filter((s) => still.includes(s))).toEqual([]);
});
