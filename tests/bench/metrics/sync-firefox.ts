/**
 * The first full load of sync-chromium.ts in Firefox: Debian's firefox-esr with the production
 * build installed as a temporary add-on, through its background as the options page calls it
 * (the file to the preview, then the preview's token to the commit).
 * - `sync.import.20k_firefox_ms`: 20,000 cadres and 100,000 visit records from another browser,
 *   encrypted, into an empty Firefox;
 * - `sync.import.2k_firefox_ms` (information, no budget): an office-sized first load, 2,000
 *   cadres and their visit records, into another empty Firefox.
 * Each import runs in a browser of its own. The files are made in Node before the clock starts
 * (sync-lib/files.ts).
 */
import type { Page } from 'puppeteer-core';
import type { BenchContext, MetricSet } from '../types';
import { BUDGET_MS, PASSPHRASE, syncBenchFiles } from './sync-lib/files';

interface ImportTimes {
  previewMs: number;
  commitMs: number;
  ok: boolean;
  detail: string;
}

/** Preview then commit, timed in the options page. */
function importFile(page: Page, fileText: string): Promise<ImportTimes> {
  return page.evaluate(
    async (text: string, passphrase: string): Promise<ImportTimes> => {
      // no function is defined in here: tsx would wrap it in a helper the page does not have
      const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } } }).browser.runtime;
      const t0 = performance.now();
      const preview = await runtime.sendMessage({ type: 'sync.preview', payload: { fileText: text, passphrase } });
      const t1 = performance.now();
      const applied = await runtime.sendMessage({ type: 'sync.apply', payload: { token: preview.token, resolutions: { all: 'newer' } } });
      const t2 = performance.now();
      return { previewMs: t1 - t0, commitMs: t2 - t1, ok: preview.ok === true && applied.ok === true, detail: JSON.stringify(applied).slice(0, 300) };
    },
    fileText,
    PASSPHRASE,
  );
}

export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const { launchFirefoxWithExtension } = await import('../../e2e/lib/launch-firefox');
  const { first, office } = await syncBenchFiles();
  const extensionPath = await ctx.firefoxBuild();
  /** one import into a fresh Firefox profile */
  const freshImport = async (text: string): Promise<ImportTimes> => {
    const firefox = await launchFirefoxWithExtension({ extensionPath });
    try {
      const r = await importFile(await firefox.openExtensionPage('options.html'), text);
      if (!r.ok) throw new Error(`Firefox import failed: ${r.detail}`);
      return r;
    } finally {
      await firefox.browser.close();
    }
  };
  const small = await freshImport(office);
  const fresh = await freshImport(first);
  const ms = (n: number) => Math.round(n);
  console.log(`sync (Firefox): fresh preview=${ms(fresh.previewMs)} commit=${ms(fresh.commitMs)}; office-sized first load=${ms(small.previewMs + small.commitMs)}`);
  return {
    'sync.import.20k_firefox_ms': { value: ms(fresh.previewMs + fresh.commitMs), unit: 'ms', budget: BUDGET_MS },
    'sync.import.2k_firefox_ms': { value: ms(small.previewMs + small.commitMs), unit: 'ms' },
  };
}
