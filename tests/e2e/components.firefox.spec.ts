import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInShanghai } from '../../core/model/validators/dates';
import { PAGES_DIR, parseGolden } from '../fixtures/oa/fill-data';
import { expect, type FirefoxApis, pollUntil, seededProbe, test, tid } from './fixtures/firefox';

/**
 * Issue 6 in Firefox (firefox-esr): the Element Plus and Ant Design Vue 慰问审批单 (fixtures 7
 * and 8: selects, a 300-option virtual list, cascaders, date pickers) are filled through the
 * in-page panel; every field of the golden file is `verified`, the form's own validation passes
 * and the demo OA records the golden values.
 */

const inPanel = (id: string) => `carefill-panel >>> ${tid(id)}`;

const CASES = [
  { name: 'the Element Plus form (fixture 7)', path: '/forms/element', form: 'components-element', golden: 'components-element.golden.txt' },
  { name: 'the Ant Design Vue form (fixture 8)', path: '/forms/antd', form: 'components-antd', golden: 'components-antd.golden.txt' },
];

for (const c of CASES) {
  test(`Firefox: ${c.name} is filled through the panel, validates, and the OA receives the golden values`, async ({ firefox, oa }) => {
    const { probe, seeded } = await seededProbe(firefox);
    await fetch(`${oa.url}/api/submissions`, { method: 'DELETE' });

    const page = await firefox.browser.newPage();
    await page.goto(`${oa.url}${c.path}`, { waitUntil: 'load' });
    await page.waitForSelector('#submit', { visible: true, timeout: 20_000 });
    const opened = await probe.evaluate(async (prefix) => {
      const { browser } = globalThis as unknown as { browser: FirefoxApis };
      const tab = (await browser.tabs.query({})).find((t) => t.url?.startsWith(prefix));
      return (await browser.runtime.sendMessage({ type: 'fill.panel', payload: { tabId: tab?.id } })).opened;
    }, `${oa.url}${c.path}`);
    expect(opened).toBe(true);
    await page.bringToFront();

    const search = await page.waitForSelector(inPanel('cadre-search'), { visible: true });
    await search!.type('欧阳测试');
    const option = await page.waitForSelector(`carefill-panel >>> ${tid('cadre-option')}[data-cadre-id="${seeded.cadreId}"]`, { visible: true });
    await option!.click();
    await page.waitForSelector(inPanel('template-select'), { visible: true });
    await page.select(inPanel('template-select'), seeded.templateId);
    await (await page.waitForSelector(inPanel('fill-button'), { visible: true }))!.click();
    await page.waitForSelector(inPanel('fill-report'), { visible: true, timeout: 30_000 });
    const rows = await page.$$eval(inPanel('fill-row'), (els) =>
      els.map((r) => ({ key: r.getAttribute('data-key') ?? '', status: r.getAttribute('data-status') ?? '', label: r.querySelector('.fill-row-label')?.textContent ?? '' })),
    );
    const golden = parseGolden(readFileSync(join(PAGES_DIR, c.golden), 'utf8'), todayInShanghai());
    const wrong = golden
      .filter((g) => g.key !== 'ignore')
      .filter((g) => {
        const row = rows.find((r) => r.label === g.label);
        return row?.key !== g.key || row.status !== 'verified';
      })
      .map((g) => `${g.label}: ${JSON.stringify(rows.find((r) => r.label === g.label))}`);
    expect(wrong, 'golden fields not verified in the report').toEqual([]);

    // the page's own button, clicked by script: the form's validation decides whether it posts
    await page.$eval('#submit', (b) => (b as HTMLElement).click());
    await pollUntil(() => page.$eval('#result', (r) => r.getAttribute('data-state')).catch(() => null), (s) => s !== null, 'the form answered');
    expect(await page.$eval('#result', (r) => r.getAttribute('data-state'))).toBe('ok');
    const [saved] = (await (await fetch(`${oa.url}/api/submissions?form=${c.form}`)).json()) as { fields: Record<string, string | string[]> }[];
    const got = (name: string) => {
      const v = saved?.fields[name];
      return v === undefined ? '' : Array.isArray(v) ? v.join(',') : v;
    };
    expect(golden.filter((g) => got(g.name) !== g.expected).map((g) => `${g.name}: ${got(g.name)} ≠ ${g.expected}`)).toEqual([]);
  });
}
