import type { FrameLocator, Locator, Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE } from '../../fixtures/oa/fill-data';
import { expect, type Extension } from '../fixtures/chromium';

/**
 * The fill flow as the e2e specs drive it: the synthetic cadre and template stored through the
 * background, a cadre and template chosen in the popup or the panel, the report read back, and
 * what the demo OA recorded.
 */

export interface ReportRow {
  key: string;
  status: string;
  reason: string;
  name: string;
  framePath: string;
  label: string;
}

export interface Seeded {
  cadreId: string;
  templateId: string;
}

/** Stores the synthetic cadre and the template through the background, as the options page would. */
export async function seed(extension: Extension): Promise<Seeded> {
  const page = await extension.open('popup.html');
  const seeded = await page.evaluate(
    async ({ cadre, template }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      const c = await send('cadre.save', { input: cadre });
      const t = await send('template.save', { input: template });
      return { c, t };
    },
    { cadre: FILL_CADRE, template: FILL_TEMPLATE },
  );
  await page.close();
  expect(seeded.c.ok, JSON.stringify(seeded.c)).toBe(true);
  expect(seeded.t.ok, JSON.stringify(seeded.t)).toBe(true);
  return { cadreId: seeded.c.id as string, templateId: (seeded.t.record as { id: string }).id };
}

/** Reads the fill report's rows. */
export function reportRows(root: Page | FrameLocator | ReturnType<Page['locator']>): Promise<ReportRow[]> {
  return root.locator('[data-testid="fill-row"]').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      status: r.getAttribute('data-status') ?? '',
      reason: r.getAttribute('data-reason') ?? '',
      name: r.getAttribute('data-name') ?? '',
      framePath: r.getAttribute('data-frame-path') ?? '',
      label: r.querySelector('.fill-row-label')?.textContent ?? '',
    })),
  );
}

/** Chooses the cadre and the template in a fill flow (popup or panel) and presses 填写. */
export async function fillIn(root: Page | ReturnType<Page['locator']>, seeded: Seeded): Promise<ReportRow[]> {
  await root.locator('[data-testid="cadre-search"]').fill('欧阳测试');
  const option = root.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`);
  await expect(option).toBeVisible();
  await option.click();
  const select = root.locator('[data-testid="template-select"]');
  await expect(select).toBeVisible();
  await select.selectOption(seeded.templateId);
  await root.locator('[data-testid="fill-button"]').click();
  await expect(root.locator('[data-testid="fill-report"]')).toBeVisible({ timeout: 20_000 });
  return reportRows(root);
}

export async function fillThroughPopup(extension: Extension, tabUrl: string, seeded: Seeded): Promise<{ rows: ReportRow[]; popup: Page }> {
  const popup = await extension.openPopup(tabUrl);
  const rows = await fillIn(popup.page, seeded);
  return { rows, popup: popup.page };
}

/** The value the OA received for a name: missing names (an unchecked radio) count as ''. */
export function received(fields: Record<string, string | string[]>, name: string): string {
  const v = fields[name];
  return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
}

export async function clearSubmissions(oaUrl: string): Promise<void> {
  await fetch(`${oaUrl}/api/submissions`, { method: 'DELETE' });
}

export async function lastSubmission(oaUrl: string, form: string): Promise<Record<string, string | string[]>> {
  let list: { fields: Record<string, string | string[]> }[] = [];
  await expect
    .poll(async () => {
      list = (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as typeof list;
      return list.length;
    })
    .toBeGreaterThan(0);
  return list[list.length - 1]!.fields;
}

/**
 * Presses the page's own submit button. After a fill the submit guard (issue 7) watches it: a
 * form without findings goes through untouched; warnings are confirmed in the panel, as a person
 * would; a blocking finding fails the test with its message.
 */
export async function submitThroughGuard(opts: { button: Locator; panel: Locator; form: string; oaUrl: string }): Promise<void> {
  const { button, panel, form, oaUrl } = opts;
  const count = async () => ((await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as unknown[]).length;
  const before = await count();
  await button.click();
  const held = panel.locator('[data-testid="guard-findings"][data-mode="held"]');
  await expect.poll(async () => (await count()) > before || (await held.count()) > 0, { timeout: 10_000 }).toBe(true);
  if ((await count()) > before) return;
  const severity = await held.getAttribute('data-severity-max');
  const findings = await panel.locator('[data-testid="guard-finding"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}/${e.getAttribute('data-severity')}: ${e.textContent}`));
  expect(severity, `held: ${findings.join(' | ')}`).toBe('warn');
  await panel.locator('[data-testid="guard-confirm"]').click();
}
