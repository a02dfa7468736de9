import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * Issue 10: a visit starts from the home screen. The cadre in hospital shows 开始慰问 with the
 * 住院看望 template; one click opens the fill flow aimed at the open OA tab with both chosen, and
 * 填写 fills that tab's 慰问审批单.
 */

const DAY = '2026-11-29';

/** Saves the synthetic cadre (in hospital since 2026-11-20) and the 住院看望 template as the options page would. */
async function seed(extension: Extension): Promise<string> {
  const probe = await extension.open('popup.html');
  const seeded = await probe.evaluate(
    async ({ cadre, template }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } };
      const send = (type: string, payload: unknown) => g.chrome.runtime.sendMessage({ type, payload });
      return { c: await send('cadre.save', { input: cadre }), t: await send('template.save', { input: template }) };
    },
    { cadre: FILL_CADRE, template: FILL_TEMPLATE },
  );
  await probe.close();
  expect(seeded.c.ok, JSON.stringify(seeded.c)).toBe(true);
  expect(seeded.t.ok, JSON.stringify(seeded.t)).toBe(true);
  return seeded.c.id as string;
}

test('开始慰问 on the home screen opens the fill flow for the OA tab with the cadre and template chosen', async ({ extension, context, oa }) => {
  const cadreId = await seed(extension);

  // the OA form is open in a tab
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/condolence`);
  expect(await extension.contentScriptRegistered()).toBe(true);

  const home = await extension.open(`options.html?today=${DAY}`);
  await expect(home.getByTestId('today-home')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  const item = home.locator(`[data-testid="today-hospital"] [data-cadre-id="${cadreId}"]`);
  // the home screen's choice of template for a 住院看望 (the seeded one or an example template)
  const start = item.getByTestId('today-start-visit');
  const shown = (await start.getAttribute('data-template-id')) ?? '';
  expect(shown).not.toBe('');
  await expect(item.getByTestId('today-visit')).toHaveAttribute('data-template-id', shown);
  const opening = context.waitForEvent('page');
  await start.click();
  const flow = await opening;
  await flow.waitForLoadState();
  expect(new URL(flow.url()).searchParams.get('cadre')).toBe(cadreId);

  // the cadre is chosen and the template preselected
  await expect(flow.getByTestId('cadre-option')).toHaveAttribute('data-cadre-id', cadreId);
  expect(new URL(flow.url()).searchParams.get('template')).toBe(shown);
  await expect(flow.getByTestId('template-select')).toHaveValue(shown);
  await flow.getByTestId('fill-button').click();
  await expect(flow.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  expect(Number(await flow.getByTestId('fill-report').getAttribute('data-verified'))).toBeGreaterThan(5);
  // …into the OA tab
  expect(await oaPage.evaluate(() => [...document.querySelectorAll('input')].some((i) => i.value === '欧阳测试'))).toBe(true);
});

test('开始慰问 without an open OA page says to open one', async ({ extension }) => {
  await seed(extension);
  const home = await extension.open(`options.html?today=${DAY}`);
  await expect(home.getByTestId('today-home')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await home.getByTestId('today-hospital').getByTestId('today-start-visit').first().click();
  await expect(home.getByTestId('today-start-error')).toHaveAttribute('data-key', 'today_start_no_oa_tab');
  await expect(home.getByTestId('today-start-error')).toContainText('请先在浏览器中打开 OA');
});
