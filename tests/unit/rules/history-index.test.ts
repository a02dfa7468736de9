import { describe, expect, it } from 'vitest';
import { checkVisit } from '../../../core/rules/check-visit';
import { exampleStandard } from '../../../core/rules/default-standard';
import { VisitHistoryIndex, otherVisits, type HistoryVisit } from '../../../core/rules/history-index';
import { FESTIVALS, VISIT_TYPES } from '../../../core/model/vocab';
import { addDays } from '../../../core/model/validators/dates';
import { TODAY, makeCadre, makeVisit } from './helpers';

describe('VisitHistoryIndex', () => {
  const a = makeCadre();
  const b = makeCadre({ name: '李文华' });
  const records = [
    makeVisit({ cadreId: a.id, date: '2026-05-01' }),
    makeVisit({ cadreId: a.id, date: '2026-02-01' }),
    makeVisit({ cadreId: a.id, date: '2025-12-30' }),
    makeVisit({ cadreId: a.id, date: '2026-03-01', deletedAt: 5 }),
    makeVisit({ cadreId: b.id, date: '2026-02-01' }),
  ];
  const index = VisitHistoryIndex.build(records);

  it('groups by cadre and year, sorted by date, without tombstones', () => {
    expect(index.size).toBe(4);
    expect(index.inYear(a.id, 2026).map((r) => r.date)).toEqual(['2026-02-01', '2026-05-01']);
    expect(index.inYear(a.id, 2024)).toEqual([]);
    expect(index.inYear('nobody00', 2026)).toEqual([]);
  });

  it('finds a cadre’s records between two days across years', () => {
    expect(index.between(a.id, '2025-12-01', '2026-03-01').map((r) => r.date)).toEqual(['2025-12-30', '2026-02-01']);
    expect(index.between(a.id, '2026-03-01', '2026-02-01')).toEqual([]);
  });

  it('adds a record in date order', () => {
    const i = VisitHistoryIndex.build(records);
    i.add(makeVisit({ cadreId: a.id, date: '2026-03-15' }));
    expect(i.inYear(a.id, 2026).map((r) => r.date)).toEqual(['2026-02-01', '2026-03-15', '2026-05-01']);
  });

  it('leaves out the recorded copy of the form being checked', () => {
    const list = [makeVisit({ cadreId: a.id, oaFormNumber: 'X1' }), makeVisit({ cadreId: a.id, oaFormNumber: 'X2' })];
    expect(otherVisits(list, 'X1').map((r) => r.oaFormNumber)).toEqual(['X2']);
    expect(otherVisits(list, undefined)).toHaveLength(2);
  });
});

describe('checking against 100,000 visit records', () => {
  const CADRES = 2_000;
  const PER_CADRE = 50;

  /** Records whose fields report every read once `armed`: proof of what a check touches. */
  function instrumentedHistory(): { records: HistoryVisit[]; touched: Set<string>; arm(): void } {
    const touched = new Set<string>();
    let armed = false;
    const records: HistoryVisit[] = [];
    for (let c = 0; c < CADRES; c++) {
      const cadreId = `cadre-${String(c).padStart(5, '0')}`;
      for (let v = 0; v < PER_CADRE; v++) {
        const plain = makeVisit({
          cadreId,
          visitType: VISIT_TYPES[v % VISIT_TYPES.length]!,
          festival: FESTIVALS[v % FESTIVALS.length],
          date: addDays('2022-01-01', (c * 7 + v * 37) % 1800),
          amount: 100 + (v % 5) * 50,
          goodsValue: 0,
        });
        const record = {} as HistoryVisit;
        for (const [key, value] of Object.entries(plain))
          Object.defineProperty(record, key, {
            enumerable: true,
            get() {
              if (armed) touched.add(cadreId);
              return value;
            },
          });
        records.push(record);
      }
    }
    return { records, touched, arm: () => (armed = true) };
  }

  it('reads only the records of the cadre on the form', () => {
    const { records, touched, arm } = instrumentedHistory();
    expect(records).toHaveLength(100_000);
    const history = VisitHistoryIndex.build(records);
    const cadre = makeCadre({ id: 'cadre-01234' });
    const form = {
      'cadre.name': cadre.name,
      'visit.type': '节日慰问',
      'visit.festival': '中秋',
      'visit.date': '2026-09-20',
      'visit.goodsValue': '300',
      'visit.reason': '中秋慰问',
      'visit.formNumber': 'WH-2026-0920',
    };
    const standards = [exampleStandard()];
    arm();
    const started = performance.now();
    const findings = checkVisit({ form, cadre, history, standards, today: TODAY });
    const cold = performance.now() - started;
    const again = performance.now();
    checkVisit({ form, cadre, history, standards, today: TODAY });
    const warm = performance.now() - again;
    // Timing is the benchmark's business (tests/bench); here it is only reported. The first check
    // of a process also pays for the lunar calendar's tables.
    console.log(`checkVisit over 100,000 records: first ${cold.toFixed(2)} ms, then ${warm.toFixed(2)} ms`);
    expect(touched).toEqual(new Set(['cadre-01234']));
    expect(findings.some((f) => f.ruleId === 'annual-cap' || f.ruleId === 'frequency' || f.ruleId === 'duplicate' || f.ruleId === 'standard-in-force')).toBe(true);
  });
});
