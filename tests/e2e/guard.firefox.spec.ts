import type { Frame, Page } from 'puppeteer-core';
import { todayInShanghai } from '../../core/model/validators/dates';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { contentScriptRegistered, expect, type FirefoxApis, pollUntil, sendFrom, setField, test, tid } from './fixtures/firefox';

/**
 * The submit guard in Firefox (firefox-esr): a submit the page's own check refuses records
 * nothing, the accepted one is recorded with the 单据编号 of the OA's result page (the frame left
 * for it); a form the portal loads into its iframe after the page loaded is armed and its
 * over-cap submit held, with the panel in the top frame.
 */

async function submissions(oaUrl: string, form: string): Promise<{ id: string }[]> {
  return (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as { id: string }[];
}

/** Writes a whole 慰问审批单 as a page script would (the values the guard then reads). */
async function writeForm(frame: Page | Frame, amount: string): Promise<void> {
  const today = todayInShanghai();
  const values: Record<string, string> = {
    xm: FILL_CADRE.name,
    sfzh: FILL_CADRE.idNumber,
    ygzdw: FILL_CADRE.originalUnit,
    wwlx: '住院看望',
    wwrq: today,
    szyy: '省人民医院',
    ryrq: today,
    bq: '一般',
    wwxs: '慰问金',
    wwje: amount,
    wwpje: '',
    wwsy: `${FILL_CADRE.name}同志住院看望，前往看望慰问。`,
  };
  await frame.evaluate((v: Record<string, string>) => {
    for (const [name, value] of Object.entries(v)) {
      const el = document.querySelector(`[name="${name}"]`) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, values);
}

const armed = (frame: Page | Frame) => frame.evaluate(() => document.documentElement.getAttribute('data-carefill-guard'));

test('Firefox: a refused submit records nothing, an accepted one records the result page’s 单据编号; a form loaded later into the portal is armed', async ({ firefox, oa }) => {
  const probe = await firefox.openExtensionPage('popup.html');
  await contentScriptRegistered(probe);
  const send = (type: string, payload: unknown) => sendFrom(probe, type, payload);
  const cr = await send('cadre.save', { input: FILL_CADRE });
  const tr = await send('template.save', { input: FILL_TEMPLATE });
  expect(cr.ok && tr.ok).toBe(true);
  const cadreId = String(cr.id);
  const formNumbers = async () => ((await send('visit.list', { cadreId })).visits as { oaFormNumber?: string }[]).map((v) => v.oaFormNumber ?? '');
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });

  // a fill arms the guard in the tab and remembers the form for the origin
  const page = await firefox.browser.newPage();
  await page.goto(`${oa.url}/guard/refuse`, { waitUntil: 'load' });
  const tabId = await probe.evaluate(async (prefix) => {
    const { browser } = globalThis as unknown as { browser: FirefoxApis };
    return (await browser.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, `${oa.url}/guard/refuse`);
  const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
  await setField(popup, 'cadre-search', '欧阳测试');
  await (await popup.waitForSelector(`${tid('cadre-option')}[data-cadre-id="${cadreId}"]`, { visible: true }))!.click();
  await popup.waitForSelector(tid('template-select'), { visible: true });
  await popup.select(tid('template-select'), String((tr.record as { id: string }).id));
  await popup.click(tid('fill-button'));
  await popup.waitForSelector(tid('fill-report'), { visible: true, timeout: 20_000 });
  await page.bringToFront();
  await pollUntil(() => armed(page), (a) => a === 'armed', 'the guard armed by the fill');

  await writeForm(page, '500');
  await page.click('#btnSubmit');
  await pollUntil(() => page.$eval('#tip', (t) => t.textContent ?? ''), (t) => t.includes('请先勾选'), 'the page’s own refusal');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await submissions(oa.url, 'guard-refuse')).toEqual([]);
  expect(await formNumbers(), 'the page refused: no visit record').toEqual([]);

  await page.click('#hd');
  await page.click('#btnSubmit');
  const [posted] = await pollUntil(() => submissions(oa.url, 'guard-refuse'), (l) => l.length === 1, 'the submission');
  await pollUntil(() => page.$eval('#formNumber', (e) => e.textContent ?? '').catch(() => ''), (n) => n === posted!.id, 'the result page');
  await pollUntil(formNumbers, (n) => n.length === 1 && n[0] === posted!.id, 'the visit record with the OA’s form number');

  // the portal's iframe is empty until the menu loads the form into it
  await page.goto(`${oa.url}/guard/portal`, { waitUntil: 'load' });
  await pollUntil(() => armed(page), (a) => a === 'armed', 'the portal armed at load');
  await page.click('#menuCondolence');
  const formFrame = () => {
    const f = page.frames().find((x) => x.url().includes('/guard/jquery'));
    if (!f) throw new Error('no form frame yet');
    return f;
  };
  await pollUntil(() => armed(formFrame()), (a) => a === 'armed', 'the form loaded later armed');
  await writeForm(formFrame(), '1500');
  await formFrame().click('#btnSubmit');
  const held = await pollUntil(
    () => page.$eval(`carefill-panel >>> ${tid('guard-findings')}`, (el) => `${el.getAttribute('data-mode')}/${el.getAttribute('data-severity-max')}`).catch(() => ''),
    (s) => s !== '',
    'the held submit in the top frame’s panel',
  );
  expect(held).toBe('held/block');
  await new Promise((r) => setTimeout(r, 500));
  expect(await submissions(oa.url, 'guard-jquery'), 'held: nothing reached the OA').toEqual([]);
  await (await page.waitForSelector(`carefill-panel >>> ${tid('guard-back')}`, { visible: true }))!.click();
  await pollUntil(() => page.$eval(`carefill-panel >>> ${tid('guard-status')}`, (el) => el.getAttribute('data-action')), (a) => a === 'back', 'back to the form');
  expect(await formNumbers()).toHaveLength(1);
});
