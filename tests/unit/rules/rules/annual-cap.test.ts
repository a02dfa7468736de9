import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualCapRule } from '../../../../core/rules/rules/annual-cap';
import { formatAmountField } from '../../../../core/rules/money';
import { makeCadre, makeStandard, makeVisit, runRule, severities } from '../helpers';

const standard = makeStandard({ annualCaps: [{ visitTypes: ['节日慰问'], cap: 2000, ref: '第四条' }] });
const cadre = makeCadre();
const festival = (amount: string, date = '2026-09-20', extra: Record<string, string> = {}) => ({
  'visit.type': '节日慰问',
  'visit.festival': '中秋',
  'visit.goodsValue': amount,
  'visit.date': date,
  ...extra,
});

const history = [
  makeVisit({ cadreId: cadre.id, date: '2026-02-10', festival: '春节', goodsValue: 500 }),
  makeVisit({ cadreId: cadre.id, date: '2026-06-15', festival: '端午', goodsValue: 300 }),
  makeVisit({ cadreId: cadre.id, date: '2026-04-01', visitType: '住院看望', amount: 1000 }),
];

describe('annual-cap', () => {
  it('passes when the year so far plus this visit stays under 80%', () => {
    expect(runRule(annualCapRule, { form: festival('300'), cadre, history, standard })).toEqual([]);
  });

  it('counts neither other cadres nor other years', () => {
    const other = makeCadre({ name: '李文华' });
    const more = [
      ...history,
      makeVisit({ cadreId: other.id, date: '2026-02-10', goodsValue: 1900 }),
      makeVisit({ cadreId: cadre.id, date: '2025-09-30', goodsValue: 1900 }),
    ];
    expect(runRule(annualCapRule, { form: festival('300'), cadre, history: more, standard })).toEqual([]);
  });

  it('blocks when the year total would pass the cap', () => {
    const findings = runRule(annualCapRule, { form: festival('1300'), cadre, history, standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'block', ref: '第四条' })]);
    expect(findings[0]!.message).toBe(
      '张建国 2026 年节日慰问已发 800.00 元（2 次），加本次 1,300.00 元共 2,100.00 元，超过年度标准 2,000.00 元（第四条）',
    );
  });

  it('warns from 80% of the annual cap', () => {
    expect(severities(runRule(annualCapRule, { form: festival('800'), cadre, history, standard }))).toEqual(['warn']);
  });

  it('does not count the recorded copy of the same form', () => {
    const recorded = [...history, makeVisit({ cadreId: cadre.id, date: '2026-09-20', festival: '中秋', goodsValue: 1300, oaFormNumber: 'WH-2026-0917' })];
    const form = festival('300', '2026-09-20', { 'visit.formNumber': 'WH-2026-0917' });
    expect(runRule(annualCapRule, { form, cadre, history: recorded, standard })).toEqual([]);
    expect(severities(runRule(annualCapRule, { form: festival('300'), cadre, history: recorded, standard }))).toEqual(['block']);
  });

  it('counts every type when the cap names none', () => {
    const all = makeStandard({ annualCaps: [{ cap: 2500 }] }); // 500 + 300 + 1000 + 300 = 2100: 84%
    expect(severities(runRule(annualCapRule, { form: festival('300'), cadre, history, standard: all }))).toEqual(['warn']);
    expect(severities(runRule(annualCapRule, { form: festival('300'), cadre, history: history.slice(0, 1), standard: all }))).toEqual([]);
  });

  it('blocks exactly when the year total passes the cap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 8 }), fc.integer({ min: 0, max: 200_000 }), (earlier, nowFen) => {
        const past = earlier.map((fen, i) => makeVisit({ cadreId: cadre.id, date: `2026-0${(i % 8) + 1}-10`, goodsValue: fen / 100 }));
        const got = severities(runRule(annualCapRule, { form: festival(formatAmountField(nowFen)), cadre, history: past, standard }));
        const total = earlier.reduce((a, b) => a + b, 0) + nowFen;
        expect(got).toEqual(total > 200_000 ? ['block'] : total >= 160_000 ? ['warn'] : []);
      }),
      { numRuns: 200 },
    );
  });
});
