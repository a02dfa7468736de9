import type { Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Untrusted text (SECURITY.md §4), end to end in Chromium: a synthetic cadre whose name, notes and
 * template text carry HTML and script is shown as text in the options page, the popup and the
 * in-page panel — no element is created, no dialog opens — and is filled into the OA form as the
 * literal string, which the OA records as such. And a hostile OA page (SECURITY.md §3) cannot
 * drive CareFill with window messages or DOM events.
 */

const NAME = '<img src=x onerror=alert(1)>';
const NOTES = '<script>alert(2)</script><b>粗体</b>';
const REASON = '<img src=y onerror=alert(3)>{{姓名}}同志<script>alert(4)</script>';
const PHONE = '13700137001';

async function send<R>(page: Page, type: string, payload: unknown): Promise<R> {
  return page.evaluate(
    async ({ type, payload }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (await g.chrome.runtime.sendMessage({ type, payload })) as never;
    },
    { type, payload },
  );
}

/** Elements the hostile text would have created, were it parsed as HTML (shadow roots included). */
function injected(page: Page): Promise<number> {
  return page.evaluate(() => {
    const count = (root: Document | ShadowRoot): number =>
      root.querySelectorAll('img[src="x"], img[src="y"], b').length +
      [...root.querySelectorAll('script')].filter((s) => /alert\(/.test(s.textContent ?? '')).length +
      [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document);
  });
}

async function openPanel(extension: Extension, tabUrl: string): Promise<void> {
  const opened = await extension.openPanel(tabUrl);
  expect(opened).toBe(true);
}

test('markup in a name, notes and a template stays text everywhere and reaches the OA verbatim', async ({ context, extension, oa }) => {
  const dialogs: string[] = [];
  const watch = (p: Page) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  context.pages().forEach(watch);
  context.on('page', watch);

  const options = await extension.openOptions();
  const saved = await send<{ ok: boolean; id: string }>(options.page, 'cadre.save', { input: { ...FILL_CADRE, name: NAME, notes: NOTES, phones: [PHONE] } });
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  const tpl = await send<{ ok: boolean; record: { id: string } }>(options.page, 'template.save', { input: { ...FILL_TEMPLATE, name: '<i>模板</i>', values: { ...FILL_TEMPLATE.values, 'visit.reason': REASON } } });
  expect(tpl.ok).toBe(true);

  // options: the list and the editor
  await options.openLedger();
  await options.byTestId('ledger-search').fill(PHONE);
  const row = options.page.getByTestId('cadre-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(NAME);
  await options.page.goto(extension.url(`options.html#ledger/${saved.id}`));
  await expect(options.byTestId('field-name')).toHaveValue(NAME);
  expect(await options.page.locator('textarea').evaluateAll((els) => els.some((e) => (e as HTMLTextAreaElement).value === '<script>alert(2)</script><b>粗体</b>'))).toBe(true);
  expect(await injected(options.page)).toBe(0);

  // the OA page, then page scripts trying to talk to CareFill
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
  await expect.poll(() => extension.contentScriptRegistered()).toBe(true);
  const formState = () => oaPage.locator('input, textarea, select').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('|'));
  const untouched = await formState();
  await oaPage.evaluate(
    ({ cadreId, templateId }) => {
      const fill = { type: 'fill.start', payload: { tabId: 1, cadreId, templateId, overwrite: true } };
      window.postMessage(fill, '*');
      window.postMessage(JSON.stringify(fill), '*');
      for (const name of ['carefill', 'carefill-fill', 'carefill-wfform', 'carefill-wfform-done', 'fill.start'])
        document.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify({ nonce: 'guess', calls: [{ fieldId: 'field6011', value: 'x' }], ...fill }) }));
    },
    { cadreId: saved.id, templateId: tpl.record.id },
  );
  await oaPage.waitForTimeout(1500);
  expect(await formState(), 'a page script made CareFill fill').toBe(untouched);

  // the popup
  const popup = await extension.openPopup(`${oa.url}/forms/condolence`);
  const option = await popup.findCadre(PHONE, saved.id);
  await expect(option).toContainText(NAME);
  expect(await injected(popup.page)).toBe(0);

  // the in-page panel
  await openPanel(extension, `${oa.url}/forms/condolence`);
  const panel = oaPage.locator('carefill-panel');
  await panel.locator('[data-testid="cadre-search"]').fill(PHONE);
  await expect(panel.locator(`[data-testid="cadre-option"][data-cadre-id="${saved.id}"]`)).toContainText(NAME);
  expect(await injected(oaPage)).toBe(0);

  // fill through the popup: the OA fields hold the literal text
  await option.click();
  await popup.page.getByTestId('template-select').selectOption(tpl.record.id);
  await popup.page.getByTestId('fill-button').click();
  await expect(popup.page.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  await expect(oaPage.locator('[name="field6011"]')).toHaveValue(NAME);
  const reason = await oaPage.locator('[name="field6051"]').inputValue();
  expect(reason).toBe(`<img src=y onerror=alert(3)>${NAME}同志<script>alert(4)</script>`);
  expect(await injected(oaPage)).toBe(0);
  expect(await injected(popup.page)).toBe(0);

  // the OA's own submit: it records the literal strings
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  await oaPage.locator('#btnSubmit').click();
  await expect(oaPage.locator('#errorTip')).toBeHidden();
  // the submit guard (issue 7) may hold the submit to show its reminders: confirm them
  const confirm = oaPage.locator('carefill-panel [data-testid="guard-confirm"]');
  let fields: Record<string, string | string[]> = {};
  await expect
    .poll(async () => {
      if (await confirm.isVisible()) await confirm.click();
      const list = (await (await fetch(`${oa.url}/api/submissions?form=condolence`)).json()) as { fields: Record<string, string | string[]> }[];
      fields = list.at(-1)?.fields ?? {};
      return list.length;
    })
    .toBeGreaterThan(0);
  expect(fields.field6011).toBe(NAME);
  expect(fields.field6051).toBe(reason);
  expect(await injected(oaPage)).toBe(0);
  expect(dialogs, 'dialogs opened by injected script').toEqual([]);
});
