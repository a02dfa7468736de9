/**
 * Endurance (SECURITY.md §6): 200 fills and undos in a row on the demo OA's 慰问审批单, in one
 * page, through the background as the popup asks for them (test build, Debian's Chromium).
 * - `endurance.heap_growth_bytes`: how much the JS heap of the OA page (content scripts included)
 *   plus the service worker's grew from after the first 10 rounds to after the last, each read
 *   after a forced garbage collection (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`).
 *   Budget: 5 MB — a leak of one form's state per fill (~25 fields with snapshots) would pass it
 *   within 200 rounds.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { BenchContext, MetricSet } from '../types';

const ROUNDS = 200;
const WARMUP = 10;
const BUDGET_BYTES = 5 * 1024 * 1024;

interface Heap {
  page: number;
  worker: number;
}

/** The used JS heap of a page target after a forced GC. */
async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The service worker's used JS heap after a forced GC, through the browser's target API from a
 * page session (Playwright opens CDP sessions on pages only).
 */
async function workerHeap(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw) return Number.NaN;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let nextId = 1;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (e: { sessionId?: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
        if (e.sessionId !== sessionId || msg.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (msg.error) reject(new Error(JSON.stringify(msg.error)));
        else resolve(msg.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  try {
    await call('HeapProfiler.collectGarbage');
    return Number((await call('Runtime.getHeapUsage')).usedSize);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

async function send<R>(page: Page, type: string, payload: unknown): Promise<R> {
  return page.evaluate(
    async ({ type, payload }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      return (await runtime.sendMessage({ type, payload })) as never;
    },
    { type, payload },
  );
}

export async function measure(_ctx: BenchContext): Promise<MetricSet> {
  const { launchChromiumWithExtension } = await import('../../e2e/lib/launch-chromium');
  const { startOaServer } = await import('../../fixtures/oa/server');
  const { FILL_CADRE, FILL_TEMPLATE } = await import('../../fixtures/oa/fill-data');
  const oa = await startOaServer({ port: 0 });
  const browser = await launchChromiumWithExtension();
  try {
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const cadre = await send<{ ok: boolean; id: string }>(ext, 'cadre.save', { input: FILL_CADRE });
    const tpl = await send<{ ok: boolean; record: { id: string } }>(ext, 'template.save', { input: FILL_TEMPLATE });
    if (!cadre.ok || !tpl.ok) throw new Error('endurance: seeding failed');
    const oaPage = await browser.context.newPage();
    await oaPage.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
    const tabId = await ext.evaluate(async (prefix) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? -1;
    }, oa.url);
    const pageCdp = await browser.context.newCDPSession(oaPage);
    const extCdp = await browser.context.newCDPSession(ext);

    const heap = async (): Promise<Heap> => ({ page: await pageHeap(pageCdp), worker: await workerHeap(extCdp, browser.extensionId) });
    let first: Heap | undefined;
    let failures = 0;
    const t0 = performance.now();
    for (let i = 0; i < ROUNDS; i++) {
      const report = await send<{ ok: boolean }>(ext, 'fill.start', { tabId, cadreId: cadre.id, templateId: tpl.record.id, overwrite: true });
      if (!report.ok) failures++;
      await send(ext, 'fill.undo', { tabId });
      if (i + 1 === WARMUP) first = await heap();
    }
    const ms = performance.now() - t0;
    const last = await heap();
    if (failures) throw new Error(`endurance: ${failures} of ${ROUNDS} fills failed`);
    const growth = Math.max(0, last.page - first!.page) + Math.max(0, (Number.isNaN(last.worker) ? 0 : last.worker) - (Number.isNaN(first!.worker) ? 0 : first!.worker));
    const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
    console.log(
      `endurance: ${ROUNDS} fills+undos in ${Math.round(ms)} ms; page heap ${mb(first!.page)} → ${mb(last.page)} MB; worker heap ${mb(first!.worker)} → ${mb(last.worker)} MB`,
    );
    return { 'endurance.heap_growth_bytes': { value: Math.round(growth), unit: 'bytes', budget: BUDGET_BYTES } };
  } finally {
    await browser.close();
    await oa.close();
  }
}
