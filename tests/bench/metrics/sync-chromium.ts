/**
 * The same 20,000 cadres and 100,000 visit records, encrypted, in a real browser: Debian's
 * Chromium with the production build, through the background as the options page calls it (the
 * file's text travels by runtime messaging to the preview and back from the export; the commit
 * sends the preview's token only). The Node figures (sync-20k.ts) run over
 * fake-indexeddb, which keeps everything in the JavaScript heap; these are the browser's own,
 * with its IndexedDB on disk.
 * - `sync.import.20k_chromium_ms`: a file from another browser into an empty one — decrypt,
 *   validate all 120,000 records, preview, then commit (write everything). The writes dominate,
 *   mostly by their number (one IndexedDB request per record), then by their index entries
 *   (docs/sync-format.md, Speed);
 * - `sync.import.20k_weekly_chromium_ms`: a week later, the colleague's file with 2% of the
 *   cadres and 1% of the visits changed, into the browser that holds last week's copy;
 * - `sync.export.20k_chromium_ms`: exporting everything, encrypted, back to the page;
 * - `sync.import.2k_chromium_ms` (information, no budget): an office-sized first load, 2,000
 *   cadres and 10,000 visit records into another empty browser.
 * The files are made in Node before the clock starts (sync-lib/files.ts).
 */
import type { Page } from '@playwright/test';
import type { BenchContext, MetricSet } from '../types';
import { BUDGET_MS, PASSPHRASE, syncBenchFiles } from './sync-lib/files';

interface ImportTimes {
  previewMs: number;
  commitMs: number;
  ok: boolean;
  detail: string;
}

export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const { launchChromiumWithExtension } = await import('../../e2e/lib/launch-chromium');
  const { first, office, weekly } = await syncBenchFiles();

  const extensionPath = await ctx.productionBuild();
  const importFile = (page: Page, text: string) =>
    page.evaluate(async ({ fileText, passphrase }): Promise<ImportTimes> => {
      // no function is defined in here: tsx would wrap it in a helper the page does not have
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } }).chrome.runtime;
      const t0 = performance.now();
      const preview = await runtime.sendMessage({ type: 'sync.preview', payload: { fileText, passphrase } });
      const t1 = performance.now();
      const applied = await runtime.sendMessage({ type: 'sync.apply', payload: { token: preview.token, resolutions: { all: 'newer' } } });
      const t2 = performance.now();
      return { previewMs: t1 - t0, commitMs: t2 - t1, ok: preview.ok === true && applied.ok === true, detail: JSON.stringify(applied).slice(0, 300) };
    }, { fileText: text, passphrase: PASSPHRASE });

  // the office-sized first load, in a browser of its own (its database empty)
  const officeBrowser = await launchChromiumWithExtension({ extensionPath });
  let officeMs: number;
  try {
    const page = await officeBrowser.context.newPage();
    await page.goto(`chrome-extension://${officeBrowser.extensionId}/options.html`);
    const r = await importFile(page, office);
    if (!r.ok) throw new Error(`office import failed: ${r.detail}`);
    officeMs = r.previewMs + r.commitMs;
  } finally {
    await officeBrowser.close();
  }

  const browser = await launchChromiumWithExtension({ extensionPath });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const fresh = await importFile(page, first);
    if (!fresh.ok) throw new Error(`fresh import failed: ${fresh.detail}`);
    const week = await importFile(page, weekly);
    if (!week.ok) throw new Error(`weekly import failed: ${week.detail}`);
    const exportMs = await page.evaluate(async (passphrase) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } }).chrome.runtime;
      const t0 = performance.now();
      const res = await runtime.sendMessage({ type: 'sync.export', payload: { scope: { kind: 'everything' }, encrypt: true, passphrase } });
      if (res.ok !== true || typeof res.text !== 'string') throw new Error('export failed');
      return performance.now() - t0;
    }, PASSPHRASE);
    const ms = (n: number) => Math.round(n);
    console.log(
      `sync (Chromium): fresh preview=${ms(fresh.previewMs)} commit=${ms(fresh.commitMs)}; weekly preview=${ms(week.previewMs)} commit=${ms(week.commitMs)}; export=${ms(exportMs)}; office-sized first load=${ms(officeMs)}`,
    );
    return {
      'sync.import.20k_chromium_ms': { value: ms(fresh.previewMs + fresh.commitMs), unit: 'ms', budget: BUDGET_MS },
      'sync.import.20k_weekly_chromium_ms': { value: ms(week.previewMs + week.commitMs), unit: 'ms', budget: BUDGET_MS },
      'sync.export.20k_chromium_ms': { value: ms(exportMs), unit: 'ms', budget: BUDGET_MS },
      'sync.import.2k_chromium_ms': { value: ms(officeMs), unit: 'ms' },
    };
  } finally {
    await browser.close();
  }
}
