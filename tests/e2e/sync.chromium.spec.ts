import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { E2E_PASSPHRASE, dumpRecords, editCadre, exportText, missingFrom, notesOf, seedLedger, send, type Evaluate } from '../fixtures/sync/browsers';
import { expect, test } from './fixtures/chromium';
import { pollUntil, setField, tid } from './fixtures/firefox';
import { launchFirefoxWithExtension } from './lib/launch-firefox';

/**
 * Two colleagues, one in Chromium and one in Firefox, start from the same ledger, each change
 * different cadres and the same one, exchange files, and both end with the same, correct merge.
 */

const viaPuppeteer = (page: FirefoxPage): Evaluate => (fn, arg) => page.evaluate(fn as never, arg as never) as never;

async function importInChromium(page: Page, path: string): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-passphrase').fill(E2E_PASSPHRASE);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

test('two browsers change different and the same cadres, exchange files, and end with the same merge', async ({ extension }) => {
  const dir = await mkdtemp(join(tmpdir(), 'carefill-sync-'));
  const firefox = await launchFirefoxWithExtension();
  try {
    const chrome = (await extension.openOptions()).page;
    const chromeEval: Evaluate = (fn, arg) => chrome.evaluate(fn as never, arg as never) as never;
    const ids = await seedLedger(chromeEval);
    const [c1, c2, c3, c4] = ids as [string, string, string, string];

    // the start: Firefox takes Chromium's ledger
    const fx = await firefox.openExtensionPage('options.html');
    const fxEval = viaPuppeteer(fx);
    const first = await exportText(chromeEval, E2E_PASSPHRASE);
    const preview = await send<{ ok: boolean; token: string }>(fxEval, { type: 'sync.preview', payload: { fileText: first, passphrase: E2E_PASSPHRASE } });
    // the preview's token alone, as the options page commits: Firefox's background still holds the decoded file
    await send(fxEval, { type: 'sync.apply', payload: { token: preview.token, resolutions: { all: 'newer' } } });
    expect(missingFrom(await dumpRecords(fxEval), await dumpRecords(chromeEval))).toEqual([]);

    // the week: Chromium changes c1 and c3; later Firefox changes c2 and c3 and deletes c4
    await editCadre(chromeEval, c1, { notes: 'Chromium 改 1' });
    await editCadre(chromeEval, c3, { notes: 'Chromium 改 3' });
    await new Promise((r) => setTimeout(r, 20));
    await editCadre(fxEval, c2, { notes: 'Firefox 改 2' });
    await editCadre(fxEval, c3, { notes: 'Firefox 改 3' });
    await send(fxEval, { type: 'cadre.delete', payload: { ids: [c4] } });

    // the exchange: Chromium's file by its options page (downloaded), Firefox's from its background
    await chrome.getByTestId('nav-sync').click();
    await chrome.getByTestId('export-passphrase').fill(E2E_PASSPHRASE);
    await chrome.getByTestId('export-passphrase-confirm').fill(E2E_PASSPHRASE);
    const [download] = await Promise.all([chrome.waitForEvent('download'), chrome.getByTestId('export-button').click()]);
    const fromChromium = join(dir, 'from-chromium.carefill');
    await download.saveAs(fromChromium);
    const fromFirefox = join(dir, 'from-firefox.carefill');
    writeFileSync(fromFirefox, await exportText(fxEval, E2E_PASSPHRASE));

    // Chromium imports Firefox's file: c3 conflicts, Firefox's change is newer and wins by default
    await importInChromium(chrome, fromFirefox);
    // (the counts of the cadres: records each browser installed by itself, like the example
    // standard, travel too)
    const cadreCount = (col: string) => chrome.locator(`[data-testid="import-kind-row"][data-kind="cadres"] td[data-col="${col}"]`);
    await expect(chrome.getByTestId('import-preview')).toHaveAttribute('data-conflicts', '1');
    await expect(cadreCount('updated')).toHaveText('1');
    await expect(cadreCount('deleted')).toHaveText('1');
    await expect(cadreCount('conflicts')).toHaveText('1');
    const conflict = chrome.getByTestId('sync-conflict');
    await expect(conflict).toHaveAttribute('data-id', c3);
    await expect(conflict).toHaveAttribute('data-newer', 'remote');
    await expect(conflict).toContainText('Chromium 改 3');
    await expect(conflict).toContainText('Firefox 改 3');
    await chrome.getByTestId('import-commit').click();
    await expect(chrome.getByTestId('import-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });

    // Firefox imports Chromium's file through its options page
    await fx.locator(tid('nav-sync')).click();
    const input = await fx.waitForSelector(tid('import-file'));
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(fromChromium);
    await setField(fx, 'import-passphrase', E2E_PASSPHRASE);
    const fxPreview = await fx.waitForSelector(tid('import-preview'), { timeout: 30_000 });
    expect(await fxPreview!.evaluate((el) => ({ ...(el as HTMLElement).dataset }))).toMatchObject({ conflicts: '1' });
    const fxCadres = await fx.$$eval(`${tid('import-kind-row')}[data-kind="cadres"] td`, (tds) => tds.map((td) => `${td.getAttribute('data-col')}=${td.textContent}`));
    expect(fxCadres).toEqual(expect.arrayContaining(['updated=1', 'deleted=0', 'conflicts=1']));
    await fx.locator(tid('import-commit')).click();
    await pollUntil(() => fx.$eval(tid('import-status'), (el) => el.getAttribute('data-state')), (s) => s === 'done', 'the import to finish', 30_000);

    // the same ledger on both sides, and the right one
    expect(await dumpRecords(fxEval)).toEqual(await dumpRecords(chromeEval));
    expect([await notesOf(chromeEval, c1), await notesOf(chromeEval, c2), await notesOf(chromeEval, c3), await notesOf(chromeEval, c4)]).toEqual([
      'Chromium 改 1',
      'Firefox 改 2',
      'Firefox 改 3',
      undefined,
    ]);
    expect((await send<{ cadres: number }>(chromeEval, { type: 'ledger.stats', payload: {} })).cadres).toBe(10);
  } finally {
    await firefox.close();
    await rm(dir, { recursive: true, force: true });
  }
});
