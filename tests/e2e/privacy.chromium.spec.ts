import type { ConsoleMessage, Page } from '@playwright/test';
import { FILL_CADRE, FILL_TEMPLATE } from '../fixtures/oa/fill-data';
import { expect, test } from './fixtures/chromium';

/**
 * Privacy (SECURITY.md §5), end to end in Chromium:
 * - the console of every context (options, popup, OA pages with CareFill's scripts, the service
 *   worker) holds no ID number and no mobile number through a session: save, search, reveal,
 *   fill, a refused import;
 * - "清除全部数据" leaves nothing personal: a raw dump of every IndexedDB database of the extension
 *   (all object stores, opened without Dexie) and of storage.local / session / sync is empty, but
 *   for what is documented as non-personal (SECURITY.md §5).
 */

/** 18 digits whose last is a valid GB 11643 check character, or an 11-digit mobile. */
function personalNumbers(text: string): string[] {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const C = '10X98765432';
  const ids = [...text.matchAll(/(?<!\d)(\d{17}[\dXx])(?!\d)/g)].map((m) => m[1]!).filter((id) => C[W.reduce((s, w, i) => s + w * Number(id[i]), 0) % 11] === id[17]!.toUpperCase());
  const mobiles = [...text.matchAll(/(?<!\d)(1[3-9]\d{9})(?!\d)/g)].map((m) => m[1]!);
  return [...ids, ...mobiles];
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

/** Everything the extension stores, read raw in an extension page. */
function rawDump(page: Page): Promise<{ idb: Record<string, Record<string, unknown[]>>; local: unknown; session: unknown; sync: unknown; localStorage: Record<string, string> }> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', { get(k: null): Promise<unknown> }> } };
    const idb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of [...db.objectStoreNames])
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      idb[info.name!] = stores;
      db.close();
    }
    const ls: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) ls[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!)!;
    return { idb, local: await g.chrome.storage.local.get(null), session: await g.chrome.storage.session.get(null), sync: await g.chrome.storage.sync.get(null), localStorage: ls };
  });
}

test('no ID or mobile number reaches any console, and wipe-all leaves nothing personal', async ({ context, extension, oa }) => {
  const consoleText: string[] = [];
  const listen = (msg: ConsoleMessage) => consoleText.push(`${msg.type()} ${msg.text()} ${JSON.stringify(msg.location())}`);
  context.on('console', listen);
  context.on('weberror', (e) => consoleText.push(String(e.error())));
  const worker = context.serviceWorkers()[0]!;

  const options = await extension.openOptions();
  const cadre = await send<{ ok: boolean; id: string }>(options.page, 'cadre.save', { input: FILL_CADRE });
  expect(cadre.ok).toBe(true);
  const tpl = await send<{ ok: boolean; record: { id: string } }>(options.page, 'template.save', { input: FILL_TEMPLATE });
  await send(options.page, 'followUp.save', { input: { cadreId: cadre.id, date: '2026-11-01', method: '电话联系', found: `家属电话 ${FILL_CADRE.phones[0]}` } });
  await send(options.page, 'cadre.revealId', { id: cadre.id });
  // a refused import and a bad save: refusal paths log too
  await options.previewImport([{ name: '', idNumber: FILL_CADRE.idNumber, phones: ['13912345678'] }, { name: '重复', category: '退休', idNumber: FILL_CADRE.idNumber }]);
  await send(options.page, 'cadre.save', { input: { name: '坏数据', category: '退休', idNumber: `${FILL_CADRE.idNumber.slice(0, 17)}0` } });
  await options.openLedger();
  await options.byTestId('ledger-search').fill(FILL_CADRE.idNumber.slice(-6));
  await expect(options.page.getByTestId('cadre-row')).toHaveCount(1);

  // fill the demo OA through the popup
  const oaPage = await context.newPage();
  await oaPage.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
  const popup = await extension.openPopup(`${oa.url}/forms/condolence`);
  await (await popup.findCadre(FILL_CADRE.name)).click();
  await popup.page.getByTestId('template-select').selectOption(tpl.record.id);
  await popup.page.getByTestId('fill-button').click();
  await expect(popup.page.getByTestId('fill-report')).toBeVisible({ timeout: 20_000 });

  // the OA page's own scripts may log what they like; CareFill's contexts may not log numbers
  const ours = consoleText.filter((t) => !t.includes(`"url":"${oa.url}`));
  expect(ours.flatMap(personalNumbers), 'ID or mobile numbers in console output').toEqual([]);
  // the capture hears the service worker and the extension pages (control)
  await worker.evaluate(() => console.warn('carefill-probe-worker'));
  await options.page.evaluate(() => console.warn('carefill-probe-page'));
  await expect.poll(() => consoleText.some((t) => t.includes('carefill-probe-worker'))).toBe(true);
  await expect.poll(() => consoleText.some((t) => t.includes('carefill-probe-page'))).toBe(true);

  // wipe through the settings page
  const before = await rawDump(options.page);
  expect(JSON.stringify(before.idb)).toContain(FILL_CADRE.idNumber);
  await options.byTestId('nav-settings').click();
  await options.byTestId('wipe-all').click();
  await options.byTestId('wipe-confirm').click();
  await expect(options.byTestId('wipe-status')).toHaveAttribute('data-state', 'done');
  await popup.page.close();

  const after = await rawDump(options.page);
  const all = JSON.stringify(after);
  for (const secret of [FILL_CADRE.idNumber, FILL_CADRE.name, FILL_CADRE.phones[0], FILL_CADRE.address, '13912345678', '家属电话'])
    expect(all, `after wipe-all: ${secret}`).not.toContain(secret);
  expect(personalNumbers(all)).toEqual([]);
  // every record store is empty; what may remain is listed and justified in SECURITY.md §5
  for (const [dbName, stores] of Object.entries(after.idb))
    for (const [store, rows] of Object.entries(stores)) expect(rows, `${dbName}.${store}`).toEqual([]);
  expect(after.local).toEqual({});
  expect(after.session).toEqual({});
  expect(after.sync).toEqual({});
  // the ledger's column layout (which columns are shown): no record data
  for (const key of Object.keys(after.localStorage)) expect(key).toMatch(/^carefill\.(ledger\.)?columns/);
});
