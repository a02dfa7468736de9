import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, FIREFOX_BIN, FIREFOX_TEST_EXT, GECKO_ID } from './paths';

/** Pinned so that tests know the moz-extension:// origin before installing. */
export const FIREFOX_EXTENSION_UUID = '6d1b2a9e-3c4f-4e5a-8b7c-9d0e1f2a3b4c';

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /**
   * Console errors, uncaught exceptions and unhandled rejections of the extension pages opened
   * with `openExtensionPage` that are still open, from the moment each finished loading.
   */
  collectErrors(): Promise<{ url: string; text: string }[]>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the test build installed
 * as a temporary add-on. `--remote-allow-system-access` lets the driver open moz-extension:// pages.
 */
export async function launchFirefoxWithExtension(opts: { extensionPath?: string; headless?: boolean } = {}): Promise<FirefoxWithExtension> {
  const ext = opts.extensionPath ?? FIREFOX_TEST_EXT;
  assertBuilt(ext);
  assertChineseLanguagePack();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: opts.headless ?? !process.env.HEADFUL,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // a Chinese Firefox, as in the office: the extension's UI follows the browser's language
      'intl.locale.requested': 'zh-CN',
    },
  });
  let installedId = '';
  // a second try: on a loaded machine firefox-esr has once failed an install with "too much
  // recursion" inside its add-on manager, and the same build installed on the next attempt
  for (let attempt = 1; !installedId; attempt++) {
    try {
      installedId = await browser.installExtension(ext);
    } catch (e) {
      if (attempt < 2) continue;
      await browser.close();
      throw new Error(`Firefox refused the extension at ${ext}: ${String(e)}`, { cause: e });
    }
  }
  if (installedId !== GECKO_ID) {
    await browser.close();
    throw new Error(`Firefox installed ${installedId}, expected ${GECKO_ID} (the pinned UUID belongs to it)`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  const extensionPages: Page[] = [];

  return {
    browser,
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const target = origin + path;
      // goto() to moz-extension:// may never resolve under BiDi: start it and poll the location.
      void page.goto(target).catch(() => undefined);
      await waitForLocation(page, target);
      await page.evaluate(recordPageErrors);
      extensionPages.push(page);
      return page;
    },
    async collectErrors() {
      const all: { url: string; text: string }[] = [];
      for (const page of extensionPages.filter((p) => !p.isClosed())) {
        const texts = await page.evaluate(() => (globalThis as unknown as { __carefillTestErrors?: string[] }).__carefillTestErrors ?? []);
        all.push(...texts.map((text) => ({ url: page.url(), text })));
      }
      return all;
    },
    close: () => browser.close(),
  };
}

/**
 * Evaluated in an extension page once it has loaded. WebDriver BiDi reports no console events
 * and runs no preload scripts in moz-extension:// pages, so the page records its own errors.
 */
function recordPageErrors(): void {
  const g = globalThis as unknown as { __carefillTestErrors?: string[] };
  const errors: string[] = (g.__carefillTestErrors = []);
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
}

/**
 * Firefox shows (and reports to extensions) a language only when its language pack is installed:
 * Debian's `firefox-esr-l10n-zh-cn` puts it next to the browser.
 */
function assertChineseLanguagePack(): void {
  const dir = join(dirname(realpathSync(FIREFOX_BIN)), 'browser', 'extensions');
  const found = existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('langpack-zh-CN@'));
  if (!found) throw new Error(`No Chinese language pack in ${dir}: apt-get install firefox-esr-l10n-zh-cn`);
}

/** Polls until the page shows `url` and has finished loading. */
async function waitForLocation(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(() => `${location.href} ${document.readyState}`);
      if (last === `${url} complete`) return;
    } catch {
      // the document is being replaced; ask again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load in Firefox (last seen: ${last || 'nothing'})`);
}
