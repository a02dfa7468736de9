import { expect, type Page } from '@playwright/test';
import type { ExtensionApis } from './extension-api';

/** Saves records through the background as the options page does, 40 at a time; every answer must be ok. */
export async function saveRecords(page: Page, type: 'visit.save' | 'followUp.save', inputs: unknown[]): Promise<void> {
  const failures = await page.evaluate(
    async ({ type, inputs }) => {
      const g = globalThis as unknown as { chrome: ExtensionApis };
      const bad: unknown[] = [];
      for (let i = 0; i < inputs.length; i += 40) {
        const answers = await Promise.all(inputs.slice(i, i + 40).map((input) => g.chrome.runtime.sendMessage({ type, payload: { input } })));
        for (const a of answers) if (!a || (a as { ok?: boolean }).ok !== true) bad.push(a);
      }
      return bad;
    },
    { type, inputs },
  );
  expect(failures).toEqual([]);
}
