import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { E2E_PASSPHRASE, dumpRecords, editCadre, exportText, missingFrom, notesOf, seedLedger, type Evaluate } from '../fixtures/sync/browsers';
import { expect, pollUntil, setField, test, tid } from './fixtures/firefox';
import { launchChromiumWithExtension } from './lib/launch-chromium';

/**
 * Sync between browsers: export from Chromium, import into Firefox (through the options page,
 * as a person does), and back; the two databases, dumped raw from IndexedDB, compare equal.
 */

const viaPuppeteer = (page: Page): Evaluate => (fn, arg) => page.evaluate(fn as never, arg as never) as never;

/** Imports a file through Firefox's options page: file, passphrase, preview, commit. Returns the preview's totals. */
async function importInFirefox(page: Page, path: string): Promise<Record<string, string>> {
  await page.locator(tid('nav-sync')).click();
  const input = await page.waitForSelector(tid('import-file'));
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  await setField(page, 'import-passphrase', E2E_PASSPHRASE);
  const preview = await page.waitForSelector(tid('import-preview'), { timeout: 30_000 });
  const totals = await preview!.evaluate((el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>);
  await page.locator(tid('import-commit')).click();
  await pollUntil(() => page.$eval(tid('import-status'), (el) => el.getAttribute('data-state')), (s) => s === 'done', 'the import to finish', 30_000);
  return totals;
}

test('export from Chromium, import into Firefox, and back: the two databases compare equal', async ({ firefox }) => {
  const dir = await mkdtemp(join(tmpdir(), 'carefill-sync-'));
  const chromium = await launchChromiumWithExtension();
  try {
    const cPage = await chromium.context.newPage();
    await cPage.goto(`chrome-extension://${chromium.extensionId}/options.html#sync`);
    const chromiumEval: Evaluate = (fn, arg) => cPage.evaluate(fn as never, arg as never) as never;
    const ids = await seedLedger(chromiumEval);

    // Chromium: export through the options page; the file is downloaded
    await cPage.getByTestId('export-passphrase').fill(E2E_PASSPHRASE);
    await cPage.getByTestId('export-passphrase-confirm').fill(E2E_PASSPHRASE);
    const [download] = await Promise.all([cPage.waitForEvent('download'), cPage.getByTestId('export-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^carefill-everything-\d{8}-\d{4}\.carefill$/);
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    expect(readFileSync(exported, 'utf8')).not.toContain(ids[0]!);

    // Firefox: import it through its options page
    const fPage = await firefox.openExtensionPage('options.html');
    const firefoxEval = viaPuppeteer(fPage);
    const totals = await importInFirefox(fPage, exported);
    // (records both browsers installed on their own, like the example standard, are no conflict)
    expect(totals).toMatchObject({ updated: '0', deleted: '0', conflicts: '0' });
    expect(Number(totals.added)).toBeGreaterThanOrEqual(11 + 2);
    // Firefox now holds every record of Chromium's exactly (and what it had of its own)
    expect(missingFrom(await dumpRecords(firefoxEval), await dumpRecords(chromiumEval))).toEqual([]);

    // and back: Firefox changes a cadre, Chromium imports Firefox's file
    await editCadre(firefoxEval, ids[1]!, { notes: '火狐里补充的备注' });
    const back = join(dir, 'from-firefox.carefill');
    writeFileSync(back, await exportText(firefoxEval, E2E_PASSPHRASE));
    await cPage.getByTestId('import-file').setInputFiles(back);
    await cPage.getByTestId('import-passphrase').fill(E2E_PASSPHRASE);
    // (what Firefox held of its own before, such as default templates it installed, comes as added)
    await expect(cPage.getByTestId('import-preview')).toHaveAttribute('data-updated', '1', { timeout: 30_000 });
    await expect(cPage.getByTestId('import-preview')).toHaveAttribute('data-conflicts', '0');
    await cPage.getByTestId('import-commit').click();
    await expect(cPage.getByTestId('import-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    expect(await notesOf(chromiumEval, ids[1]!)).toBe('火狐里补充的备注');
    // both ways done: the two databases are the same
    expect(await dumpRecords(chromiumEval)).toEqual(await dumpRecords(firefoxEval));
  } finally {
    await chromium.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a wrong passphrase is refused in Chinese and nothing changes', async ({ firefox }) => {
  const dir = await mkdtemp(join(tmpdir(), 'carefill-sync-'));
  try {
    const page = await firefox.openExtensionPage('options.html');
    const evaluate = viaPuppeteer(page);
    await seedLedger(evaluate);
    const file = join(dir, 'own.carefill');
    writeFileSync(file, await exportText(evaluate, E2E_PASSPHRASE));
    const before = await dumpRecords(evaluate);
    await page.locator(tid('nav-sync')).click();
    const input = await page.waitForSelector(tid('import-file'));
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    await setField(page, 'import-passphrase', '不是这个口令-2026');
    const error = await page.waitForSelector(`${tid('import-error')}[data-code="wrong-passphrase"]`, { timeout: 30_000 });
    expect(await error!.evaluate((el) => el.textContent)).toBe('口令不正确（或文件的加密参数被改动）。');
    expect(await page.$(tid('import-commit'))).toBeNull();
    expect(await dumpRecords(evaluate)).toEqual(before);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
