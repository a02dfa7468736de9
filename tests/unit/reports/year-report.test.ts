import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AuditEvent } from '../../../core/model/audit-event';
import type { VisitRecord } from '../../../core/model/visit-record';
import { MONTHS, reportSheets, standardForYear, yearReport, type ReportInput } from '../../../core/reports';
import { makeCadre, makeStandard } from '../rules/helpers';

/** Synthetic cadres and visits only. */
let seq = 0;
function visit(overrides: Partial<VisitRecord> & Pick<VisitRecord, 'cadreId'>): VisitRecord {
  seq++;
  return { id: `v${seq}`, createdAt: 0, updatedAt: 0, visitType: '节日慰问', date: '2026-01-20', amount: 0, goodsValue: 0, source: 'manual', ...overrides } as VisitRecord;
}

const a = makeCadre({ name: '甲一', category: '离休' });
const b = makeCadre({ name: '乙二', category: '退休' });

function input(visits: VisitRecord[], extra: Partial<ReportInput> = {}): ReportInput {
  return { year: 2026, visits, cadres: [a, b], standards: [makeStandard({ annualCaps: [{ visitTypes: [], cap: 3000 }] })], audit: [], ...extra };
}

describe('yearReport', () => {
  it('sums by month, type, source and category in fen, and the tables agree with the total', () => {
    const visits = [
      visit({ cadreId: a.id, date: '2026-01-20', amount: 500.1, goodsValue: 200.2, festival: '春节', fundingSource: '离休干部经费' }),
      visit({ cadreId: b.id, date: '2026-01-31', amount: 0.1, goodsValue: 0.2, festival: '春节', fundingSource: '离休干部经费' }),
      visit({ cadreId: b.id, date: '2026-12-31', visitType: '住院看望', amount: 800, fundingSource: '' }),
      visit({ cadreId: a.id, date: '2025-12-31', amount: 9999 }),
      visit({ cadreId: a.id, date: '2027-01-01', amount: 9999 }),
      visit({ cadreId: a.id, date: '2026-05-05', amount: 9999, deletedAt: 1 }),
    ];
    const r = yearReport(input(visits), '2026-11-29');
    expect(r.total).toMatchObject({ count: 3, amountFen: 130020, goodsFen: 20040, totalFen: 150060 });
    expect(r.byMonth.map((m) => m.key)).toEqual([...MONTHS]);
    expect(r.byMonth[0]).toMatchObject({ key: '01', count: 2, totalFen: 70060 });
    expect(r.byMonth[11]).toMatchObject({ key: '12', count: 1, totalFen: 80000 });
    expect(r.byMonth[5]).toMatchObject({ key: '06', count: 0, totalFen: 0 });
    expect(r.byType.map((t) => [t.key, t.totalFen])).toEqual([
      ['节日慰问', 70060],
      ['住院看望', 80000],
    ]);
    expect(r.bySource.map((t) => [t.key, t.totalFen])).toEqual([
      ['', 80000],
      ['离休干部经费', 70060],
    ]);
    expect(r.byCategory.map((t) => [t.key, t.totalFen])).toEqual([
      ['离休', 70030],
      ['退休', 80030],
    ]);
    for (const table of [r.byMonth, r.byType, r.bySource, r.byCategory]) expect(table.reduce((s, x) => s + x.totalFen, 0)).toBe(r.total.totalFen);
  });

  it('measures each cadre against the binding annual cap and flags the one over it', () => {
    const standard = makeStandard({
      annualCaps: [
        { visitTypes: [], cap: 3000 },
        { visitTypes: ['住院看望'], cap: 1000 },
      ],
    });
    const visits = [
      visit({ cadreId: a.id, visitType: '住院看望', date: '2026-03-01', amount: 800 }),
      visit({ cadreId: a.id, visitType: '住院看望', date: '2026-04-01', amount: 300 }),
      visit({ cadreId: b.id, date: '2026-01-20', amount: 500 }),
    ];
    const r = yearReport(input(visits, { standards: [standard] }), '2026-11-29');
    expect(r.cadres.map((c) => [c.name, c.totalFen, c.capFen, c.over])).toEqual([
      ['甲一', 110000, 100000, true],
      ['乙二', 50000, 300000, false],
    ]);
  });

  it('lists visits with money not yet claimed, and the year’s overrides with reasons', () => {
    const visits = [
      visit({ cadreId: a.id, date: '2026-02-01', amount: 500 }),
      visit({ cadreId: b.id, date: '2026-01-01', amount: 300, claimedIn: 'BX-1' }),
      visit({ cadreId: b.id, date: '2026-01-02', amount: 0 }),
    ];
    const audit: AuditEvent[] = [
      { id: 'e1', createdAt: 0, updatedAt: 0, at: Date.UTC(2026, 5, 1), kind: 'override', cadreId: a.id, reason: '经处务会研究同意', detail: { rules: 'annual-cap' } },
      // 2025-12-31 16:30 UTC is already 2026-01-01 in Beijing
      { id: 'e2', createdAt: 0, updatedAt: 0, at: Date.UTC(2025, 11, 31, 16, 30), kind: 'override', reason: '元旦', detail: {} },
      { id: 'e3', createdAt: 0, updatedAt: 0, at: Date.UTC(2026, 5, 1), kind: 'reveal-id', cadreId: a.id, detail: {} },
    ];
    const r = yearReport(input(visits, { audit }), '2026-11-29');
    expect(r.pendingClaims.map((p) => [p.name, p.totalFen])).toEqual([['甲一', 50000]]);
    expect(r.pendingTotalFen).toBe(50000);
    expect(r.overrides.map((o) => [o.id, o.date, o.name, o.reason, o.rules])).toEqual([
      ['e2', '2026-01-01', '', '元旦', ''],
      ['e1', '2026-06-01', '甲一', '经处务会研究同意', 'annual-cap'],
    ]);
  });

  it('any set of amounts: every table adds up to the total, to the fen', () => {
    const amount = fc.integer({ min: 0, max: 10_000_00 }).map((fen) => fen / 100);
    fc.assert(
      fc.property(fc.array(fc.record({ m: fc.integer({ min: 1, max: 12 }), amount, goods: amount, who: fc.boolean() }), { maxLength: 40 }), (specs) => {
        const visits = specs.map((s) => visit({ cadreId: s.who ? a.id : b.id, date: `2026-${String(s.m).padStart(2, '0')}-15`, amount: s.amount, goodsValue: s.goods }));
        const r = yearReport(input(visits), '2026-11-29');
        const expected = specs.reduce((sum, s) => sum + Math.round(s.amount * 100) + Math.round(s.goods * 100), 0);
        expect(r.total.totalFen).toBe(expected);
        for (const table of [r.byMonth, r.byType, r.bySource, r.byCategory, r.cadres]) expect(table.reduce((s, x) => s + x.totalFen, 0)).toBe(expected);
      }),
    );
  });
});

describe('standardForYear', () => {
  const old = makeStandard({ id: 'standard-old', effectiveFrom: '2020-01-01', effectiveTo: '2026-06-30' });
  const neu = makeStandard({ id: 'standard-new', effectiveFrom: '2026-07-01' });
  it('takes the version in force at the end of a past year, or today in the running year', () => {
    expect(standardForYear([old, neu], 2025, '2026-11-29')?.id).toBe('standard-old');
    expect(standardForYear([old, neu], 2026, '2026-11-29')?.id).toBe('standard-new');
    expect(standardForYear([old, neu], 2026, '2026-03-01')?.id).toBe('standard-old');
  });
});

describe('reportSheets', () => {
  it('gives Chinese headers and yuan amounts whose 合计 lines equal the total', () => {
    const visits = [visit({ cadreId: a.id, date: '2026-01-20', amount: 500.5, festival: '春节' }), visit({ cadreId: b.id, date: '2026-10-11', amount: 300 })];
    const sheets = reportSheets(yearReport(input(visits), '2026-11-29'));
    expect(sheets.map((s) => s.name)).toEqual(['按月', '按慰问类型', '按经费来源', '按人员类别', '个人年度合计', '待报销', '超标准办理']);
    const byMonth = sheets[0]!.rows;
    expect(byMonth[0]).toEqual(['月份', '次数', '慰问金（元）', '慰问品（元）', '合计（元）']);
    expect(byMonth[1]).toEqual(['1月', 1, 500.5, 0, 500.5]);
    expect(byMonth.at(-1)).toEqual(['合计', 2, 800.5, 0, 800.5]);
    expect(sheets[5]!.rows.at(-1)).toEqual(['合计', '', '', '', 800.5]);
  });
});
