import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { assertBuilt, CHROMIUM_BIN, CHROME_TEST_EXT } from './paths';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and removes its throw-away profile. */
  close(): Promise<void>;
}

/** Debian's Chromium has only en-US unless chromium-l10n is installed; say so instead of failing later. */
function assertChineseLocale(): void {
  const locales = '/usr/lib/chromium/locales';
  if (CHROMIUM_BIN === '/usr/bin/chromium' && existsSync(locales) && !existsSync(join(locales, 'zh-CN.pak')))
    throw new Error(`Chromium has no zh-CN locale (${locales}): apt-get install chromium-l10n`);
}

/**
 * Launches Debian's Chromium with the unpacked extension in a fresh profile (new headless mode
 * runs extensions; Playwright's default `--disable-extensions` is overridden by the two flags).
 */
export async function launchChromiumWithExtension(opts: {
  extensionPath?: string;
  headless?: boolean;
  /** an empty directory for the profile; a fresh temp dir by default (removed on close) */
  userDataDir?: string;
} = {}): Promise<ChromiumWithExtension> {
  const ext = opts.extensionPath ?? CHROME_TEST_EXT;
  assertBuilt(ext);
  assertChineseLocale();
  const profile = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'carefill-chromium-')));
  const context = await chromium.launchPersistentContext(profile, {
    // HEADFUL=1 shows the browser (needs a display, or `xvfb-run -a`)
    headless: opts.headless ?? !process.env.HEADFUL,
    executablePath: CHROMIUM_BIN,
    // A Chinese browser, as in the office: the extension's UI follows the browser's language.
    // On Linux Chromium takes it from LANGUAGE (Debian: the chromium-l10n package has zh-CN).
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    // and the page locale: the Playwright runner would otherwise impose en-US on every context
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      async close() {
        try {
          await context.close();
        } finally {
          // also when the browser is already gone (Ctrl-C reaches it first)
          await rm(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start (${ext}): ${String(e)}`, { cause: e });
  }
}
