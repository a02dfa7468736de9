import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, addDays } from '../../../core/model/validators/dates';
import { addMonths, nextReminderAt, policyFromSettings, todayPolicy } from '../../../core/today';
import { dayNumber, fromDayNumber, fullYearsOn } from '../../../core/today/dates';

describe('the policy', () => {
  it('has defaults for every list', () => {
    const p = todayPolicy.parse({});
    expect(p.birthdays).toEqual({ daysAhead: 30, ages: [80, 85, 90, 95, 100] });
    expect(p.campaigns.festivals.map((f) => f.festival)).toEqual(['春节', '中秋', '重阳']);
    expect(p.hospital.dischargedWithinDays).toBe(7);
    expect(p.contact.rules.map((r) => [r.label, r.months])).toEqual([
      ['独居', 1],
      ['生活不能自理', 1],
      ['80岁以上', 3],
    ]);
  });

  it('takes the contact interval from the office settings unless the policy names one', () => {
    expect(policyFromSettings({ contactIntervalMonths: 6 }).contact.defaultMonths).toBe(6);
    expect(policyFromSettings({ contactIntervalMonths: 6 }, { contact: { defaultMonths: 2 } }).contact.defaultMonths).toBe(2);
  });

  it('refuses a policy that makes no sense', () => {
    expect(todayPolicy.safeParse({ contact: { rules: [{ label: '', months: 1, when: {} }] } }).success).toBe(false);
    expect(todayPolicy.safeParse({ birthdays: { daysAhead: -1 } }).success).toBe(false);
    expect(todayPolicy.safeParse({ campaigns: { festivals: [{ festival: '圣诞' }] } }).success).toBe(false);
    expect(todayPolicy.safeParse({ extra: true }).success).toBe(false);
  });
});

describe('the daily reminder time (Asia/Shanghai, whatever the machine zone)', () => {
  // vitest runs in America/Los_Angeles: these instants are written in UTC
  it('fires later today when the time is still ahead in Shanghai, else tomorrow', () => {
    const now = Date.parse('2026-11-29T00:30:00Z'); // 08:30 in Shanghai
    expect(new Date(nextReminderAt('09:00', now)).toISOString()).toBe('2026-11-29T01:00:00.000Z');
    expect(new Date(nextReminderAt('08:30', now)).toISOString()).toBe('2026-11-30T00:30:00.000Z');
    expect(new Date(nextReminderAt('08:00', now)).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('counts the office day, not the UTC day: 23:30 UTC is the next morning in Shanghai', () => {
    const now = Date.parse('2026-11-28T23:30:00Z'); // 07:30 on 29 November in Shanghai
    expect(new Date(nextReminderAt('09:00', now)).toISOString()).toBe('2026-11-29T01:00:00.000Z');
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => nextReminderAt('9 点', Date.now())).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths('2026-11-29', -3)).toBe('2026-08-29');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
  });

  const isoDay = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }).map(fromDayNumber);

  it('counts whole years as core/model does', () => {
    fc.assert(fc.property(isoDay, isoDay, (a, b) => fullYearsOn(a, b) === ageOn(a, b)));
  });

  it('numbers days as core/model counts them', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -4000, max: 4000 }), (d, n) => fromDayNumber(dayNumber(d) + n) === addDays(d, n)));
  });
});
