import type { CDPSession, Frame, Locator, Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures/chromium';

/**
 * The in-page panel never covers the field being edited (issue 5), also when the field is in a
 * frame of another origin, and the keyboard shortcut opens it.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Opens the in-page panel of the tab through the background, as the launcher does. */
async function openPanel(extension: Extension, page: Page, tabUrl: string): Promise<Locator> {
  const opened = await extension.openPanel(tabUrl);
  expect(opened, 'the background opened the panel').toBe(true);
  await page.bringToFront();
  const panel = page.locator('carefill-panel');
  await expect(panel.locator('[data-testid="cadre-search"]')).toBeVisible();
  return panel;
}

/** A visible control of `frame` that the panel's box covers, in the top viewport. */
async function fieldUnder(frame: Frame, panelBox: Box): Promise<{ field: Locator; box: Box }> {
  const fields = frame.locator('input:not([type="hidden"]), select, textarea');
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    const box = await field.boundingBox(); // in the top frame's viewport, across origins
    if (box && box.width > 0 && (await field.isVisible()) && overlaps(box, panelBox)) return { field, box };
  }
  throw new Error('no field of the form lies under the panel');
}

/** Focuses the field again until the panel has reacted (the frames start watching just after it opens). */
async function focusUntil(field: Locator, host: Locator, side: string): Promise<void> {
  await expect
    .poll(async () => {
      await field.evaluate((el: HTMLElement) => {
        el.blur();
        el.focus();
      });
      return host.getAttribute('data-side');
    }, { timeout: 10_000 })
    .toBe(side);
}

test('the panel moves off a field focused in a cross-origin form frame', async ({ extension, context, oa }) => {
  expect(await extension.contentScriptRegistered()).toBe(true);
  const page = await context.newPage();
  const portalUrl = `${oa.url}/?cross=1`;
  await page.goto(portalUrl, { waitUntil: 'load' });
  await expect.poll(() => page.frames().some((f) => f.url() === `${oa.altUrl}/forms/condolence`)).toBe(true);
  const form = page.frames().find((f) => f.url() === `${oa.altUrl}/forms/condolence`)!;
  await expect(form.locator('#btnSubmit')).toBeVisible();

  const host = await openPanel(extension, page, portalUrl);
  const box = host.locator('div.panel');
  await expect(host).toHaveAttribute('data-side', 'right');
  const before = (await box.boundingBox())!;
  const { field, box: fieldBox } = await fieldUnder(form, before);
  // what the portal's own scripts can see of it: messages posted to the portal's window
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });

  await focusUntil(field, host, 'left');
  const after = (await box.boundingBox())!;
  expect(overlaps(after, fieldBox), `the panel ${JSON.stringify(after)} does not cover the field ${JSON.stringify(fieldBox)}`).toBe(false);
  // the frames never talk through the page: its scripts saw no message at all
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

  await host.locator('[data-testid="panel-close"]').click();
  await expect(host).toHaveCount(0);
});

test('two cross-origin frames deep, with borders and padding, the panel still moves off the field', async ({ extension, context, oa }) => {
  expect(await extension.contentScriptRegistered()).toBe(true);
  const page = await context.newPage();
  // a page of the first origin holding the portal of the second, which holds the form of the first
  const topUrl = `${oa.url}/seeyon/head`;
  await page.goto(topUrl, { waitUntil: 'load' });
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.setAttribute('style', 'position:absolute;left:180px;top:30px;width:1060px;height:640px;border:7px solid #999;padding:5px 3px');
    document.body.replaceChildren(frame);
    document.body.style.margin = '0';
  }, `${oa.altUrl}/?cross=1`);
  const formUrl = `${oa.url}/forms/condolence`;
  await expect.poll(() => page.frames().some((f) => f.url() === formUrl && f.parentFrame()?.parentFrame() === page.mainFrame())).toBe(true);
  const form = page.frames().find((f) => f.url() === formUrl)!;
  await expect(form.locator('#btnSubmit')).toBeVisible();

  const host = await openPanel(extension, page, topUrl);
  const box = host.locator('div.panel');
  await expect(host).toHaveAttribute('data-side', 'right');
  const { field, box: fieldBox } = await fieldUnder(form, (await box.boundingBox())!);
  await focusUntil(field, host, 'left');
  expect(overlaps((await box.boundingBox())!, fieldBox)).toBe(false);
});

/** Presses a key chord the way a keyboard does, so the browser (not only the page) sees it. */
async function pressRaw(cdp: CDPSession, key: string, code: string, keyCode: number, modifiers: number): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers, key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
}

test('Alt+Shift+F (the open-fill-panel command) opens the panel on an OA page', async ({ extension, context, oa }) => {
  expect(await extension.contentScriptRegistered()).toBe(true);
  const probe = await extension.open('popup.html');
  const commands = await probe.evaluate(async () => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll());
  await probe.close();
  expect(commands.find((c) => c.name === 'open-fill-panel')?.shortcut).toBe('Alt+Shift+F');

  const page = await context.newPage();
  await page.goto(`${oa.url}/forms/condolence`, { waitUntil: 'load' });
  await page.bringToFront();
  await expect(page.locator('carefill-panel')).toHaveCount(0);
  // CDP's rawKeyDown goes through the browser's keyboard handling, where commands live
  // (Playwright's keyboard.press sends keyDown events only the page sees)
  const cdp = await context.newCDPSession(page);
  const ALT = 1;
  const SHIFT = 8;
  await pressRaw(cdp, 'F', 'KeyF', 70, ALT | SHIFT);
  await expect(page.locator('carefill-panel [data-testid="cadre-search"]')).toBeVisible({ timeout: 10_000 });
});
