import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageInMode, birthdayAge, nearestBirthday, nominalAge, solarBirthdayInYear } from '../../../core/calendar';
import { addDays, ageOn } from '../../../core/model/validators/dates';

describe('周岁 and 虚岁', () => {
  it('周岁 counts whole years', () => {
    expect(ageInMode('1936-10-24', '2026-10-23', '周岁')).toBe(89);
    expect(ageInMode('1936-10-24', '2026-10-24', '周岁')).toBe(90);
  });

  it('虚岁 is 1 at birth and grows at 春节', () => {
    expect(nominalAge('2024-02-10', '2024-02-10')).toBe(1);
    // born after 春节 2024 (2024-02-10): 虚岁 2 from 春节 2025 (2025-01-29)
    expect(nominalAge('2024-03-01', '2025-01-28')).toBe(1);
    expect(nominalAge('2024-03-01', '2025-01-29')).toBe(2);
    // born in January 1936 before 春节 (1936-01-24): lunar 1935, so 虚岁 2 a few days later
    expect(nominalAge('1936-01-20', '1936-01-23')).toBe(1);
    expect(nominalAge('1936-01-20', '1936-02-01')).toBe(2);
    expect(ageInMode('1936-01-20', '2026-03-01', '虚岁')).toBe(92);
  });

  it('虚岁 is 周岁 + 1 to + 3 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 60 }), fc.integer({ min: 0, max: 365 * 60 }), (b, span) => {
        const birth = addDays('1925-01-01', b);
        const on = addDays(birth, span);
        const diff = nominalAge(birth, on) - ageOn(birth, on);
        // +3 only between a 春节 and the solar birthday, for someone born just before a 春节
        expect(diff >= 1 && diff <= 3).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('虚岁 can exceed 周岁 by 3', () => {
    // born 2000-02-01, before 春节 2000 (02-05): lunar 1999; on 2001-01-25, after 春节 2001 (01-24)
    expect(nominalAge('2000-02-01', '2001-01-25')).toBe(3);
    expect(ageOn('2000-02-01', '2001-01-25')).toBe(0);
  });

  it('a birthday visit celebrates the age of the birthday year', () => {
    expect(birthdayAge('1936-10-24', '2026-10-10', '周岁')).toBe(90);
    expect(birthdayAge('1936-10-24', '2026-10-10', '虚岁')).toBe(91);
    expect(birthdayAge('1936-10-24', '2026-01-10', '虚岁')).toBe(90);
  });
});

describe('birthdays', () => {
  it('29 February becomes 28 February in common years', () => {
    expect(solarBirthdayInYear('1936-02-29', 2026)).toBe('2026-02-28');
    expect(solarBirthdayInYear('1936-02-29', 2028)).toBe('2028-02-29');
  });

  it('the nearest birthday may be last year’s or next year’s', () => {
    expect(nearestBirthday('1936-12-30', '2027-01-03')).toBe('2026-12-30');
    expect(nearestBirthday('1936-01-02', '2026-12-30')).toBe('2027-01-02');
  });

  it('a lunar birthday moves with the lunar calendar', () => {
    // 1936-10-23 = 九月初九 → 2026-10-18 (重阳)
    expect(nearestBirthday('1936-10-23', '2026-10-20', true)).toBe('2026-10-18');
    expect(nearestBirthday('1936-10-23', '2026-10-20', false)).toBe('2026-10-23');
    expect(nearestBirthday('1936-10-23', '2027-01-05', true)).toBe('2026-10-18');
  });
});
