import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarAnniversary, lunarToSolar, solarBirthdayInYear, solarToLunar } from '../../../core/calendar';
import { addDays, daysBetween } from '../../../core/model/validators/dates';
import { dayNumber, fromDayNumber } from '../../../core/today/dates';
import { cadre, ids, run, visit } from './helpers';

describe('milestone birthdays', () => {
  it('lists a birthday today at a milestone age, with the birthday visit ready to start', () => {
    const c = cadre({ birthDate: '1946-11-29' });
    const r = run({ cadres: [c] }, '2026-11-29');
    expect(r.birthdays).toHaveLength(1);
    expect(r.birthdays[0]).toMatchObject({ date: '2026-11-29', daysUntil: 0, milestone: 80, ageMode: '周岁', lunar: false, funded: true });
    expect(r.birthdays[0]!.visit).toMatchObject({ visitType: '生日寿辰', tier: '80' });
    expect(r.counts).toMatchObject({ birthdays: 1, birthdaysPending: 1 });
  });

  it('looks 30 days ahead: day 30 is in, day 31 is out, yesterday is gone', () => {
    const in30 = cadre({ birthDate: '1941-12-29' });
    const in31 = cadre({ birthDate: '1941-12-30' });
    const yesterday = cadre({ birthDate: '1936-11-28' });
    const r = run({ cadres: [in30, in31, yesterday] }, '2026-11-29');
    expect(ids(r.birthdays)).toEqual([in30.id]);
    expect(r.birthdays[0]).toMatchObject({ daysUntil: 30, milestone: 85 });
  });

  it('skips ages that are not milestones and cadres who have died', () => {
    const notMilestone = cadre({ birthDate: '1945-12-01' });
    const died = cadre({ birthDate: '1946-12-01', alive: false, deathDate: '2026-03-01' });
    expect(run({ cadres: [notMilestone, died] }, '2026-11-29').birthdays).toEqual([]);
  });

  it('keeps 29 February on 28 February in common years and on 29 February in leap years', () => {
    const leapBorn = cadre({ birthDate: '1944-02-29' });
    const common = run({ cadres: [leapBorn] }, '2029-02-01');
    expect(common.birthdays[0]).toMatchObject({ date: '2029-02-28', milestone: 85 });
    const leapBorn80 = cadre({ birthDate: '1948-02-29' });
    const leap = run({ cadres: [leapBorn80] }, '2028-02-15');
    expect(leap.birthdays[0]).toMatchObject({ date: '2028-02-29', daysUntil: 14, milestone: 80 });
    // the day after 28 February of a common year: that birthday has passed
    expect(run({ cadres: [leapBorn] }, '2029-03-01').birthdays).toEqual([]);
  });

  it('finds a lunar birthday born in a leap month in a year that has the same leap month (闰六月)', () => {
    // 1930-08-04 is 闰六月初十 of 1930; 2025 has a 闰六月 too, whose 初十 is 2025-08-03
    expect(lunarToSolar({ year: 1930, month: 6, day: 10, leap: true })).toBe('1930-08-04');
    const c = cadre({ birthDate: '1930-08-04', lunarBirthday: true });
    const r = run({ cadres: [c] }, '2025-07-20');
    expect(r.birthdays[0]).toMatchObject({ date: '2025-08-03', lunar: true, milestone: 95, daysUntil: 14 });
  });

  it('keeps a leap-month lunar birthday in the ordinary month when the year has no such leap month', () => {
    // 1947-04-01 is 闰二月初十 of 1947; 2027 has no 闰二月, so the birthday is 二月初十 = 2027-03-17
    expect(lunarToSolar({ year: 1947, month: 2, day: 10, leap: true })).toBe('1947-04-01');
    const c = cadre({ birthDate: '1947-04-01', lunarBirthday: true });
    const r = run({ cadres: [c] }, '2027-03-10');
    expect(r.birthdays[0]).toMatchObject({ date: '2027-03-17', lunar: true, milestone: 80 });
    // read by the solar calendar, the same cadre's birthday would be 1 April
    const solar = run({ cadres: [{ ...c, lunarBirthday: false }] }, '2027-03-10');
    expect(solar.birthdays[0]).toMatchObject({ date: '2027-04-01', lunar: false });
  });

  it('finds a lunar birthday in early January of the next solar year (腊月)', () => {
    // born 腊月 of lunar 1946 (January 1947): in lunar 2026 the birthday falls in January 2027
    const born = lunarToSolar({ year: 1946, month: 12, day: 5, leap: false });
    const day = lunarToSolar({ year: 2026, month: 12, day: 5, leap: false });
    expect(day.startsWith('2027-01')).toBe(true);
    const c = cadre({ birthDate: born, lunarBirthday: true });
    const r = run({ cadres: [c] }, '2026-12-20');
    expect(r.birthdays[0]).toMatchObject({ date: day, lunar: true, milestone: 80 });
  });

  it('counts 虚岁 when the policy says so: the 80 of 虚岁 is the 79th birthday', () => {
    const c = cadre({ birthDate: '1947-06-10' });
    expect(run({ cadres: [c] }, '2026-06-01').birthdays).toEqual([]);
    const r = run({ cadres: [c], policy: { birthdays: { ageMode: '虚岁' } } }, '2026-06-01');
    expect(r.birthdays[0]).toMatchObject({ date: '2026-06-10', milestone: 80, ageMode: '虚岁' });
  });

  it('takes the ages from the policy, and marks those the standard funds', () => {
    const c85 = cadre({ birthDate: '1941-12-10' });
    const c90 = cadre({ birthDate: '1936-12-11' });
    const r = run({ cadres: [c85, c90] }, '2026-11-29');
    expect(r.birthdays.map((b) => [b.milestone, b.funded])).toEqual([
      [85, false],
      [90, true],
    ]);
    expect(run({ cadres: [c85, c90], policy: { birthdays: { ages: [90] } } }, '2026-11-29').birthdays.map((b) => b.milestone)).toEqual([90]);
  });

  it('marks a birthday visited when a 生日寿辰 visit is recorded ahead of it', () => {
    const c = cadre({ birthDate: '1946-12-05' });
    const visits = [visit(c.id, '2026-11-25', { visitType: '生日寿辰', tier: '80' })];
    const r = run({ cadres: [c], visits }, '2026-11-29');
    expect(r.birthdays[0]!.visitedOn).toBe('2026-11-25');
    expect(r.counts).toMatchObject({ birthdays: 1, birthdaysPending: 0 });
    // a visit recorded for a later day has not happened yet
    const later = run({ cadres: [c], visits: [visit(c.id, '2026-12-01', { visitType: '生日寿辰' })] }, '2026-11-29');
    expect(later.birthdays[0]!.visitedOn).toBeUndefined();
  });
});

/** The birthday the list should show, found day by day with core/calendar (slow, obviously right). */
function expectedBirthday(birthDate: string, lunar: boolean, today: string, ages: number[]): { date: string; age: number } | undefined {
  const bornLunarYear = solarToLunar(birthDate).year;
  const birthYear = Number(birthDate.slice(0, 4));
  for (let d = 0; d <= 30; d++) {
    const day = addDays(today, d);
    const year = Number(day.slice(0, 4));
    if (lunar) {
      const lunarYear = solarToLunar(day).year;
      if (lunarAnniversary(birthDate, lunarYear) === day && ages.includes(lunarYear - bornLunarYear)) return { date: day, age: lunarYear - bornLunarYear };
    } else if (solarBirthdayInYear(birthDate, year) === day && ages.includes(year - birthYear)) return { date: day, age: year - birthYear };
  }
  return undefined;
}

// a day-by-day search over lunar calendars is slow on a loaded machine: more time than the default 5 s
describe('milestone birthdays against a day-by-day search', { timeout: 30_000 }, () => {
  const day = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(fromDayNumber);
  it('finds the same birthday, solar or lunar, for any birth date and day', () => {
    fc.assert(
      fc.property(day('1920-01-01', '1950-12-31'), day('2020-01-01', '2040-12-31'), fc.boolean(), (birthDate, today, lunar) => {
        const ages = [80, 85, 90, 95, 100];
        const c = cadre({ birthDate, lunarBirthday: lunar });
        const item = run({ cadres: [c] }, today).birthdays[0];
        const expected = expectedBirthday(birthDate, lunar, today, ages);
        expect(item && { date: item.date, age: item.milestone }).toEqual(expected);
        if (item) expect(item.daysUntil).toBe(daysBetween(today, item.date));
      }),
      { numRuns: 300 },
    );
  });

  it('finds every milestone when every age counts (so most cadres have one in a year)', () => {
    const everyAge = Array.from({ length: 130 }, (_, i) => i + 1);
    fc.assert(
      fc.property(day('1920-01-01', '1950-12-31'), day('2020-01-01', '2040-12-31'), fc.boolean(), (birthDate, today, lunar) => {
        const c = cadre({ birthDate, lunarBirthday: lunar });
        const item = run({ cadres: [c], policy: { birthdays: { ages: everyAge } } }, today).birthdays[0];
        expect(item && { date: item.date, age: item.milestone }).toEqual(expectedBirthday(birthDate, lunar, today, everyAge));
      }),
      { numRuns: 200 },
    );
  });
});
