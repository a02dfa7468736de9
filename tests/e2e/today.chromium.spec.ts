import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import { exampleStandard } from '../../core/rules/default-standard';
import { lunarToSolar } from '../../core/calendar';
import { generateLedger, type SynthCadre } from '../../core/synth';
import { computeToday, policyFromSettings, VISIT_LIST_HEADER } from '../../core/today';
import { expect, test } from './fixtures/chromium';
import { saveRecords } from './lib/save-records';

/**
 * The home screen (今日工作) over a synthetic ledger on a fixed day: the counts it shows are the
 * core's for the same records, the campaign list exports with the expected rows, and a contact
 * recorded from a list takes the cadre off it.
 *
 * The day is 20 October 2026, inside the 重阳 window (重阳 is 18 October; the example standard
 * allows 7 days either side), so the campaign is open and some visits are already recorded.
 */

const DAY = '2026-10-20';
const generated = generateLedger({ count: 160, seed: 10, today: '2026-11-29' });

/** A generated cadre made into another (no ID number: it would carry the old birth date). */
function variant(from: SynthCadre, fields: Partial<SynthCadre> & { id: string; name: string }): SynthCadre {
  const { idNumber: _idNumber, deathDate: _deathDate, ...rest } = from;
  return { ...rest, alive: true, tags: [], ...fields } as SynthCadre;
}
const [a, b, c] = generated.cadres.filter((x) => x.alive && x.category === '退休');
/** Three more cadres, so that every list has someone: a birthday, a lunar birthday, a discharge. */
const extra = [
  variant(a!, { id: 'e2ebirthday01', name: '欧阳寿星', birthDate: '1946-10-25', lunarBirthday: false }),
  // 农历九月廿五 1946: in 2026 it falls on a November day, while its solar date has passed
  variant(b!, { id: 'e2elunarbday1', name: '司马农历', birthDate: lunarToSolar({ year: 1946, month: 9, day: 25, leap: false }), lunarBirthday: true }),
  variant(c!, {
    id: 'e2edischarge1',
    name: '诸葛出院',
    health: { ...c!.health, hospitalisations: [{ admittedOn: '2026-10-05', dischargedOn: '2026-10-16', hospital: '省人民医院' }] },
  }),
];
const ledger = { ...generated, cadres: [...generated.cadres, ...extra] };
// the history that matters for the lists on DAY: what happened by then, from the spring on
const visits = ledger.visits.filter((v) => v.date >= '2026-03-01' && v.date <= DAY);
const followUps = ledger.followUps.filter((f) => f.date <= DAY);
const expected = computeToday(
  { cadres: ledger.cadres, visits, followUps, standards: [exampleStandard()], policy: policyFromSettings({ contactIntervalMonths: 3 }) },
  DAY,
);

test('the home screen shows the day’s counts, exports the campaign list and records a contact', async ({ extension }) => {
  test.setTimeout(120_000);
  // sanity of the scenario itself: every list has something to show
  expect(expected.campaign).toMatchObject({ festival: '重阳', open: true });
  expect(expected.campaign!.visited).toBeGreaterThan(0);
  expect(expected.campaign!.left).toBeGreaterThan(0);
  expect(expected.counts.notContacted).toBeGreaterThan(0);
  expect(expected.birthdays.map((x) => [x.cadre.name, x.lunar, x.milestone])).toEqual([
    ['欧阳寿星', false, 80],
    ['司马农历', true, 80],
  ]);
  expect(expected.discharged.map((x) => x.cadre.name)).toEqual(['诸葛出院']);

  const options = await extension.openOptions();
  expect(await options.importLedger({ cadres: ledger.cadres })).toEqual({ toAdd: 163, toUpdate: 0, errors: 0 });
  await expect.poll(async () => (await extension.stats()).cadres, { timeout: 30_000 }).toBe(163);
  await saveRecords(options.page, 'visit.save', visits);
  await saveRecords(options.page, 'followUp.save', followUps);
  expect(await extension.stats()).toEqual({ cadres: 163, visits: visits.length, followUps: followUps.length });

  // the home screen is the options page's first view; a test build takes the day from the URL
  const page = await extension.open(`options.html?today=${DAY}`);
  const home = page.getByTestId('today-home');
  await expect(home).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(home).toHaveAttribute('data-today', DAY);
  await expect(page.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-today')).toHaveText('今日工作');

  const c = expected.counts;
  const shown: Record<string, number> = {
    birthdays: c.birthdays,
    'campaign-left': c.campaignLeft,
    followups: c.followUpsDue + c.followUpsOverdue,
    overdue: c.followUpsOverdue,
    'in-hospital': c.inHospital,
    discharged: c.discharged,
    'not-contacted': c.notContacted,
    difficulties: c.difficulties,
    needs: c.needs,
  };
  for (const [id, count] of Object.entries(shown)) await expect(page.getByTestId(`today-count-${id}`), id).toHaveAttribute('data-count', String(count));
  const counts = page.getByTestId('today-campaign-counts');
  await expect(counts).toHaveAttribute('data-eligible', String(expected.campaign!.eligible));
  await expect(counts).toHaveAttribute('data-visited', String(expected.campaign!.visited));
  await expect(page.getByTestId('today-campaign-head')).toHaveAttribute('data-day', '2026-10-18');

  // one click builds the 走访名单
  const downloading = page.waitForEvent('download');
  await page.getByTestId('today-export-visit-list').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2026年重阳走访慰问名单.xlsx');
  const wb = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: '' });
  expect(rows[0]![0]).toBe('2026年重阳走访慰问名单');
  expect(rows[2]).toEqual([...VISIT_LIST_HEADER]);
  const body = rows.slice(3);
  const entries = expected.campaign!.entries;
  expect(body).toHaveLength(entries.length);
  expect(body.map((r) => r[1]).sort()).toEqual(entries.map((e) => e.cadre.name).sort());
  expect(body.filter((r) => r[11] === '已走访')).toHaveLength(expected.campaign!.visited);
  // those left come first
  expect(body.slice(0, expected.campaign!.left).every((r) => r[11] === '未走访')).toBe(true);
  await expect(page.getByTestId('today-export-status')).toHaveAttribute('data-rows', String(entries.length));

  // "记录联系" from the not-contacted list: one click, save, and the cadre leaves the list
  const first = page.getByTestId('today-not-contacted').getByTestId('today-item').first();
  const cadreId = (await first.getAttribute('data-cadre-id'))!;
  await first.getByTestId('today-record-contact').click();
  await expect(first.getByTestId('today-contact-found')).toHaveValue('电话问候，了解近况');
  await first.getByTestId('today-contact-save').click();
  await expect(page.getByTestId('today-count-not-contacted')).toHaveAttribute('data-count', String(c.notContacted - 1));
  await expect(page.locator(`[data-testid="today-not-contacted"] [data-cadre-id="${cadreId}"]`)).toHaveCount(0);
  expect((await extension.stats()).followUps).toBe(followUps.length + 1);

  // each item links to its cadre in the ledger
  const link = page.getByTestId('today-birthdays').getByTestId('today-cadre-link').first();
  await expect(link).toHaveText('欧阳寿星');
  const target = await link.getAttribute('href');
  expect(target).toBe('#ledger/e2ebirthday01');
  await link.click();
  await expect(page.getByTestId('nav-ledger')).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).hash).toBe(target);
  // the ledger opens that cadre
  await expect(page.getByTestId('field-name')).toHaveValue('欧阳寿星');
});
