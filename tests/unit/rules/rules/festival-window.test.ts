import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { festivalDate } from '../../../../core/calendar/festivals';
import { festivalWindowRule } from '../../../../core/rules/rules/festival-window';
import { FESTIVALS } from '../../../../core/model/vocab';
import { addDays } from '../../../../core/model/validators/dates';
import { makeStandard, runRule, severities } from '../helpers';

const standard = makeStandard({
  festivalWindows: [
    { festival: '春节', before: 22, after: 14, ref: '第六条' },
    { festival: '重阳', before: 7, after: 7, ref: '第六条' },
  ],
});
const visit = (festival: string, date: string) => ({ 'visit.type': '节日慰问', 'visit.festival': festival, 'visit.date': date });

describe('festival-window', () => {
  it('passes a 春节 visit two weeks before 春节 2026 (02-17)', () => {
    expect(runRule(festivalWindowRule, { form: visit('春节', '2026-02-01'), standard })).toEqual([]);
  });

  it('passes a 重阳 visit on 重阳 2027 (10-08)', () => {
    expect(runRule(festivalWindowRule, { form: visit('重阳', '2027-10-08'), standard })).toEqual([]);
  });

  it('warns a 春节 visit after the window, naming the festival day and the window', () => {
    const findings = runRule(festivalWindowRule, { form: visit('春节', '2026-03-10'), standard });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', ref: '第六条', fields: ['visit.date', 'visit.festival'] })]);
    expect(findings[0]!.message).toBe(
      '春节慰问日期 2026-03-10 不在节前 22 天至节后 14 天内（2026 年春节为 2026-02-17，可慰问 2026-01-26 至 2026-03-03）（第六条）',
    );
  });

  it('warns a 重阳 visit dated by last year’s lunar date', () => {
    // 重阳 2026 was 10-18; in 2027 it is 10-08, so 10-20 is out
    expect(runRule(festivalWindowRule, { form: visit('重阳', '2026-10-20'), standard })).toEqual([]);
    expect(severities(runRule(festivalWindowRule, { form: visit('重阳', '2027-10-20'), standard }))).toEqual(['warn']);
  });

  it('follows the lunar calendar: 01-10 is in the 春节 window of 2025, not of 2026', () => {
    expect(runRule(festivalWindowRule, { form: visit('春节', '2025-01-10'), standard })).toEqual([]);
    expect(severities(runRule(festivalWindowRule, { form: visit('春节', '2026-01-10'), standard }))).toEqual(['warn']);
  });

  it('passes inside and warns outside every window, 2024-2030 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FESTIVALS),
        fc.integer({ min: 2024, max: 2030 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: -60, max: 60 }),
        (festival, year, before, after, offset) => {
          const s = makeStandard({ festivalWindows: [{ festival, before, after }] });
          const date = addDays(festivalDate(festival, year), offset);
          const inside = offset >= -before && offset <= after;
          expect(severities(runRule(festivalWindowRule, { form: visit(festival, date), standard: s }))).toEqual(inside ? [] : ['warn']);
        },
      ),
      { numRuns: 300 },
    );
  });
});
