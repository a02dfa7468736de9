import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../../core/synth';
import type { IsoDate } from '../../../core/model/validators/dates';
import { dayKey } from '../../../core/today/dates';
import { HistoryRow, HistoryTable, type CampaignCount } from '../../../core/today/history';
import type { TodayFollowUp, TodayVisit } from '../../../core/today';

/**
 * The history table answers by typed arrays and day keys; here every answer is checked against
 * the plainest reading of the rules: for each cadre, filter its records and take the latest date.
 */

const TODAY = '2026-11-29';

/** The latest date of the records, or undefined. */
function latest(records: readonly { date: IsoDate }[]): IsoDate | undefined {
  let max: IsoDate | undefined;
  for (const r of records) if (max === undefined || r.date > max) max = r.date;
  return max;
}

const keyOf = (d: IsoDate | undefined) => (d === undefined ? 0 : dayKey(d));

/** What the rules must read of a cadre's history, by filtering its records (no index, no keys). */
function naiveHistory(cadreId: string, followUps: readonly TodayFollowUp[], visits: readonly TodayVisit[], today: IsoDate, dueBy: IsoDate, campaign: CampaignCount) {
  const fs = followUps.filter((f) => f.cadreId === cadreId && f.deletedAt === undefined && f.date <= today);
  const vs = visits.filter((v) => v.cadreId === cadreId && v.deletedAt === undefined && v.date <= today);
  const ofType = (type: string) => vs.filter((v) => v.visitType === type);
  const lastFollowUp = latest(fs);
  const lastVisit = latest(vs);
  const lastContact = latest([...fs, ...vs]);
  const due = fs.filter((f) => f.dueDate !== undefined && f.dueDate <= dueBy && (f.doneDate === undefined || f.doneDate > today));
  const campaignVisits = vs.filter(
    (v) => (v.visitType === '节日慰问' || v.visitType === '遗属慰问') && v.festival === campaign.festival && v.date >= campaign.from && v.date < campaign.to,
  );
  return {
    lastFollowUp,
    lastFollowUpKey: keyOf(lastFollowUp),
    lastVisit,
    lastContact,
    lastContactKey: keyOf(lastContact),
    lastBirthdayVisit: latest(ofType('生日寿辰')),
    lastHospitalVisit: latest(ofType('住院看望')),
    lastHospitalVisitKey: keyOf(latest(ofType('住院看望'))),
    lastHardshipVisit: latest(ofType('困难帮扶')),
    lastHardshipVisitKey: keyOf(latest(ofType('困难帮扶'))),
    campaignVisit: latest(campaignVisits),
    due: due.length ? due : undefined,
  };
}

function rowOf(row: HistoryRow) {
  return {
    lastFollowUp: row.lastFollowUp,
    lastFollowUpKey: row.lastFollowUpKey,
    lastVisit: row.lastVisit,
    lastContact: row.lastContact,
    lastContactKey: row.lastContactKey,
    lastBirthdayVisit: row.lastBirthdayVisit,
    lastHospitalVisit: row.lastHospitalVisit,
    lastHospitalVisitKey: row.lastHospitalVisitKey,
    lastHardshipVisit: row.lastHardshipVisit,
    lastHardshipVisitKey: row.lastHardshipVisitKey,
    campaignVisit: row.campaignVisit,
    due: row.due,
  };
}

describe('the history table', () => {
  const ledger = generateLedger({ count: 250, seed: 20261129, today: TODAY });
  // tombstones, records of cadres not in the ledger, and an order no index could rely on
  const followUps: TodayFollowUp[] = ledger.followUps.map((f, i) => (i % 17 === 0 ? { ...f, deletedAt: 1 } : f));
  const visits: TodayVisit[] = ledger.visits.map((v, i) => (i % 13 === 0 ? { ...v, deletedAt: 1 } : v));
  followUps.push({ cadreId: 'not-in-ledger', date: '2026-01-01', dueDate: '2026-01-02' });
  visits.push({ cadreId: 'not-in-ledger', date: '2026-01-01', visitType: '节日慰问', festival: '春节' });
  visits.reverse();
  const days: { today: IsoDate; dueBy: IsoDate; campaign: CampaignCount }[] = [
    { today: TODAY, dueBy: '2026-12-06', campaign: { festival: '重阳', from: '2026-05-01', to: '2027-04-01' } },
    { today: '2025-02-10', dueBy: '2025-02-17', campaign: { festival: '春节', from: '2024-08-01', to: '2025-08-01' } },
    { today: '2024-06-30', dueBy: '2024-07-30', campaign: { festival: '中秋', from: '2024-03-01', to: '2025-03-01' } },
  ];

  it.each(days)('gives every cadre the answers of a plain scan of its records (today $today)', ({ today, dueBy, campaign }) => {
    const table = new HistoryTable(ledger.cadres, followUps, visits, { today, dueBy, campaign });
    const row = new HistoryRow(table);
    let contacted = 0;
    let campaignVisited = 0;
    ledger.cadres.forEach((c, i) => {
      row.index = i;
      const expected = naiveHistory(c.id, followUps, visits, today, dueBy, campaign);
      expect(rowOf(row)).toEqual(expected);
      if (expected.lastContact !== undefined) contacted++;
      if (expected.campaignVisit !== undefined) campaignVisited++;
    });
    // the comparison has something to compare
    expect(contacted).toBeGreaterThan(50);
    if (today === TODAY) expect(campaignVisited).toBeGreaterThan(0);
  });

  it('keeps nothing without a campaign, and nothing dated after today', () => {
    const table = new HistoryTable(ledger.cadres, followUps, visits, { today: '2000-01-01', dueBy: '2000-01-08' });
    const row = new HistoryRow(table);
    ledger.cadres.forEach((_, i) => {
      row.index = i;
      expect(rowOf(row)).toEqual(naiveHistory('', [], [], '2000-01-01', '2000-01-08', { festival: '春节', from: '2000-01-01', to: '2000-01-01' }));
    });
  });
});

describe('day keys', () => {
  it('order days as their dates order', () => {
    const dates = ['1899-12-31', '1900-01-01', '1946-02-28', '1946-03-01', '2026-11-29', '2026-12-01', '2099-12-31'];
    for (const a of dates) for (const b of dates) expect(Math.sign(dayKey(a) - dayKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    expect(dayKey('2026-11-29')).toBe(20261129);
  });
});
