import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/chromium';

/**
 * Reliability (SECURITY.md §6): two options tabs edit the same cadre. The first save goes
 * through; the second tab is told, in Chinese, that the record changed elsewhere, and the first
 * tab's edit is what stays. The second tab's 重新载入 button (cadre-reload) loads the first tab's
 * edit in place of its own, and its next edit then saves.
 */

async function send<R>(page: Page, type: string, payload: unknown): Promise<R> {
  return page.evaluate(
    async ({ type, payload }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (await g.chrome.runtime.sendMessage({ type, payload })) as never;
    },
    { type, payload },
  );
}

test('the second of two tabs saving one cadre is told it changed elsewhere; nothing is overwritten', async ({ extension }) => {
  const a = await extension.openOptions();
  const created = await send<{ ok: boolean; id: string }>(a.page, 'cadre.save', { input: { name: '并发测试', category: '退休', originalUnit: '原单位甲' } });
  expect(created.ok).toBe(true);
  const b = await extension.openOptions();
  for (const tab of [a, b]) {
    await tab.page.goto(extension.url(`options.html#ledger/${created.id}`));
    await expect(tab.byTestId('field-name')).toHaveValue('并发测试');
  }

  await a.setField('originalUnit', 'A 改的单位');
  await a.byTestId('save-cadre').click();
  await expect(a.byTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await b.setField('originalUnit', 'B 改的单位');
  await b.byTestId('save-cadre').click();
  await expect(b.byTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expect(b.byTestId('save-status')).toContainText('已在别处修改');

  const stored = await send<{ cadre: { originalUnit?: string } }>(a.page, 'cadre.get', { id: created.id });
  expect(stored.cadre.originalUnit).toBe('A 改的单位');

  // B's edit is still on screen until B asks for the stored record
  await expect(b.byTestId('field-originalUnit')).toHaveValue('B 改的单位');
  await b.byTestId('cadre-reload').click();
  await expect(b.byTestId('field-originalUnit')).toHaveValue('A 改的单位');
  await expect(b.byTestId('save-status')).toHaveAttribute('data-state', 'idle');
  await expect(b.byTestId('cadre-reload')).toHaveCount(0);
  await expect(a.byTestId('cadre-reload')).toHaveCount(0);
  await b.setField('originalUnit', 'A 改的单位；B 补充');
  await b.byTestId('save-cadre').click();
  await expect(b.byTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect((await send<{ cadre: { originalUnit?: string } }>(a.page, 'cadre.get', { id: created.id })).cadre.originalUnit).toBe('A 改的单位；B 补充');
});
