import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInShanghai } from '../../core/model/validators/dates';
import { FILL_CADRE, PAGES_DIR, parseGolden } from '../fixtures/oa/fill-data';
import { CADRE_B, displayedFormItems } from './lib/component-undo';
import { expect, type FirefoxApis, pollUntil, seededProbe, sendFrom, test, tid } from './fixtures/firefox';

/**
 * Issue 5 in Firefox (firefox-esr), on the Element Plus 慰问审批单 (fixture 7): a fill for cadre A,
 * a second fill for cadre B over it, then undo in the panel puts A's values back through the
 * widgets (the OA records A's golden values); a second undo empties what a person could empty,
 * and leaves the single selects without a clear control and the radio groups that had nothing
 * checked as they were. As components-undo.chromium.spec.ts, which says more.
 */

const inPanel = (id: string) => `carefill-panel >>> ${tid(id)}`;


const NO_WAY_BACK = ['性别', '原工作单位', '职级', '离退休类别', '慰问类型', '资金来源'];

/** What every form item of the page displays, by label. */
function displayed(page: Page): Promise<Record<string, string>> {
  return page.evaluate(displayedFormItems);
}

async function fillFor(page: Page, name: string, cadreId: string, templateId: string): Promise<string[]> {
  const search = await page.waitForSelector(inPanel('cadre-search'), { visible: true });
  await search!.click({ count: 3 });
  await search!.type(name);
  const option = await page.waitForSelector(`carefill-panel >>> ${tid('cadre-option')}[data-cadre-id="${cadreId}"]`, { visible: true });
  await option!.click();
  await page.waitForSelector(inPanel('template-select'), { visible: true });
  await page.select(inPanel('template-select'), templateId);
  await (await page.waitForSelector(inPanel('fill-button'), { visible: true }))!.click();
  await page.waitForSelector(inPanel('fill-report'), { visible: true, timeout: 30_000 });
  await pollUntil(() => page.$eval(inPanel('fill-button'), (b) => (b as HTMLButtonElement).disabled), (d) => !d, 'the fill finished', 30_000);
  return page.$$eval(inPanel('fill-row'), (els) => els.map((r) => r.getAttribute('data-status') ?? ''));
}

async function submit(page: Page): Promise<string | null> {
  await page.evaluate(() => document.getElementById('result')?.removeAttribute('data-state'));
  await page.$eval('#submit', (b) => (b as HTMLElement).click());
  return pollUntil(() => page.$eval('#result', (r) => r.getAttribute('data-state')).catch(() => null), (s) => s !== null, 'the form answered');
}

test('Firefox: undo on the Element Plus form puts back the previous fill through the widgets, then the empty form', async ({ firefox, oa }) => {
  test.setTimeout(120_000);
  const { probe, seeded } = await seededProbe(firefox);
  const b = await sendFrom(probe, 'cadre.save', { input: CADRE_B });
  expect(b.ok, JSON.stringify(b)).toBe(true);
  const url = `${oa.url}/forms/element`;

  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#submit', { visible: true, timeout: 20_000 });
  const original = await displayed(page);
  const tabId = await probe.evaluate(async (prefix) => {
    const { browser } = globalThis as unknown as { browser: FirefoxApis };
    return (await browser.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id;
  }, url);
  expect((await sendFrom(probe, 'fill.panel', { tabId })).opened).toBe(true);
  await page.bringToFront();

  const golden = parseGolden(readFileSync(join(PAGES_DIR, 'components-element.golden.txt'), 'utf8'), todayInShanghai());
  const filled = golden.filter((g) => g.key !== 'ignore');
  await fillFor(page, FILL_CADRE.name, seeded.cadreId, seeded.templateId);
  const afterA = await displayed(page);
  const statusesB = await fillFor(page, CADRE_B.name, String(b.id), seeded.templateId);
  const writtenB = statusesB.filter((s) => s === 'verified' || s === 'mismatch' || s === 'filled').length;
  const afterB = await displayed(page);
  // B has another unit, and lives in another district (the 所在地区 cascader takes another path)
  for (const label of ['原工作单位', '所在地区']) expect(afterB[label], label).not.toBe(afterA[label]);

  await (await page.waitForSelector(inPanel('undo-button'), { visible: true }))!.click();
  await pollUntil(() => page.$eval(inPanel('undo-status'), (s) => s.getAttribute('data-state')), (s) => s === 'done', 'the undo finished', 30_000);
  const status = await page.$eval(inPanel('undo-status'), (s) => s.textContent ?? '');
  expect(Number(/\d+/.exec(status)?.[0])).toBe(writtenB);
  expect(await displayed(page)).toEqual(afterA);
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  expect(await submit(page)).toBe('ok');
  const [saved] = (await (await fetch(`${oa.url}/api/submissions?form=components-element`)).json()) as { fields: Record<string, string | string[]> }[];
  const got = (name: string) => {
    const v = saved?.fields[name];
    return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
  };
  expect(golden.filter((g) => got(g.name) !== g.expected).map((g) => `${g.name}: ${got(g.name)} ≠ ${g.expected}`)).toEqual([]);

  const undone = await sendFrom(probe, 'fill.undo', { tabId });
  const now = await displayed(page);
  expect(Object.keys(original).filter((label) => now[label] !== original[label]).sort()).toEqual([...NO_WAY_BACK].sort());
  expect(undone.restored).toBe(filled.length - NO_WAY_BACK.length);
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  expect(await submit(page)).toBe('invalid');
  expect(await (await fetch(`${oa.url}/api/submissions?form=components-element`)).json()).toEqual([]);
});
