import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarAnniversary, solarToLunar } from '../../../core/calendar';
import { dayNumber, fromDayNumber } from '../../../core/today/dates';
import { lunarBirthdayIn, lunarDateOf, lunarYearOf } from '../../../core/today/lunar-table';

/** The table lookups must give core/calendar's answers, for any day a ledger can hold. */
const isoDay = fc.integer({ min: dayNumber('1900-02-01'), max: dayNumber('2099-12-31') }).map(fromDayNumber);

describe('lunar table lookups', () => {
  it('converts a solar day to the lunar date core/calendar gives', () => {
    fc.assert(
      fc.property(isoDay, (d) => {
        expect(lunarDateOf(d)).toEqual(solarToLunar(d));
      }),
      { numRuns: 400 },
    );
  });

  it('places a lunar birthday in a lunar year as core/calendar does (leap months and day 30 included)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1901, max: 2098 }), (birth, year) => {
        expect(lunarBirthdayIn(lunarDateOf(birth), year)).toBe(lunarAnniversary(birth, year));
      }),
      { numRuns: 400 },
    );
  });

  it('knows the lunar year starts at 春节', () => {
    expect(lunarYearOf('2023-01-21')).toBe(2022);
    expect(lunarYearOf('2023-01-22')).toBe(2023);
    // leap-month birthdays: 闰二月 of 1947 (solar 1947-04-01)
    expect(lunarDateOf('1947-04-01')).toEqual({ year: 1947, month: 2, day: 10, leap: true });
  });
});
