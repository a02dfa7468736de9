import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, toIsoDate } from '../../../core/model/validators/dates';
import { addMonths, dayKey, dayNumber, dayNumberMonthsLater, fromDayNumber, fullYearsOn, monthDayOf, yearOf } from '../../../core/today/dates';

/** The digit readers and the day arithmetic against the plain ways (split, Date.UTC), for any day a ledger can hold. */
const DAY_MS = 86_400_000;
const isoDay = fc.integer({ min: Date.UTC(1800, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS }).map((n) => {
  const t = new Date(n * DAY_MS);
  return toIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
});

describe('day arithmetic of the home screen', () => {
  it('reads year, month and day as dateParts does', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const { y, m, d } = dateParts(iso);
        expect([yearOf(iso), monthDayOf(iso), dayKey(iso)]).toEqual([y, m * 100 + d, y * 10_000 + m * 100 + d]);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers days as Date.UTC does, and back', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const { y, m, d } = dateParts(iso);
        expect(dayNumber(iso)).toBe(Date.UTC(y, m - 1, d) / DAY_MS);
        expect(fromDayNumber(dayNumber(iso))).toBe(iso);
      }),
      { numRuns: 500 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('numbers the day months later as addMonths gives it', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -30, max: 30 }), (iso, months) => {
        expect(dayNumberMonthsLater(iso, months)).toBe(dayNumber(addMonths(iso, months)));
      }),
      { numRuns: 500 },
    );
  });

  it('counts 周岁 as whole years', () => {
    expect(fullYearsOn('1946-11-29', '2026-11-29')).toBe(80);
    expect(fullYearsOn('1946-11-30', '2026-11-29')).toBe(79);
    expect(fullYearsOn('1948-02-29', '2026-02-28')).toBe(77);
    expect(fullYearsOn('1948-02-29', '2026-03-01')).toBe(78);
  });
});
