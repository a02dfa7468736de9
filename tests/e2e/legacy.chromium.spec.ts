import type { Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE, parseGolden, PAGES_DIR } from '../fixtures/oa/fill-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInShanghai } from '../../core/model/validators/dates';
import { ADAPTER_EVENT } from '../../page/adapter/protocol';
import { installWfFormAdapter } from '../../page/adapter/wfform-main';
import { tabIdOf } from './lib/extension-api';
import { lastSubmission, received } from './lib/fill-flow';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 6, legacy widgets, end to end in Chromium: fixture 10 (e-cology 浏览框 pairs, an
 * EasyUI-style combo, real select2 and layui select/laydate, a KindEditor-style iframe editor and
 * a contenteditable) is filled through the popup; every field is reported `verified`, each
 * library shows the value, undo puts everything back, and the OA receives the golden values with
 * the line breaks of the reason and the remark.
 */

/** The legacy template: the hospital visit of the fill tests, with reason and remark on several lines. */
const LEGACY_TEMPLATE = {
  ...FILL_TEMPLATE,
  name: '测试·住院看望（旧式控件）',
  values: {
    ...FILL_TEMPLATE.values,
    'visit.reason': '{{姓名}}同志因病住院。\n前往{{医院}}看望慰问。\n祝{{称谓}}早日康复。',
    'visit.remark': '家属陪同。\n下次随访：一个月后。',
  },
};

interface ReportRow {
  key: string;
  status: string;
  reason: string;
  name: string;
  label: string;
}

/** The golden lines; `\n` in a value stands for a line break. */
function golden() {
  return parseGolden(readFileSync(join(PAGES_DIR, 'legacy-form.golden.txt'), 'utf8'), todayInShanghai()).map((g) => ({ ...g, expected: g.expected.replaceAll('\\n', '\n') }));
}

async function seed(extension: Extension): Promise<{ cadreId: string; templateId: string }> {
  const page = await extension.open('popup.html');
  const seeded = await page.evaluate(
    async ({ cadre, template }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      return { c: await send('cadre.save', { input: cadre }), t: await send('template.save', { input: template }) };
    },
    { cadre: FILL_CADRE, template: LEGACY_TEMPLATE },
  );
  await page.close();
  expect(seeded.c.ok, JSON.stringify(seeded.c)).toBe(true);
  expect(seeded.t.ok, JSON.stringify(seeded.t)).toBe(true);
  return { cadreId: seeded.c.id as string, templateId: (seeded.t.record as { id: string }).id };
}

async function fillThroughPopup(extension: Extension, tabUrl: string, seeded: { cadreId: string; templateId: string }): Promise<{ popup: Page; rows: ReportRow[] }> {
  const popup = (await extension.openPopup(tabUrl)).page;
  await popup.getByTestId('cadre-search').fill('欧阳测试');
  await popup.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`).click();
  await popup.getByTestId('template-select').selectOption(seeded.templateId);
  await popup.getByTestId('fill-button').click();
  await expect(popup.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  const rows = await popup.locator('[data-testid="fill-row"]').evaluateAll((els) =>
    els.map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      status: r.getAttribute('data-status') ?? '',
      reason: r.getAttribute('data-reason') ?? '',
      name: r.getAttribute('data-name') ?? '',
      label: r.querySelector('.fill-row-label')?.textContent ?? '',
    })),
  );
  return { popup, rows };
}

/** What the page shows and posts: every named control, the widgets' own displays and the editors. */
async function pageState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLInputElement>('input, select, textarea').forEach((el, i) => {
      out[`${i}:${el.name || el.id || el.className}`] = el.value;
    });
    out['select2'] = document.querySelector('#select2-field7018-container')?.textContent ?? '';
    out['layui'] = (document.querySelector('.layui-select-title input') as HTMLInputElement | null)?.value ?? '';
    out['iframe'] = (document.querySelector('.ke-edit-iframe') as HTMLIFrameElement).contentDocument?.body.innerHTML ?? '';
    out['remark'] = document.querySelector('#remarkEditor')?.innerHTML ?? '';
    return out;
  });
}

/**
 * The submit guard (issue 7) checks the filled form on the OA's own submit and may hold it with
 * findings about the spending standards; this test is about what the OA receives, so a held
 * submit is confirmed (warnings) or overridden with a reason (blocks).
 */
async function passSubmitGuard(page: Page, oaUrl: string, form: string): Promise<void> {
  const findings = page.locator('carefill-panel [data-testid="guard-findings"][data-mode="held"]');
  const submitted = async () => ((await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as unknown[]).length > 0;
  await expect.poll(async () => (await submitted()) || (await findings.count()) > 0, { timeout: 15_000 }).toBe(true);
  if (await submitted()) return;
  const confirm = page.locator('carefill-panel [data-testid="guard-confirm"]');
  if ((await confirm.count()) > 0 && (await confirm.isVisible())) return confirm.click();
  await page.locator('carefill-panel [data-testid="guard-override-reason"]').fill('测试：旧式控件页面的提交');
  await page.locator('carefill-panel [data-testid="guard-override"]').click();
}

async function openLegacy(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await expect(page.locator('body')).toHaveAttribute('data-layui', 'ready');
  await expect(page.locator('.select2-container')).toHaveCount(1);
}

test('fixture 10: legacy widgets filled as one field each, verified, undone, and posted with line breaks', async ({ extension, context, oa }) => {
  const seeded = await seed(extension);
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  const page = await context.newPage();
  await openLegacy(page, `${oa.url}/legacy/form`);
  const before = await pageState(page);

  const { popup, rows } = await fillThroughPopup(extension, `${oa.url}/legacy/form`, seeded);
  const lines = golden();
  const rowOf = (key: string) => rows.find((r) => r.key === key);
  const problems = lines.flatMap((g) => {
    const row = rowOf(g.key);
    if (!row) return [`${g.key}: not in the report`];
    const out: string[] = [];
    if (row.status !== 'verified') out.push(`${g.key}: ${row.status} ${row.reason}`);
    if (row.label !== g.label) out.push(`${g.key}: label ${row.label}, want ${g.label}`);
    return out;
  });
  expect(problems, JSON.stringify(rows)).toEqual([]);
  // the widgets' drawn parts are not fields of their own
  expect(rows.filter((r) => r.key === '' && r.status !== 'skipped')).toEqual([]);

  // each library shows the value the way it would after a person's choice
  await expect(page.locator('#select2-field7018-container')).toHaveText('退休');
  await expect(page.locator('.layui-select-title input')).toHaveValue('离退休干部经费');
  await expect(page.locator('#field7031 + .textbox .textbox-text')).toHaveValue('住院看望');
  await expect(page.locator('input[name="field7031"]')).toHaveValue('2');
  await expect(page.locator('#field7011span')).toHaveValue('欧阳测试');
  await expect(page.locator('#field7011')).toHaveValue('欧阳测试');
  const editor = page.frameLocator('.ke-edit-iframe').locator('body');
  await expect(editor.locator('br')).toHaveCount(2);
  await expect(page.locator('#remarkEditor br')).toHaveCount(1);
  expect(await page.locator('#remarkEditor').evaluate((el) => el.querySelectorAll('*:not(br)').length), 'only text and <br>').toBe(0);

  await popup.getByTestId('undo-button').click();
  await expect(popup.getByTestId('undo-status')).toHaveAttribute('data-state', 'done');
  expect(await pageState(page), 'undo returns every control and display to its state before the fill').toEqual(before);

  await popup.getByTestId('fill-button').click();
  await expect(popup.getByTestId('fill-report')).toBeVisible();
  await expect(popup.locator('[data-testid="fill-row"][data-key="visit.reason"]')).toHaveAttribute('data-status', 'verified');
  await page.locator('#btnSubmit').click();
  await passSubmitGuard(page, oa.url, 'legacy');

  let list: { fields: Record<string, string | string[]> }[] = [];
  await expect
    .poll(async () => {
      list = (await (await fetch(`${oa.url}/api/submissions?form=legacy`)).json()) as typeof list;
      return list.length;
    })
    .toBeGreaterThan(0);
  const fields = list[list.length - 1]!.fields;
  const got = (name: string) => {
    const v = fields[name];
    return (Array.isArray(v) ? v.join(',') : (v ?? '')).replace(/\r\n/g, '\n');
  };
  const wrong = lines.filter((g) => got(g.name) !== g.expected).map((g) => `${g.name} (${g.label}): got ${JSON.stringify(got(g.name))}, want ${JSON.stringify(g.expected)}`);
  expect(wrong, 'fields the OA received differently from the golden file').toEqual([]);
});

/** Dispatches an adapter request from the page's own world, as page scripts could. */
async function requestFromPage(page: Page, detail: unknown): Promise<string | null> {
  return page.evaluate(
    ({ event, detail }) => {
      let answer: string | null = null;
      const onDone = (e: Event) => (answer = String((e as CustomEvent<unknown>).detail));
      document.addEventListener(`${event}-done`, onDone);
      document.dispatchEvent(new CustomEvent(event, { detail }));
      document.removeEventListener(`${event}-done`, onDone);
      return answer;
    },
    { event: ADAPTER_EVENT, detail },
  );
}

test('page-world adapter: injected by the extension into the page world, WfForm gets only the nonce\'d values', async ({ extension, context, oa }) => {
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  const page = await context.newPage();
  await page.goto(`${oa.url}/legacy/wfform`, { waitUntil: 'load' });
  const calls = async () => JSON.parse((await page.locator('#wfCalls').textContent()) ?? '[]') as { field: string; valueInfo: unknown }[];
  const nonce = 'a1'.repeat(16);
  const request = (n: string, list: { fieldId: string; value: string }[]) => JSON.stringify({ nonce: n, calls: list });

  // not installed (the default: adapter off): a request does nothing
  expect(await requestFromPage(page, request(nonce, [{ fieldId: 'field8011', value: 'x' }]))).toBeNull();
  expect(await calls()).toEqual([]);

  // the extension installs the adapter in the page's world, as installPageAdapter does
  const probe = await extension.open('popup.html');
  const tabId = await tabIdOf(probe, `${oa.url}/legacy/wfform`);
  const installed = await probe.evaluate(`(async () => {
    const install = ${installWfFormAdapter.toString()};
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, world: 'MAIN', func: install, args: [${JSON.stringify(nonce)}, ${JSON.stringify(ADAPTER_EVENT)}, 10000] });
    return r && r.result;
  })()`);
  await probe.close();
  expect(installed, 'the page has WfForm: the adapter listens').toBe(true);

  // without the nonce, with another nonce, or not as JSON: ignored
  expect(await requestFromPage(page, request('b2'.repeat(16), [{ fieldId: 'field8011', value: '冒充' }]))).toBeNull();
  expect(await requestFromPage(page, { nonce, calls: [{ fieldId: 'field8011', value: '对象' }] })).toBeNull();
  expect(await calls()).toEqual([]);

  // the fill's request: exactly these fields, each with nothing but its value
  const reason = '欧阳测试同志因病住院。\n祝早日康复。';
  const answer = await requestFromPage(page, request(nonce, [
    { fieldId: 'field8011', value: '欧阳测试' },
    { fieldId: 'field8051', value: reason },
  ]));
  expect(JSON.parse(answer ?? 'null')).toEqual({ nonce, results: [true, true] });
  expect(await calls()).toEqual([
    { field: 'field8011', valueInfo: { value: '欧阳测试' } },
    { field: 'field8051', valueInfo: { value: reason } },
  ]);

  // one request per fill: a replay of the nonce does nothing
  expect(await requestFromPage(page, request(nonce, [{ fieldId: 'field8015', value: '重放' }]))).toBeNull();
  expect(await calls()).toHaveLength(2);

  await page.locator('#btnSubmit').click();
  let list: { fields: Record<string, string> }[] = [];
  await expect
    .poll(async () => {
      list = (await (await fetch(`${oa.url}/api/submissions?form=legacy-wfform`)).json()) as typeof list;
      return list.length;
    })
    .toBeGreaterThan(0);
  const fields = list[0]!.fields;
  expect([fields['field8011'], (fields['field8051'] ?? '').replace(/\r\n/g, '\n'), fields['field8015']]).toEqual(['欧阳测试', reason, '']);
});

test('一键填写 on an e-cology 9 page whose form API is turned on: WfForm sets the values, the OA receives them', async ({ extension, context, oa }) => {
  await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
  const seeded = await seed(extension);
  // the person added the OA address and turned its page form API on (options → 设置)
  const probe = await extension.open('popup.html');
  const answers = await probe.evaluate(async (origin) => {
    const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean }> } } };
    const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
    return [await send('oa.origin.add', { origin }), await send('oa.adapter.set', { origin, enabled: true })];
  }, oa.url);
  await probe.close();
  expect(answers.map((a) => a.ok)).toEqual([true, true]);

  const page = await context.newPage();
  await page.goto(`${oa.url}/legacy/wfform`, { waitUntil: 'load' });
  const { rows } = await fillThroughPopup(extension, `${oa.url}/legacy/wfform`, seeded);
  const reason = '欧阳测试同志因病住院。\n前往省人民医院看望慰问。\n祝欧阳老早日康复。';
  expect(rows.map((r) => `${r.name}:${r.status}`)).toEqual(['field8011:verified', 'field8015:verified', 'field8051:verified']);
  const calls = JSON.parse((await page.locator('#wfCalls').textContent()) ?? '[]') as { field: string; valueInfo: unknown }[];
  expect(calls).toEqual([
    { field: 'field8011', valueInfo: { value: '欧阳测试' } },
    { field: 'field8015', valueInfo: { value: '省水利厅' } },
    { field: 'field8051', valueInfo: { value: reason } },
  ]);

  await page.locator('#btnSubmit').click();
  await passSubmitGuard(page, oa.url, 'legacy-wfform');
  const fields = await lastSubmission(oa.url, 'legacy-wfform');
  expect([received(fields, 'field8011'), received(fields, 'field8015'), received(fields, 'field8051').replace(/\r\n/g, '\n')]).toEqual(['欧阳测试', '省水利厅', reason]);
});

test('options: the page form API is off by default and turned on per OA address', async ({ extension, oa }) => {
  const options = await extension.openOptions();
  await options.byTestId('nav-settings').click();
  await expect(options.byTestId('page-adapter')).toBeVisible();
  await expect(options.byTestId('page-adapter-toggle')).toHaveCount(0);
  await options.byTestId('oa-origin-input').fill(oa.url);
  await options.byTestId('oa-origin-add').click();
  await expect(options.byTestId('oa-origin-status')).toHaveAttribute('data-state', 'done');
  const toggle = options.page.locator(`[data-testid="page-adapter-toggle"][data-origin="${oa.url}"]`);
  await expect(toggle).not.toBeChecked();
  const stored = () =>
    options.page.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ origins: string[] }> } } };
      return (await g.chrome.runtime.sendMessage({ type: 'oa.adapter.origins', payload: {} })).origins;
    });
  expect(await stored()).toEqual([]);
  await toggle.check();
  await expect.poll(stored).toEqual([oa.url]);
  await options.page.reload();
  await options.byTestId('nav-settings').click();
  await expect(options.page.locator(`[data-testid="page-adapter-toggle"][data-origin="${oa.url}"]`)).toBeChecked();
  await options.page.locator(`[data-testid="page-adapter-toggle"][data-origin="${oa.url}"]`).uncheck();
  await expect.poll(stored).toEqual([]);
});
