import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duplicateRule } from '../../../../core/rules/rules/duplicate';
import { addDays } from '../../../../core/model/validators/dates';
import { makeCadre, makeStandard, makeVisit, runRule, severities } from '../helpers';

const standard = makeStandard({ duplicateWindowDays: 30, duplicateRef: '第十七条' });
const cadre = makeCadre();
const hospital = (date: string, extra: Record<string, string> = {}) => ({ 'visit.type': '住院看望', 'visit.date': date, ...extra });

describe('duplicate', () => {
  it('passes a same-type visit 40 days earlier', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-02-01' })];
    expect(runRule(duplicateRule, { form: hospital('2026-03-13'), cadre, history, standard })).toEqual([]);
  });

  it('passes visits of another type, or for another festival, close by', () => {
    const history = [
      makeVisit({ cadreId: cadre.id, visitType: '节日慰问', festival: '元旦', date: '2027-12-28' }),
      makeVisit({ cadreId: cadre.id, visitType: '生日寿辰', date: '2028-01-10' }),
    ];
    const form = { 'visit.type': '节日慰问', 'visit.festival': '春节', 'visit.date': '2028-01-15' };
    expect(runRule(duplicateRule, { form, cadre, history, standard })).toEqual([]);
  });

  it('warns a same-type visit ten days earlier, naming it', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-03-03', oaFormNumber: 'WH-0303' })];
    const findings = runRule(duplicateRule, { form: hospital('2026-03-13'), cadre, history, standard });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warn',
        message: '张建国在 2026-03-03 已有一次住院看望（相隔 10 天，单号 WH-0303），30 天内同类慰问疑似重复（第十七条）',
      }),
    ]);
  });

  it('warns across a year boundary but not for the recorded copy of the same form', () => {
    const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: '2026-12-25', oaFormNumber: 'WH-1225' })];
    expect(severities(runRule(duplicateRule, { form: hospital('2027-01-05'), cadre, history, standard }))).toEqual(['warn']);
    expect(runRule(duplicateRule, { form: hospital('2027-01-05', { 'visit.formNumber': 'WH-1225' }), cadre, history, standard })).toEqual([]);
  });

  it('warns exactly within the window (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (gap) => {
        const history = [makeVisit({ cadreId: cadre.id, visitType: '住院看望', date: addDays('2026-06-15', gap) })];
        expect(severities(runRule(duplicateRule, { form: hospital('2026-06-15'), cadre, history, standard }))).toEqual(Math.abs(gap) <= 30 ? ['warn'] : []);
      }),
    );
  });
});
