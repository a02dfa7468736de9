import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInShanghai } from '../../core/model/validators/dates';
import { FILL_CADRE, FILL_TEMPLATE, PAGES_DIR, parseGolden, type GoldenLine } from '../fixtures/oa/fill-data';
import { CADRE_B, displayedFormItems } from './lib/component-undo';
import { tabIdOf } from './lib/extension-api';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 5, "undo restores the previous values, with events", on the component-library forms
 * (fixtures 7 and 8) in Chromium, through the in-page panel. A first fill (cadre A) and a second
 * one (cadre B) over it; undo puts back A's values through the widgets — options chosen by their
 * text, dates typed in the picker's format — so the form validates and the demo OA records A's
 * golden values. A second undo returns every widget that a person could empty (inputs, pickers
 * with their clear control, checkbox groups, multiple selects) to its empty state; single selects
 * without a clear control and radio groups that had nothing checked have no way back and are
 * left as they were (not counted); the form is then refused by its own validation, as it was
 * before any fill, and the OA records nothing.
 */

interface Seeded {
  a: string;
  b: string;
  templateId: string;
}


async function seed(extension: Extension): Promise<Seeded> {
  const page = await extension.open('popup.html');
  const out = await page.evaluate(
    async ({ a, b, template }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      return { a: await send('cadre.save', { input: a }), b: await send('cadre.save', { input: b }), t: await send('template.save', { input: template }) };
    },
    { a: FILL_CADRE, b: CADRE_B, template: FILL_TEMPLATE },
  );
  await page.close();
  for (const r of [out.a, out.b, out.t]) expect(r.ok, JSON.stringify(r)).toBe(true);
  return { a: out.a.id as string, b: out.b.id as string, templateId: (out.t.record as { id: string }).id };
}

async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await expect(page.locator('#submit')).toBeVisible({ timeout: 20_000 });
  return page;
}

/** Fills the form for one cadre through the panel; the report's rows by label. */
async function fillFor(panel: Locator, name: string, cadreId: string, templateId: string): Promise<Map<string, string>> {
  await panel.locator('[data-testid="cadre-search"]').fill(name);
  const option = panel.locator(`[data-testid="cadre-option"][data-cadre-id="${cadreId}"]`);
  await expect(option).toBeVisible();
  await option.click();
  await panel.locator('[data-testid="template-select"]').selectOption(templateId);
  await panel.locator('[data-testid="fill-button"]').click();
  // the report of this fill (a previous report is replaced)
  await expect(panel.locator('[data-testid="fill-report"]')).toBeVisible({ timeout: 30_000 });
  await expect(panel.locator('[data-testid="fill-button"]')).toBeEnabled({ timeout: 30_000 });
  const rows = await panel.locator('[data-testid="fill-row"]').evaluateAll((els) => els.map((r) => [r.querySelector('.fill-row-label')?.textContent ?? '', r.getAttribute('data-status') ?? ''] as const));
  return new Map(rows);
}

/** What every form item of the page displays, by label. */
function displayed(page: Page): Promise<Record<string, string>> {
  return page.evaluate(displayedFormItems);
}

async function submissions(oaUrl: string, form: string): Promise<Record<string, string | string[]>[]> {
  const list = (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as { fields: Record<string, string | string[]> }[];
  return list.map((s) => s.fields);
}

/** Presses the page's own submit (a script click: the submit guard holds only trusted clicks). */
async function submit(page: Page): Promise<string | null> {
  await page.evaluate(() => document.getElementById('result')?.removeAttribute('data-state'));
  await page.locator('#submit').dispatchEvent('click');
  await expect(page.locator('#result')).toHaveAttribute('data-state', /./);
  return page.locator('#result').getAttribute('data-state');
}

function received(fields: Record<string, string | string[]>, name: string): string {
  const v = fields[name];
  return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
}

const CASES = [
  {
    name: 'Element Plus (fixture 7)',
    path: '/forms/element',
    form: 'components-element',
    golden: 'components-element.golden.txt',
    // no clear control (not `clearable`) / a radio group with nothing checked: a person cannot empty them either
    noWayBack: ['性别', '原工作单位', '职级', '离退休类别', '慰问类型', '资金来源'],
  },
  {
    name: 'Ant Design Vue (fixture 8)',
    path: '/forms/antd',
    form: 'components-antd',
    golden: 'components-antd.golden.txt',
    noWayBack: ['性别', '原工作单位', '职级', '离退休类别', '慰问类型', '资金来源'],
  },
];

test.describe('undo on component-library forms, through the in-page panel', () => {
  for (const c of CASES) {
    test(`${c.name}: undo puts back the previous fill through the widgets, then the empty form`, async ({ extension, context, oa }) => {
      test.setTimeout(120_000);
      const seeded = await seed(extension);
      const url = `${oa.url}${c.path}`;
      const page = await openApp(context, url);
      const golden: GoldenLine[] = parseGolden(readFileSync(join(PAGES_DIR, c.golden), 'utf8'), todayInShanghai());
      const filledKeys = golden.filter((g) => g.key !== 'ignore');
      const original = await displayed(page);

      expect(await extension.openPanel(url), 'the background opened the panel').toBe(true);
      await page.bringToFront();
      const panel = page.locator('carefill-panel');
      await expect(panel.locator('[data-testid="cadre-search"]')).toBeVisible();

      const rowsA = await fillFor(panel, FILL_CADRE.name, seeded.a, seeded.templateId);
      expect(filledKeys.filter((g) => rowsA.get(g.label) !== 'verified').map((g) => `${g.label}: ${rowsA.get(g.label)}`)).toEqual([]);
      const afterA = await displayed(page);

      const rowsB = await fillFor(panel, CADRE_B.name, seeded.b, seeded.templateId);
      const writtenB = [...rowsB.values()].filter((s) => s === 'verified' || s === 'mismatch' || s === 'filled').length;
      const afterB = await displayed(page);
      // B's values are really in the form: the undo below has something to do
      // each form also has a cascader (所在地区, 居住地区): B lives in another district
      const differing = ['慰问对象姓名', '性别', '原工作单位', '职级', '出生日期', ...['所在地区', '居住地区'].filter((label) => label in afterA)];
      for (const label of differing) expect(afterB[label], label).not.toBe(afterA[label]);

      // undo 1, with the panel's button: A's values are back, in the DOM and in the framework's model
      const started = Date.now();
      await panel.locator('[data-testid="undo-button"]').click();
      const status = panel.locator('[data-testid="undo-status"]');
      await expect(status).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
      const undoMs = Date.now() - started;
      test.info().annotations.push({ type: 'undo-ms', description: String(undoMs) });
      expect(Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]), 'every field B wrote is counted as restored').toBe(writtenB);
      expect(await displayed(page)).toEqual(afterA);
      await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
      expect(await submit(page), 'the form validates after undo').toBe('ok');
      const [fields] = await submissions(oa.url, c.form);
      expect(fields, 'the OA recorded the submission').toBeDefined();
      expect(golden.filter((g) => received(fields!, g.name) !== g.expected).map((g) => `${g.name}: ${received(fields!, g.name)} ≠ ${g.expected}`), 'the OA receives A again').toEqual([]);

      // undo 2, through the background as the popup does: the form as it was before any fill
      const probe = await extension.open('popup.html');
      const undone = await probe.evaluate(
        async (tabId) => {
          const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ restored: number; frames: number }> } } };
          return g.chrome.runtime.sendMessage({ type: 'fill.undo', payload: { tabId } });
        },
        await tabIdOf(probe, url),
      );
      await probe.close();
      const now = await displayed(page);
      const differs = Object.keys(original).filter((label) => now[label] !== original[label]);
      expect(differs.sort(), 'only the widgets with no way back still show A').toEqual([...c.noWayBack].sort());
      for (const label of c.noWayBack) expect(now[label], label).toBe(afterA[label]);
      expect(undone.restored, 'restored counts what is back').toBe(filledKeys.length - c.noWayBack.length);
      await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });
      expect(await submit(page), 'empty again, the form is refused by its own validation, as before the fill').toBe('invalid');
      expect(await submissions(oa.url, c.form)).toEqual([]);
    });
  }
});
