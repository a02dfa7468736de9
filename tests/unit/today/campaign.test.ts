import { describe, expect, it } from 'vitest';
import { festivalDate } from '../../../core/calendar';
import { standard } from '../../../core/model/standard';
import { EXAMPLE_STANDARD_INPUT } from '../../../core/rules/default-standard';
import { nextCampaign, todayPolicy } from '../../../core/today';
import { exampleStandard } from '../../../core/rules/default-standard';
import { cadre, ids, run, visit } from './helpers';

const policy = todayPolicy.parse({});

describe('the next festival campaign', () => {
  it('spans the new year: the 春节 2023 window (腊八 to 元宵) opens on 31 December 2022', () => {
    expect(festivalDate('春节', 2023)).toBe('2023-01-22');
    const open = nextCampaign([exampleStandard()], policy, '2022-12-31')!;
    expect(open).toMatchObject({ day: '2023-01-22', from: '2022-12-31', to: '2023-02-05', open: true });
    expect(open.target.festival).toBe('春节');
    // the day before, no window is open: the campaign is the one that opens next
    const next = nextCampaign([exampleStandard()], policy, '2022-12-30')!;
    expect(next).toMatchObject({ day: '2023-01-22', open: false });
    // on the last day of the window it is still open; the day after, 中秋 2023 is next
    expect(nextCampaign([exampleStandard()], policy, '2023-02-05')).toMatchObject({ day: '2023-01-22', open: true });
    expect(nextCampaign([exampleStandard()], policy, '2023-02-06')!.target.festival).toBe('中秋');
  });

  it('counts a visit for the festival made in December for the 春节 of January, not last year’s 春节 visit', () => {
    const a = cadre();
    const b = cadre();
    const c = cadre();
    const visits = [
      visit(a.id, '2022-12-31', { festival: '春节' }),
      visit(b.id, '2022-01-25', { festival: '春节' }), // for 春节 2022 (1 February 2022)
      visit(c.id, '2022-12-31', { festival: '元旦' }),
    ];
    const r = run({ cadres: [a, b, c], visits }, '2023-01-02');
    expect(r.campaign).toMatchObject({ festival: '春节', day: '2023-01-22', eligible: 3, visited: 1, left: 2 });
    const visited = r.campaign!.entries.filter((e) => e.visitedOn);
    expect(ids(visited)).toEqual([a.id]);
    expect(visited[0]!.visitedOn).toBe('2022-12-31');
  });

  it('does not count a visit recorded for a day after today', () => {
    const a = cadre();
    const r = run({ cadres: [a], visits: [visit(a.id, '2023-01-10', { festival: '春节' })] }, '2023-01-02');
    expect(r.campaign).toMatchObject({ visited: 0, left: 1 });
  });

  it('prefers the window open today over one that opens later', () => {
    // 中秋 2026 is 25 September, 重阳 2026 is 18 October: on 20 September only 中秋's window is open
    expect(festivalDate('中秋', 2026)).toBe('2026-09-25');
    const r = run({ cadres: [cadre()] }, '2026-09-20');
    expect(r.campaign).toMatchObject({ festival: '中秋', open: true, daysUntil: 5 });
  });

  it('is for the living: a cadre who died before the festival is not on the list', () => {
    const alive = cadre();
    const died = cadre({ alive: false, deathDate: '2022-11-01' });
    const r = run({ cadres: [alive, died] }, '2023-01-02');
    expect(ids(r.campaign!.entries)).toEqual([alive.id]);
  });

  it('gives a 遗属 a 遗属慰问 and the amounts of the standard in force', () => {
    const retiree = cadre({ category: '退休' });
    const survivor = cadre({ category: '遗属' });
    const r = run({ cadres: [retiree, survivor] }, '2023-01-02');
    const byId = new Map(r.campaign!.entries.map((e) => [e.cadre.id, e]));
    expect(byId.get(retiree.id)).toMatchObject({ visitType: '节日慰问', amount: 500 });
    // the example's 遗属慰问 cap (300) applies: 遗属慰问 has no festival-specific one
    expect(byId.get(survivor.id)).toMatchObject({ visitType: '遗属慰问', amount: 300 });
    expect(r.campaign!.standard).toMatchObject({ isExample: true });
  });

  it('leaves out cadres for whom the standard in force allows no festival visit', () => {
    const lixiuOnly = standard.parse({
      ...EXAMPLE_STANDARD_INPUT,
      id: 'office-standard-2022',
      isExample: false,
      effectiveFrom: '2022-01-01',
      perVisitCaps: [{ visitType: '节日慰问', category: '离休', cap: 800 }],
      createdAt: 0,
      updatedAt: 0,
    });
    const lixiu = cadre({ category: '离休' });
    const retiree = cadre({ category: '退休' });
    const r = run({ cadres: [lixiu, retiree], standards: [exampleStandard(), lixiuOnly] }, '2023-01-02');
    expect(ids(r.campaign!.entries)).toEqual([lixiu.id]);
    expect(r.campaign!.entries[0]!.amount).toBe(800);
  });

  it('lists every living cadre, without amounts, when no standard is in force', () => {
    const r = run({ cadres: [cadre(), cadre()], standards: [] }, '2023-01-02');
    expect(r.campaign).toMatchObject({ eligible: 2, from: '2022-12-23' }); // the policy's default window: 30 days before
    expect(r.campaign!.entries.every((e) => e.amount === undefined)).toBe(true);
    expect(r.campaign!.standard).toBeUndefined();
  });

  it('applies the policy’s age limit for a festival (重阳 for those 70 and over)', () => {
    const old = cadre({ birthDate: '1950-01-01' });
    const young = cadre({ birthDate: '1960-01-01' });
    const r = run({ cadres: [old, young], policy: { campaigns: { festivals: [{ festival: '重阳', minAge: 70 }] } } }, '2026-10-10');
    expect(r.campaign).toMatchObject({ festival: '重阳', day: '2026-10-18' });
    expect(ids(r.campaign!.entries)).toEqual([old.id]);
  });

  it('puts those left first, then the visited; each by unit in dictionary order, in ledger order within a unit', () => {
    // the ledger comes by pinyin: 丁 (ding), 甲 (jia), 李 (li), 乙 (yi)
    const ding = cadre({ name: '丁', originalUnit: '省财政厅' });
    const jia = cadre({ name: '甲', originalUnit: '省财政厅' });
    const li = cadre({ name: '李', originalUnit: '省教育厅' });
    const yi = cadre({ name: '乙', originalUnit: '省财政厅' });
    const r = run({ cadres: [ding, jia, li, yi], visits: [visit(jia.id, '2023-01-01', { festival: '春节' })] }, '2023-01-02');
    // 省财政厅 (cai) before 省教育厅 (jiao), though 教 comes before 财 in code points
    expect(r.campaign!.entries.map((e) => e.cadre.name)).toEqual(['丁', '乙', '李', '甲']);
  });

  it('gives no campaign when the policy lists no festival', () => {
    const r = run({ cadres: [cadre()], policy: { campaigns: { festivals: [] } } }, '2023-01-02');
    expect(r.campaign).toBeUndefined();
    expect(r.counts).toMatchObject({ campaignEligible: 0, campaignLeft: 0 });
  });
});
