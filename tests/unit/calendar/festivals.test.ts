import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { festivalDate, festivalWindowFor, nearestFestivalDate } from '../../../core/calendar';
import { FESTIVALS } from '../../../core/model/vocab';
import { addDays, daysBetween } from '../../../core/model/validators/dates';
import { intlLunar, isKnownIcuDeviation } from './intl-oracle';

// Published dates (state council holiday notices and almanacs), 2024-2030.
const KNOWN = {
  春节: ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'],
  端午: ['2024-06-10', '2025-05-31', '2026-06-19', '2027-06-09', '2028-05-28', '2029-06-16', '2030-06-05'],
  中秋: ['2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12'],
  重阳: ['2024-10-11', '2025-10-29', '2026-10-18', '2027-10-08', '2028-10-26', '2029-10-16', '2030-10-05'],
  清明: ['2024-04-04', '2025-04-04', '2026-04-05', '2027-04-05', '2028-04-04', '2029-04-04', '2030-04-05'],
} as const;
const LUNAR_DAY = { 春节: [1, 1], 端午: [5, 5], 中秋: [8, 15], 重阳: [9, 9] } as const;

describe('festival days 2024-2030', () => {
  for (const [festival, dates] of Object.entries(KNOWN)) {
    it(`${festival} falls on the published days`, () => {
      dates.forEach((date, i) => expect(festivalDate(festival as keyof typeof KNOWN, 2024 + i)).toBe(date));
    });
  }

  for (const [festival, [month, day]] of Object.entries(LUNAR_DAY)) {
    it(`${festival} agrees with the ICU Chinese calendar`, () => {
      for (let year = 2024; year <= 2030; year++) {
        const date = festivalDate(festival as keyof typeof LUNAR_DAY, year);
        // 春节 2027 and 2030: the new moon is minutes from Beijing midnight and ICU's approximation
        // misses it; the published dates above (2027-02-06, 2030-02-03) side with tyme4ts.
        if (isKnownIcuDeviation(date)) continue;
        expect(intlLunar(date)).toEqual({ year, month, day, leap: false });
      }
    });
  }

  it('fixed festivals are fixed', () => {
    expect(festivalDate('元旦', 2027)).toBe('2027-01-01');
    expect(festivalDate('七一', 2027)).toBe('2027-07-01');
    expect(festivalDate('国庆', 2027)).toBe('2027-10-01');
  });

  it('refuses years out of range', () => {
    expect(() => festivalDate('春节', 1800)).toThrow(RangeError);
    expect(() => festivalDate('春节', 2024.5)).toThrow(RangeError);
  });
});

describe('festival occurrences around a date', () => {
  it('a January visit belongs to the coming 春节', () => {
    expect(nearestFestivalDate('春节', '2025-01-20')).toBe('2025-01-29');
    expect(nearestFestivalDate('元旦', '2025-12-28')).toBe('2026-01-01');
  });

  it('the window of 春节 seen from late December is the next year’s', () => {
    const w = festivalWindowFor('春节', '2030-12-20', 45, 15);
    expect(w.day).toBe('2031-01-23');
    expect(w.from <= '2030-12-20').toBe(true);
  });

  it('any date within a window belongs to that window (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FESTIVALS),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (festival, year, before, after, offset) => {
          const day = festivalDate(festival, year);
          const date = addDays(day, Math.min(offset, before + after) - before);
          const w = festivalWindowFor(festival, date, before, after);
          expect(w.day).toBe(day);
          expect(w.from <= date && date <= w.to).toBe(true);
        },
      ),
    );
  });

  it('a date outside every window is reported with the nearest occurrence (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FESTIVALS), fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 20, max: 100 }), (festival, year, gap) => {
        const day = festivalDate(festival, year);
        const date = addDays(day, gap);
        const w = festivalWindowFor(festival, date, 5, 5);
        expect(date < w.from || date > w.to).toBe(true);
        expect(Math.abs(daysBetween(date, w.day))).toBeLessThanOrEqual(Math.abs(daysBetween(date, day)));
      }),
    );
  });
});
