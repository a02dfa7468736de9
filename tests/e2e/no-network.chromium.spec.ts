import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request, Worker } from '@playwright/test';
import { buildManifest } from '../../manifest';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { scanBuild } from '../unit/security/bundle-scan';
import { expect, test, type Extension } from './fixtures/chromium';
import { CHROME_TEST_EXT } from './lib/paths';

/**
 * Nothing leaves the browser (SECURITY.md §2). Through the main flows — options import, ledger
 * search, popup fill on the demo OA, sync export — every request of every page (extension pages,
 * OA pages with CareFill's content scripts) and of the service worker is recorded; none may go
 * anywhere but the extension itself and the OA page's own origin. Probes show the CSP blocks a
 * request even if code tried. The built bundle holds no network call and its manifest is the one
 * manifest.ts generates.
 */

// Playwright reports a Chromium service worker's requests only with this switch (read at launch)
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

interface Seen {
  url: string;
  from: string;
  request: Request;
}

function record(extension: Extension, seen: Seen[]) {
  return (req: Request) => {
    const frame = (() => {
      try {
        return req.frame().url();
      } catch {
        return 'service worker';
      }
    })();
    seen.push({ url: req.url(), from: frame || extension.url(''), request: req });
  };
}

async function send<R>(page: Page, type: string, payload: unknown): Promise<R> {
  return page.evaluate(
    async ({ type, payload }) => {
      const g = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (await g.chrome.runtime.sendMessage({ type, payload })) as never;
    },
    { type, payload },
  );
}

/** Every URL the service worker fetched, as its own resource timing saw it. */
function workerResources(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
}

test('the main flows make no request beyond the extension and the OA page’s origin', async ({ context, extension, oa, extensionErrors }) => {
  const seen: Seen[] = [];
  context.on('request', record(extension, seen));
  const worker = context.serviceWorkers()[0]!;
  const allowed = (url: string) =>
    url.startsWith(extension.url('')) ||
    url.startsWith(`blob:${extension.url('').slice(0, -1)}`) ||
    url.startsWith('data:') ||
    url.startsWith(`${oa.url}/`) ||
    url === oa.url;

  // 1. options: import a ledger file, then search it
  const options = await extension.openOptions();
  const ledger = [FILL_CADRE, { name: '单测试', category: '离休', phones: ['13900139000'] }];
  const counts = await options.importLedger(ledger);
  expect(counts.toAdd).toBe(2);
  await expect.poll(async () => (await extension.stats()).cadres).toBe(2);
  await options.openLedger();
  await options.byTestId('ledger-search').fill('欧阳');
  await expect(options.page.getByTestId('cadre-row')).toHaveCount(1);

  // 2. a template, then the popup fills the demo OA's condolence form
  const tpl = await send<{ ok: boolean; record: { id: string } }>(options.page, 'template.save', { input: FILL_TEMPLATE });
  expect(tpl.ok).toBe(true);
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
  const popup = await extension.openPopup(`${oa.url}/forms/condolence`);
  await (await popup.findCadre('欧阳测试')).click();
  await popup.page.getByTestId('template-select').selectOption(tpl.record.id);
  await popup.page.getByTestId('fill-button').click();
  await expect(popup.page.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });
  await expect(popup.page.locator('[data-testid="fill-row"][data-status="verified"]').first()).toBeVisible();

  // 3. sync export: an encrypted file, downloaded
  await options.byTestId('nav-sync').click();
  await options.byTestId('export-passphrase').fill('e2e-无网络-口令');
  await options.byTestId('export-passphrase-confirm').fill('e2e-无网络-口令');
  const [download] = await Promise.all([options.page.waitForEvent('download'), options.byTestId('export-button').click()]);
  expect(download.suggestedFilename()).toMatch(/\S/);

  // 4. probes: the extension CSP (connect-src 'self') blocks requests even if code made them
  const pageProbe = await options.page.evaluate(async (target) => {
    try {
      await fetch(target, { mode: 'no-cors' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, `${oa.url}/api/submissions`);
  expect(pageProbe).toBe('blocked');
  const workerProbe = await worker.evaluate(async (target) => {
    try {
      await fetch(target, { mode: 'no-cors' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, `${oa.url}/api/submissions`);
  expect(workerProbe).toBe('blocked');
  // an image is a request too (default-src 'self' covers img-src)
  const imageProbe = await options.page.evaluate(
    (target) =>
      new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('sent');
        img.onerror = () => resolve('blocked');
        img.src = target;
      }),
    `${oa.altUrl}/leak.png`,
  );
  expect(imageProbe).toBe('blocked');
  // the probes' refusals are the only console errors expected: the browser reports them
  const probeErrors = extensionErrors.filter((e) => (e.text.includes(`${oa.url}/api/submissions`) || e.text.includes(`${oa.altUrl}/leak.png`)) && /Content Security Policy/.test(e.text));
  expect(probeErrors.length).toBeGreaterThan(0);
  for (const e of probeErrors) extensionErrors.splice(extensionErrors.indexOf(e), 1);

  // the image probe's attempt is seen, and failed (the CSP stopped it before the network)
  const probeImage = seen.filter((s) => s.url === `${oa.altUrl}/leak.png`);
  expect(probeImage).toHaveLength(1);
  expect(probeImage[0]!.request.failure()?.errorText).toBe('csp');
  const outside = seen.filter((s) => !allowed(s.url) && s !== probeImage[0]).map(({ url, from }) => ({ url, from }));
  expect(outside, 'requests to anywhere but the extension and the OA').toEqual([]);
  // the recording works: it saw the extension's own pages and the OA page
  expect(seen.some((s) => s.url.startsWith(extension.url('options.html')))).toBe(true);
  expect(seen.some((s) => s.url.startsWith(`${oa.url}/forms/condolence`))).toBe(true);
  const fromWorker = (await workerResources(worker)).filter((u) => !allowed(u));
  expect(fromWorker, 'requests the service worker made').toEqual([]);
});

test('the built bundle holds no network call, and its manifest is the one manifest.ts generates', async () => {
  expect(scanBuild(CHROME_TEST_EXT)).toEqual([]);
  const built = JSON.parse(readFileSync(join(CHROME_TEST_EXT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const generated = buildManifest({ browser: 'chrome', manifestVersion: 3, mode: 'test' }) as Record<string, unknown>;
  for (const key of ['permissions', 'host_permissions', 'optional_host_permissions', 'optional_permissions', 'content_security_policy', 'web_accessible_resources', 'content_scripts', 'externally_connectable'])
    expect(built[key], key).toEqual(generated[key]);
});
