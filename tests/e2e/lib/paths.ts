import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the runner. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where builds go: wxt.config.ts honours the same WXT_OUT_DIR, so parallel runs can keep apart. */
const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
/** `wxt build --mode test`: demo OA origins pre-granted (overridable to test another build). */
export const CHROME_TEST_EXT = process.env.CAREFILL_CHROME_EXT ?? join(OUT_DIR, 'chrome-mv3-test');
export const FIREFOX_TEST_EXT = process.env.CAREFILL_FIREFOX_EXT ?? join(OUT_DIR, 'firefox-mv2-test');
/** The production build that offices install. */
export const CHROME_PROD_EXT = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_PROD_EXT = join(OUT_DIR, 'firefox-mv2');

/** The gecko id of wxt.config.ts; Firefox tests pin its moz-extension UUID to it. */
export const GECKO_ID = 'carefill@carefill.local';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/**
 * Throws a message that says what is wrong when a build is missing or cannot load: browsers
 * refuse an extension whose default locale has no messages.json, and say so only in their logs.
 */
export function assertBuilt(dir: string): void {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No extension build at ${dir}: run \`npm run build:test\` first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { default_locale?: string };
  const locale = manifest.default_locale;
  if (locale && !existsSync(join(dir, '_locales', locale, 'messages.json')))
    throw new Error(`${dir} has no _locales/${locale}/messages.json (is public/_locales/${locale}/messages.json missing?): browsers refuse to load it.`);
}
