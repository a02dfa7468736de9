import type { BrowserContext, Frame, Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { todayInShanghai } from '../../core/model/validators/dates';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 7, the submit guard, end to end in Chromium on the three demo 慰问审批单 pages that
 * submit through their own buttons (a jQuery handler posting by $.ajax, an inline onclick calling
 * form.submit(), a Vue app posting JSON by fetch): a valid form goes through untouched and is
 * recorded; an over-cap amount is held with the finding shown, and an override with a reason lets
 * it through once with the reason in the audit log; the second visit of the year is checked
 * against the annual cap including the first; a guard that fails lets the submit through. The OA
 * receives exactly one submission each time.
 */

/** Calls the background from an extension page. */
async function call(extension: Extension, type: string, payload: unknown): Promise<Record<string, unknown>> {
  const page = await extension.open('popup.html');
  try {
    return await page.evaluate(
      async ({ type, payload }) => {
        const g = globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<Record<string, unknown>> } } };
        return g.chrome.runtime.sendMessage({ type, payload });
      },
      { type, payload },
    );
  } finally {
    await page.close();
  }
}

interface Seeded {
  cadreId: string;
  templateId: string;
}

async function seed(extension: Extension): Promise<Seeded> {
  const c = await call(extension, 'cadre.save', { input: FILL_CADRE });
  const t = await call(extension, 'template.save', { input: FILL_TEMPLATE });
  expect(c.ok, JSON.stringify(c)).toBe(true);
  expect(t.ok, JSON.stringify(t)).toBe(true);
  return { cadreId: c.id as string, templateId: (t.record as { id: string }).id };
}

/** Fills the tab's form through the popup (which arms the guard in that tab). */
async function fillWithCareFill(extension: Extension, tabUrl: string, seeded: Seeded): Promise<void> {
  const popup = (await extension.openPopup(tabUrl)).page;
  await popup.getByTestId('cadre-search').fill('欧阳测试');
  await popup.locator(`[data-testid="cadre-option"][data-cadre-id="${seeded.cadreId}"]`).click();
  await popup.getByTestId('template-select').selectOption(seeded.templateId);
  await popup.getByTestId('fill-button').click();
  await expect(popup.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  await popup.close();
}

interface VisitValues {
  type: string;
  amount: string;
  goods?: string;
  form: string;
}

/** Types a whole 慰问审批单 by hand, as the person would. */
async function typeForm(page: Page | Frame, v: VisitValues): Promise<void> {
  const today = todayInShanghai();
  const hospital = v.type === '住院看望';
  await page.fill('[name="xm"]', FILL_CADRE.name);
  await page.fill('[name="sfzh"]', FILL_CADRE.idNumber);
  await page.fill('[name="ygzdw"]', FILL_CADRE.originalUnit);
  await page.selectOption('[name="wwlx"]', v.type);
  await page.fill('[name="wwrq"]', today);
  await page.fill('[name="szyy"]', hospital ? '省人民医院' : '');
  await page.fill('[name="ryrq"]', hospital ? today : '');
  await page.selectOption('[name="bq"]', hospital ? '一般' : '');
  await page.selectOption('[name="wwxs"]', v.form);
  await page.fill('[name="wwje"]', v.amount);
  await page.fill('[name="wwpje"]', v.goods ?? '');
  await page.fill('[name="wwsy"]', `${FILL_CADRE.name}同志${v.type}，前往看望慰问。`);
}

async function submissions(oaUrl: string, form: string): Promise<{ id: string; fields: Record<string, string> }[]> {
  return (await (await fetch(`${oaUrl}/api/submissions?form=${form}`)).json()) as { id: string; fields: Record<string, string> }[];
}

async function expectSubmissions(oaUrl: string, form: string, n: number): Promise<void> {
  await expect.poll(async () => (await submissions(oaUrl, form)).length, { timeout: 10_000 }).toBe(n);
}

async function visitCount(extension: Extension, cadreId: string): Promise<number> {
  const res = await call(extension, 'visit.list', { cadreId });
  return (res.visits as unknown[]).length;
}

/** The OA form numbers of a cadre's visit records ('' when a record has none). */
async function visitFormNumbers(extension: Extension, cadreId: string): Promise<string[]> {
  const res = await call(extension, 'visit.list', { cadreId });
  return (res.visits as { oaFormNumber?: string }[]).map((v) => v.oaFormNumber ?? '');
}

async function openGuardPage(extension: Extension, context: BrowserContext, url: string, seeded: Seeded): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await fillWithCareFill(extension, url, seeded);
  await page.bringToFront();
  await expect(page.locator('html[data-carefill-guard="armed"]')).toHaveCount(1);
  return page;
}

const panel = (page: Page) => page.locator('carefill-panel');

/** The held submit's findings in the panel. */
async function expectHeld(page: Page, rule: string, key: string): Promise<void> {
  const findings = panel(page).locator('[data-testid="guard-findings"]');
  await expect(findings).toBeVisible({ timeout: 10_000 });
  await expect(findings).toHaveAttribute('data-severity-max', 'block');
  await expect(findings).toHaveAttribute('data-mode', 'held');
  await expect(panel(page).locator(`[data-testid="guard-finding"][data-rule="${rule}"][data-severity="block"][data-key="${key}"]`).first()).toBeVisible();
}

async function override(page: Page, reason: string): Promise<void> {
  await panel(page).locator('[data-testid="guard-override-reason"]').fill(reason);
  await panel(page).locator('[data-testid="guard-override"]').click();
}

async function clear(oaUrl: string): Promise<void> {
  await fetch(`${oaUrl}/api/submissions`, { method: 'DELETE' });
}

test.describe('submit guard', () => {
  test('jQuery page: a valid form goes through untouched and is recorded; an over-cap 住院看望 is held, overridden once, audited', async ({ extension, context, oa }) => {
    await clear(oa.url);
    const seeded = await seed(extension);
    const url = `${oa.url}/guard/jquery`;
    const page = await openGuardPage(extension, context, url, seeded);

    await typeForm(page, { type: '住院看望', amount: '500', form: '慰问金' });
    await page.click('#btnSubmit');
    await expect(page.locator('#result')).toContainText('单据编号');
    await expectSubmissions(oa.url, 'guard-jquery', 1);
    // recorded once the page showed the OA's answer, with the number it gave
    const number = (await submissions(oa.url, 'guard-jquery'))[0]!.id;
    await expect(page.locator('#result')).toContainText(number);
    await expect.poll(() => visitFormNumbers(extension, seeded.cadreId)).toEqual([number]);
    await expect(panel(page).locator('[data-testid="guard-findings"]')).toHaveCount(0);

    // a new page load of an origin with a remembered form is armed without a fill
    await page.reload();
    await expect(page.locator('html[data-carefill-guard="armed"]')).toHaveCount(1, { timeout: 10_000 });
    await typeForm(page, { type: '住院看望', amount: '1500', form: '慰问金' });
    await page.click('#btnSubmit');
    await expectHeld(page, 'per-visit-cap', 'visit.amount');
    await page.waitForTimeout(500);
    expect((await submissions(oa.url, 'guard-jquery')).length, 'held: nothing reached the OA').toBe(1);

    await override(page, '病情危重，经处长同意按特殊情况办理');
    await expect(panel(page).locator('[data-testid="guard-status"]')).toHaveAttribute('data-state', 'done');
    await expectSubmissions(oa.url, 'guard-jquery', 2);
    await page.waitForTimeout(500);
    expect((await submissions(oa.url, 'guard-jquery')).length, 'the override replays the submit exactly once').toBe(2);
    expect((await submissions(oa.url, 'guard-jquery'))[1]!.fields.wwje).toBe('1500');

    const audit = await call(extension, 'guard.overrides', { limit: 5 });
    const events = audit.events as { reason?: string; cadreId?: string; detail: Record<string, string> }[];
    expect(events[0]?.reason).toBe('病情危重，经处长同意按特殊情况办理');
    expect(events[0]?.cadreId).toBe(seeded.cadreId);
    expect(events[0]?.detail['v:visit.amount']).toBe('1500');
    expect(events[0]?.detail.rules).toContain('per-visit-cap');
    await expect.poll(() => visitCount(extension, seeded.cadreId)).toBe(2);
  });

  test('form.submit() page: the second 困难帮扶 of the year is checked against the annual cap including the first', async ({ extension, context, oa }) => {
    await clear(oa.url);
    const seeded = await seed(extension);
    const url = `${oa.url}/guard/submit`;
    const page = await openGuardPage(extension, context, url, seeded);

    await typeForm(page, { type: '困难帮扶', amount: '1500', form: '慰问金' });
    await page.click('input[value="提 交"]');
    await expect(page.locator('#formNumber')).toBeVisible();
    await expectSubmissions(oa.url, 'guard-submit', 1);
    await expect.poll(() => visitCount(extension, seeded.cadreId)).toBe(1);

    await page.goto(url);
    await expect(page.locator('html[data-carefill-guard="armed"]')).toHaveCount(1, { timeout: 10_000 });
    // 1800 alone is within the per-visit cap of 2000; with the first 1500 the year makes 3300 > 3000
    await typeForm(page, { type: '困难帮扶', amount: '1800', form: '慰问金' });
    await page.click('input[value="提 交"]');
    await expectHeld(page, 'annual-cap', 'visit.amount');
    await expect(panel(page).locator('[data-testid="guard-finding"][data-rule="per-visit-cap"][data-severity="block"]')).toHaveCount(0);
    await panel(page).locator('[data-testid="guard-back"]').click();
    await expect(panel(page).locator('[data-testid="guard-status"]')).toHaveAttribute('data-action', 'back');
    await page.waitForTimeout(500);
    expect((await submissions(oa.url, 'guard-submit')).length, 'back: nothing reached the OA').toBe(1);
    expect(await visitCount(extension, seeded.cadreId)).toBe(1);

    // 检查 runs the same check without submitting
    await panel(page).locator('[data-testid="guard-check-button"]').click();
    await expect(panel(page).locator('[data-testid="guard-findings"][data-mode="checked"]')).toHaveAttribute('data-severity-max', 'block');
    await expect(panel(page).locator('[data-testid="guard-finding"][data-rule="annual-cap"]').first()).toBeVisible();
    expect((await submissions(oa.url, 'guard-submit')).length).toBe(1);
  });

  test('a page whose own check refuses records nothing; the result page’s 单据编号 lands in the visit record', async ({ extension, context, oa }) => {
    await clear(oa.url);
    const seeded = await seed(extension);
    const page = await openGuardPage(extension, context, `${oa.url}/guard/refuse`, seeded);

    await typeForm(page, { type: '住院看望', amount: '500', form: '慰问金' });
    await page.click('#btnSubmit');
    await expect(page.locator('#tip')).toContainText('请先勾选');
    await page.waitForTimeout(1500);
    expect((await submissions(oa.url, 'guard-refuse')).length, 'the page refused: nothing reached the OA').toBe(0);
    expect(await visitCount(extension, seeded.cadreId), 'the page refused: no visit record').toBe(0);

    await page.check('#hd');
    await page.click('#btnSubmit');
    await expect(page.locator('#formNumber')).toBeVisible();
    await expectSubmissions(oa.url, 'guard-refuse', 1);
    const number = (await submissions(oa.url, 'guard-refuse'))[0]!.id;
    await expect(page.locator('#formNumber')).toHaveText(number);
    await expect.poll(() => visitFormNumbers(extension, seeded.cadreId), { timeout: 10_000 }).toEqual([number]);
  });

  test('a form the portal loads into its iframe after the page is armed when it loads: its submit is held', async ({ extension, context, oa }) => {
    await clear(oa.url);
    const seeded = await seed(extension);
    // a fill remembers the form for the origin
    const page = await openGuardPage(extension, context, `${oa.url}/guard/jquery`, seeded);
    await page.goto(`${oa.url}/guard/portal`);
    await expect(page.locator('html[data-carefill-guard="armed"]')).toHaveCount(1, { timeout: 10_000 });

    await page.click('#menuCondolence');
    const form = page.frameLocator('#work_form_data');
    await expect(form.locator('#btnSubmit')).toBeVisible();
    await expect(form.locator('html[data-carefill-guard="armed"]')).toHaveCount(1, { timeout: 10_000 });
    const frame = page.frame({ name: 'work_form_data' })!;
    await typeForm(frame, { type: '住院看望', amount: '1500', form: '慰问金' });
    await frame.click('#btnSubmit');
    await expectHeld(page, 'per-visit-cap', 'visit.amount');
    await page.waitForTimeout(500);
    expect((await submissions(oa.url, 'guard-jquery')).length, 'held: nothing reached the OA').toBe(0);
    await panel(page).locator('[data-testid="guard-back"]').click();
    await expect(panel(page).locator('[data-testid="guard-status"]')).toHaveAttribute('data-action', 'back');
    expect(await visitCount(extension, seeded.cadreId)).toBe(0);
  });

  test('Vue page: a failing guard lets the submit through and says so; an over-cap amount is held and overridden once', async ({ extension, context, oa }) => {
    await clear(oa.url);
    const seeded = await seed(extension);
    const url = `${oa.url}/guard/vue`;
    const page = await openGuardPage(extension, context, url, seeded);

    // the test build honours a fault the page asks for: the background never answers
    await page.evaluate(() => document.documentElement.setAttribute('data-carefill-guard-fault', 'timeout'));
    await typeForm(page, { type: '住院看望', amount: '600', form: '慰问金' });
    await page.click('#vueSubmit');
    await expectSubmissions(oa.url, 'guard-vue', 1);
    await expect(page.locator('#formNumber')).toBeVisible();
    await expect(panel(page).locator('[data-testid="guard-failure"]')).toHaveAttribute('data-key', 'guard_failed_timeout');

    await page.evaluate(() => document.documentElement.removeAttribute('data-carefill-guard-fault'));
    await typeForm(page, { type: '住院看望', amount: '1200', form: '慰问金' });
    await page.click('#vueSubmit');
    await expectHeld(page, 'per-visit-cap', 'visit.amount');
    expect((await submissions(oa.url, 'guard-vue')).length).toBe(1);
    await override(page, '手术后转入重症，按会议纪要办理');
    await expectSubmissions(oa.url, 'guard-vue', 2);
    await page.waitForTimeout(500);
    const list = await submissions(oa.url, 'guard-vue');
    expect(list.length, 'exactly one submission per override').toBe(2);
    expect(list[1]!.fields.wwje).toBe('1200');
  });
});
