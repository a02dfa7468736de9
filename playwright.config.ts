import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built test extension (`npm run build:test` first).
 * Chromium: Playwright drives Debian's /usr/bin/chromium with the extension loaded.
 * Firefox: the runner is Playwright's, the browser is firefox-esr driven by puppeteer-core
 * (see tests/e2e/fixtures/firefox.ts), so the firefox project needs no Playwright browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // 2-core machines: browsers with extensions in parallel only make each other slow.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // parallel runs in one tree (WXT_OUT_DIR=.output-x) keep their traces apart
  outputDir: process.env.WXT_OUT_DIR ? `test-results/${process.env.WXT_OUT_DIR.replace(/\W/g, '')}` : 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium', testMatch: /.*\.chromium\.spec\.ts$/ },
    { name: 'firefox', testMatch: /.*\.firefox\.spec\.ts$/ },
  ],
});
