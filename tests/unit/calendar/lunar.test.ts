import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  lunarAnniversary,
  lunarBirthdaysInSolarYear,
  lunarMonthDays,
  lunarToSolar,
  solarToLunar,
} from '../../../core/calendar';
import { addDays } from '../../../core/model/validators/dates';
import { intlLunar, isKnownIcuDeviation } from './intl-oracle';

describe('solar ↔ lunar', () => {
  it('knows leap months', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: false })).toBe('2025-06-25');
  });

  it('January days before 春节 belong to the lunar year before', () => {
    expect(solarToLunar('2031-01-01')).toEqual({ year: 2030, month: 12, day: 8, leap: false });
  });

  it('refuses lunar days that do not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 30, leap: false })).toThrow(RangeError);
    expect(lunarMonthDays(2024, 2, true)).toBe(0);
    expect(lunarMonthDays(2024, 1)).toBe(29);
  });

  it('agrees with the ICU Chinese calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 150 }), (offset) => {
        const date = addDays('1930-01-01', offset);
        const lunar = solarToLunar(date);
        if (!isKnownIcuDeviation(date)) expect(lunar).toEqual(intlLunar(date));
        expect(lunarToSolar(lunar)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lunar birthdays', () => {
  it('keeps the lunar month and day year after year', () => {
    // born 1936-10-23 = 丙子年九月初九
    expect(solarToLunar('1936-10-23')).toEqual({ year: 1936, month: 9, day: 9, leap: false });
    expect(lunarAnniversary('1936-10-23', 2026)).toBe('2026-10-18');
    expect(lunarBirthdaysInSolarYear('1936-10-23', 2026)).toEqual(['2026-10-18']);
  });

  it('a leap-month birthday uses the leap month when the year has one, else the ordinary month', () => {
    // 2023-04-10 = 癸卯年闰二月二十; 2025 has no 闰二月 (it has 闰六月)
    const birth = '2023-04-10';
    expect(lunarAnniversary(birth, 2025)).toBe(lunarToSolar({ year: 2025, month: 2, day: 20, leap: false }));
    expect(lunarAnniversary(birth, 2023)).toBe(birth);
  });

  it('day 30 becomes day 29 in a short month', () => {
    const longYear = [1950, 1951, 1952, 1953, 1954].find((y) => lunarMonthDays(y, 12) === 30)!;
    const shortYear = [2024, 2025, 2026, 2027, 2028].find((y) => lunarMonthDays(y, 12) === 29)!;
    const birth = lunarToSolar({ year: longYear, month: 12, day: 30, leap: false });
    expect(solarToLunar(lunarAnniversary(birth, shortYear))).toEqual({ year: shortYear, month: 12, day: 29, leap: false });
    const otherLong = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032].find((y) => lunarMonthDays(y, 12) === 30)!;
    expect(solarToLunar(lunarAnniversary(birth, otherLong))).toEqual({ year: otherLong, month: 12, day: 30, leap: false });
  });

  it('a 冬月 birthday falls zero, one or two times in a solar year, always on its lunar day', () => {
    const birth = lunarToSolar({ year: 1940, month: 11, day: 25, leap: false });
    const years = Array.from({ length: 40 }, (_, i) => 2000 + i);
    const counts = years.map((y) => lunarBirthdaysInSolarYear(birth, y).length);
    expect(counts.every((n) => n <= 2)).toBe(true);
    // a lunar year is ~354 days: an early-January occurrence and a late-December one can share a
    // solar year, and a late-December one followed by an early-January one skips a year
    expect(counts).toContain(2);
    expect(counts).toContain(0);
    const anniversaries = Array.from({ length: 42 }, (_, i) => lunarAnniversary(birth, 1999 + i)).filter(
      (d) => d >= '2000-01-01' && d <= '2039-12-31',
    );
    expect(years.flatMap((y) => lunarBirthdaysInSolarYear(birth, y))).toEqual(anniversaries);
    for (const d of years.flatMap((y) => lunarBirthdaysInSolarYear(birth, y))) expect(solarToLunar(d)).toMatchObject({ month: 11, day: 25 });
  });
});
