/**
 * `npm run demo`: the main job of CareFill, end to end, on synthetic data.
 *
 * Builds the test extension when needed, starts the demo OA server, generates 500 synthetic
 * cadres, launches Chromium with the extension (headful when DISPLAY is set, else headless),
 * imports the ledger through the options page, searches a cadre by pinyin initials in the popup,
 * opens the OA portal, shows that CareFill is active in the form's iframe, fills the 慰问审批单
 * for the cadre with a starter template in one click, submits it with the OA's own button and
 * prints what the OA server received. Numbered screenshots go to demo-output/.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pinyin } from 'pinyin-pro';
import { generateLedger } from '../core/synth';
import { clearSubmissions, listSubmissions, type RecordedSubmission } from '../tests/fixtures/oa/client';
import { startOaServer } from '../tests/fixtures/oa/server';
import { isBuildStale, wxtBuild } from '../tests/e2e/lib/build';
import { ledgerStats, tabIdOf } from '../tests/e2e/lib/extension-api';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../tests/e2e/lib/launch-chromium';
import { CHROME_TEST_EXT, ROOT } from '../tests/e2e/lib/paths';
import { OptionsPage } from '../tests/e2e/pages/options';
import { PopupPage } from '../tests/e2e/pages/popup';

const OUT = join(ROOT, 'demo-output');
/**
 * A fixed profile, emptied at start: on Ctrl-C tsx may kill this process before it has cleaned
 * up, and the next run removes what is left.
 */
const PROFILE = join(tmpdir(), 'carefill-demo-profile');
const CADRES = 500;
const SEED = 1;
const headful = Boolean(process.env.DISPLAY);
const POPUP_VIEWPORT = { width: 420, height: 640 };

let shot = 0;
/** Saves the next numbered screenshot and says what it shows. */
async function screenshot(page: Page, name: string, what: string): Promise<void> {
  shot += 1;
  const file = `${String(shot).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  console.log(`  📷 demo-output/${file}: ${what}`);
}

/** Runs one numbered step; a failure names the step. */
async function step<T>(title: string, run: () => Promise<T>): Promise<T> {
  console.log(`▶ ${title}`);
  try {
    return await run();
  } catch (e) {
    throw new Error(`step "${title}" failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Pinyin initials of a name, and whether they are unambiguous (no surname reading differs). */
function initialsOf(name: string): { initials: string; unambiguous: boolean } {
  const plain = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const asSurname = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('');
  return { initials: asSurname.toLowerCase(), unambiguous: plain === asSurname };
}

async function main(): Promise<void> {
  const t0 = Date.now();
  await rm(OUT, { recursive: true, force: true });
  await rm(PROFILE, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await mkdir(PROFILE, { recursive: true });

  await step('build the test extension (wxt build --mode test) if it is missing or stale', async () => {
    if (isBuildStale(CHROME_TEST_EXT)) wxtBuild(['--mode', 'test']);
    else console.log('  up to date: .output/chrome-mv3-test');
  });

  const oa = await step('start the demo OA server', async () => startOaServer({ port: 0 }));
  console.log(`  portal: ${oa.url}/  (cross-origin frame: ${oa.url}/?cross=1)`);
  let browser: ChromiumWithExtension | undefined;
  const shutdown = async () => {
    await browser?.close().catch(() => undefined);
    await oa.close().catch(() => undefined);
  };

  try {
    const { cadres } = await step(`generate ${CADRES} synthetic cadres (seed ${SEED})`, async () => generateLedger({ count: CADRES, seed: SEED }));

    browser = await step(`launch Chromium with CareFill (${headful ? 'headful' : 'headless'})`, () =>
      launchChromiumWithExtension({ headless: !headful, userDataDir: PROFILE }),
    );
    const { context, extensionId } = browser;
    const extUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
    console.log(`  extension id: ${extensionId}`);

    const optionsPage = await context.newPage();
    const options = new OptionsPage(optionsPage);
    await step('import the synthetic ledger in the options page', async () => {
      await optionsPage.goto(extUrl('options.html'));
      const preview = await options.previewImport({ cadres }, 'demo-ledger.json');
      console.log(`  preview: ${preview.toAdd} to add, ${preview.toUpdate} to update, ${preview.errors} with errors`);
      await screenshot(optionsPage, 'options-import-preview', 'the import preview of the JSON ledger, before anything is written');
      await options.commitImport();
      const deadline = Date.now() + 30_000;
      while ((await ledgerStats(optionsPage)).cadres < CADRES) {
        if (Date.now() > deadline) throw new Error(`the ledger holds ${(await ledgerStats(optionsPage)).cadres} cadres, expected ${CADRES}`);
        await optionsPage.waitForTimeout(200);
      }
    });

    await step('show the ledger list', async () => {
      await options.openLedger();
      await options.byTestId('cadre-row').first().waitFor();
      await screenshot(optionsPage, 'options-ledger', `the ledger (台账) with ${CADRES} synthetic cadres`);
    });

    await step('search a cadre by pinyin initials in the popup', async () => {
      const target = cadres.find((c) => initialsOf(c.name).unambiguous && c.name.length >= 3) ?? cadres[0]!;
      const { initials } = initialsOf(target.name);
      const page = await context.newPage();
      await page.setViewportSize(POPUP_VIEWPORT);
      await page.goto(extUrl('popup.html'));
      const popup = new PopupPage(page);
      await popup.search.fill(initials);
      await popup.options().filter({ hasText: target.name }).first().waitFor();
      await screenshot(page, 'popup-search-initials', `the popup finds ${target.name} by typing "${initials}"`);
    });

    await step('open the demo OA portal and show CareFill active in the form iframe', async () => {
      const portal = await context.newPage();
      await portal.goto(`${oa.url}/`, { waitUntil: 'load' });
      await screenshot(portal, 'oa-portal', 'the demo OA portal (协同办公平台) with the 慰问审批单 in its iframe');
      const tabId = await tabIdOf(optionsPage, `${oa.url}/`);
      const page = await context.newPage();
      await page.setViewportSize(POPUP_VIEWPORT);
      await page.goto(extUrl(`popup.html?tab=${tabId}`));
      const popup = new PopupPage(page);
      await popup.activeFrameRow('/forms/condolence').waitFor();
      const frames = await popup.activeFrames();
      if (frames < 2) throw new Error(`the popup shows ${frames} active frame(s), expected the portal and its form iframe`);
      await screenshot(page, 'popup-frame-status', `the popup for the OA tab: CareFill answers in ${frames} frames, including the form iframe`);
    });

    await step('fill the 慰问审批单 for the cadre in one click, then submit it with the OA\'s own button', async () => {
      // a living cadre with a recognised living difficulty, visited for hardship aid (困难帮扶, cash)
      const target = cadres.find((c) => c.alive !== false && c.idNumber && c.difficulty?.has) ?? cadres[0]!;
      const portal = context.pages().find((p) => p.url().startsWith(`${oa.url}/`))!;
      const tabId = await tabIdOf(optionsPage, `${oa.url}/`);
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(extUrl(`popup.html?tab=${tabId}`));
      const popup = new PopupPage(page);
      await (await popup.findCadre(target.name, target.id)).click();
      const template = page.getByTestId('template-select');
      await template.waitFor();
      // the starter template for hardship aid: its amount defaults from the example standard's cap
      await template.selectOption({ label: '困难帮扶' });
      const chosen = (await template.locator('option:checked').textContent())?.trim() ?? '';
      await page.getByTestId('fill-button').click();
      await page.getByTestId('fill-report').waitFor({ timeout: 20_000 });
      const statuses = await page.getByTestId('fill-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
      const count = (s: string) => statuses.filter((x) => x === s).length;
      console.log(`  ${target.name}, template "${chosen}": ${count('verified')} verified, ${count('filled')} filled, ${count('mismatch')} mismatched, ${count('skipped')} skipped`);
      await screenshot(page, 'popup-fill-report', `the fill report: every field of the form with its status (template "${chosen}")`);
      await portal.bringToFront();
      await screenshot(portal, 'oa-form-filled', `the 慰问审批单 filled for ${target.name}, before submitting`);

      await clearSubmissions(oa.url);
      const form = portal.frameLocator('#work_form_data');
      await form.locator('#btnSubmit').click();
      const deadline = Date.now() + 10_000;
      let received: RecordedSubmission[] = [];
      // the submit guard checks the form against the standards first: a warning is shown and confirmed
      const held = portal.locator('carefill-panel [data-testid="guard-findings"][data-mode="held"]');
      let confirmed = false;
      while (received.length === 0) {
        if (!confirmed && (await held.count()) > 0) {
          const findings = await portal.locator('carefill-panel [data-testid="guard-finding"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-severity')}: ${e.textContent ?? ''}`));
          console.log(`  the submit guard held the submit:\n    ${findings.join('\n    ')}`);
          await screenshot(portal, 'guard-held', 'the submit guard: the check against the standards before the OA receives anything');
          if ((await held.getAttribute('data-severity-max')) !== 'warn') throw new Error('the submit guard blocked the demo form');
          await portal.locator('carefill-panel [data-testid="guard-confirm"]').click();
          confirmed = true;
        }
        if (Date.now() > deadline) {
          const tip = await form.locator('#errorTip').textContent().catch(() => '');
          throw new Error(`the OA received no submission${tip ? `; the page says: ${tip}` : ''}`);
        }
        await portal.waitForTimeout(200);
        received = await listSubmissions(oa.url);
      }
      const fields = received[0]!.fields;
      const filled = Object.values(fields).filter((v) => (Array.isArray(v) ? v.join('') : v) !== '').length;
      console.log(`  the OA recorded form ${received[0]!.id} with ${filled} non-empty fields (see ${oa.url}/api/submissions)`);
      await screenshot(portal, 'oa-submitted', `the OA's answer after submitting: form ${received[0]!.id}`);
    });

    console.log(`\n✔ demo finished in ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in demo-output/`);
    if (headful) {
      console.log('The browser stays open for you to try CareFill; press Ctrl-C (or close the browser) to end.');
      await new Promise<void>((resolve) => {
        // `on`, not `once`: tsx exits at once (130) on a SIGINT that no listener is left to handle
        process.on('SIGINT', () => resolve());
        context.on('close', () => resolve());
      });
      console.log('closing the browser and the demo OA server ...');
    }
  } finally {
    await shutdown();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`\n✖ demo failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
