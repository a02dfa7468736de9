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
 * The files are made in Node before the clock starts.
 */
import type { Page } from '@playwright/test';
import type { BenchContext, MetricSet } from '../types';

const CADRES = 20_000;
const VISITS = 100_000;
const BUDGET_MS = 5_000;
const PASSPHRASE = 'bench-同步口令-2026';
/** cadres of an office-sized ledger */
const OFFICE = 2_000;

interface ImportTimes {
  previewMs: number;
  commitMs: number;
  ok: boolean;
  detail: string;
}

export async function measure(ctx: BenchContext): Promise<MetricSet> {
  const { launchChromiumWithExtension } = await import('../../e2e/lib/launch-chromium');
  const { generateLedger } = await import('../../../core/synth');
  const { cadre, visitRecord } = await import('../../../core/model');
  const { searchKeys } = await import('../../../core/ledger/search-keys');
  const { encodeSyncFile } = await import('../../../core/sync');

  const T0 = Date.UTC(2026, 10, 22, 2);
  const T1 = T0 + 7 * 86_400_000;
  const ledger = generateLedger({ count: CADRES, seed: 20261129, today: '2026-11-22' });
  const cadres = ledger.cadres.map((c) => cadre.parse({ ...c, createdAt: T0, updatedAt: T0, ...searchKeys(c.name) }));
  const officeIds = new Set(ledger.cadres.slice(0, OFFICE).map((c) => c.id));
  const visits = ledger.visits.slice(0, VISITS).map((v, i) => visitRecord.parse({ ...v, id: `benchvisit${String(i).padStart(7, '0')}`, createdAt: T0, updatedAt: T0 }));
  const fileOf = (records: { cadres: object[]; visits: object[] }, exportedAt: number) =>
    encodeSyncFile(
      {
        appVersion: '0.1.0',
        deviceId: 'benchcolleague01',
        exportedAt,
        scope: 'ledger',
        seen: [],
        records: { followUps: [], templates: [], standards: [], siteMaps: [], ...records } as never,
      },
      { encrypt: true, passphrase: PASSPHRASE },
    );
  const first = await fileOf({ cadres, visits }, T0 + 3600_000);
  const office = await fileOf({ cadres: cadres.slice(0, OFFICE), visits: visits.filter((v) => officeIds.has(v.cadreId)) }, T0 + 3600_000);
  const weekly = await fileOf(
    {
      cadres: cadres.map((c, i) => (i % 50 === 0 ? { ...c, notes: '同事本周走访', updatedAt: T1 } : c)),
      visits: visits.map((v, i) => (i % 100 === 0 ? { ...v, note: '已报销', updatedAt: T1 } : v)),
    },
    T1 + 3600_000,
  );

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
