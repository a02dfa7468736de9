import type { Page } from 'puppeteer-core';
import { contentScriptRegistered, expect, type FirefoxApis, pollUntil, setField, test, tid } from './fixtures/firefox';
import { hasChinese } from './lib/messages';
import { sampleCadre } from './lib/synthetic-cadre';

const cadreCount = (page: Page) =>
  page.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: FirefoxApis };
    return (await browser.runtime.sendMessage({ type: 'ledger.stats', payload: {} })).cadres;
  });

test('the extension installs and the options page renders in Chinese', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  await options.waitForSelector(tid('nav-ledger'), { visible: true });
  expect(await options.$eval('html', (el) => el.lang)).toBe('zh-CN');
  const text = await options.$eval('body', (el) => el.innerText);
  expect(hasChinese(text), text.slice(0, 200)).toBe(true);
});

test('a cadre created in the options page is found by search in the popup', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  await options.locator(tid('nav-ledger')).click();
  await options.locator(tid('new-cadre')).click();
  await options.waitForSelector(tid('cadre-form'), { visible: true });
  const cadre = sampleCadre({ name: '诸葛火狐' });
  await setField(options, 'field-name', cadre.name);
  await setField(options, 'field-category', cadre.category);
  await setField(options, 'field-idNumber', cadre.idNumber!);
  await options.locator(tid('save-cadre')).click();
  await pollUntil(() => cadreCount(options), (n) => n === 1, 'the cadre to be stored');

  const popup = await firefox.openExtensionPage('popup.html');
  await setField(popup, 'cadre-search', '诸葛火狐');
  const hit = await popup.waitForSelector(`${tid('cadre-option')}`, { visible: true });
  expect(await hit!.evaluate((el) => el.textContent ?? '')).toContain('诸葛火狐');
});

test('the content script answers in the demo OA iframe', async ({ firefox, oa }) => {
  const probe = await firefox.openExtensionPage('popup.html');
  await contentScriptRegistered(probe);
  const portal = await firefox.browser.newPage();
  await portal.goto(`${oa.url}/`, { waitUntil: 'load' });
  const tabId = await probe.evaluate(async (prefix) => {
    const { browser } = globalThis as unknown as { browser: FirefoxApis };
    return (await browser.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, oa.url);
  expect(tabId, 'the OA tab is visible to the extension').not.toBeNull();

  const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
  const active = await pollUntil(
    () => popup.$eval(tid('frame-status'), (el) => Number(el.getAttribute('data-active-frames'))),
    (n) => n >= 2,
    'two active frames in the popup',
  );
  expect(active).toBeGreaterThanOrEqual(2);
  const formRow = await popup.$$eval(`${tid('frame-row')}[data-active="true"]`, (rows) =>
    rows.map((r) => r.getAttribute('data-url') ?? '').filter((u) => u.includes('/forms/condolence')),
  );
  expect(formRow).toHaveLength(1);
});
