import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nominalAge, solarToLunar } from '../../../core/calendar';
import { ageToday, inAgeBand, lunarYearOf, milestoneAgeInYear, milestoneInYear } from '../../../core/ledger/ages';
import { dueBy, followUpStatus, isDue, nextDueByCadre } from '../../../core/ledger/follow-ups';

const RULES = { mode: '周岁' as const, milestones: [80, 90, 100] };

describe('milestoneInYear', () => {
  it('finds the 80th, 90th and 100th solar birthdays of a year', () => {
    expect(milestoneInYear('1946-03-01', false, 2026, RULES)).toEqual({ age: 80, date: '2026-03-01' });
    expect(milestoneInYear('1936-09-01', false, 2026, RULES)).toEqual({ age: 90, date: '2026-09-01' });
    expect(milestoneInYear('1926-12-31', false, 2026, RULES)).toEqual({ age: 100, date: '2026-12-31' });
    expect(milestoneInYear('1947-01-01', false, 2026, RULES)).toBeUndefined();
  });

  it('keeps 29 February on 28 February in common years', () => {
    expect(milestoneInYear('1944-02-29', false, 2024, { mode: '周岁', milestones: [80] })).toEqual({ age: 80, date: '2024-02-29' });
    expect(milestoneInYear('1936-02-29', false, 2026, RULES)).toEqual({ age: 90, date: '2026-02-28' });
  });

  it('counts a lunar birthday in lunar years: 腊月初八 1946 turns 80 in January 2027, not in 2026', () => {
    expect(milestoneInYear('1946-12-30', true, 2026, RULES)).toBeUndefined();
    expect(milestoneInYear('1946-12-30', true, 2027, RULES)).toEqual({ age: 80, date: '2027-01-15' });
  });

  it('counts 虚岁 as the nominal age on the birthday', () => {
    // born 1947-05-10 (lunar year 1947): 虚岁 80 in 2026
    expect(milestoneInYear('1947-05-10', false, 2026, { mode: '虚岁', milestones: [80] })).toEqual({ age: 80, date: '2026-05-10' });
    expect(milestoneInYear('1947-05-10', false, 2026, RULES)).toBeUndefined();
  });
});

describe('ageToday and age bands', () => {
  it('counts 周岁 and 虚岁', () => {
    expect(ageToday('1946-06-16', '2026-06-15', '周岁')).toBe(79);
    expect(ageToday('1946-06-15', '2026-06-15', '周岁')).toBe(80);
    expect(ageToday('1946-06-16', '2026-06-15', '虚岁')).toBe(81);
  });

  it('includes both ends of a band, either end open', () => {
    expect(inAgeBand(80, { min: 80, max: 89 })).toBe(true);
    expect(inAgeBand(89, { min: 80, max: 89 })).toBe(true);
    expect(inAgeBand(90, { min: 80, max: 89 })).toBe(false);
    expect(inAgeBand(120, { min: 100 })).toBe(true);
    expect(inAgeBand(69, { max: 69 })).toBe(true);
  });
});

describe('follow-ups due', () => {
  const today = '2026-06-15';
  it('tells done, overdue, due today, due soon and open apart', () => {
    expect(followUpStatus({ dueDate: '2026-06-01', doneDate: '2026-06-02' }, today)).toBe('done');
    expect(followUpStatus({ dueDate: '2026-06-14' }, today)).toBe('overdue');
    expect(followUpStatus({ dueDate: today }, today)).toBe('due-today');
    expect(followUpStatus({ dueDate: '2026-06-22' }, today)).toBe('due-soon');
    expect(followUpStatus({ dueDate: '2026-06-23' }, today)).toBe('open');
    expect(followUpStatus({}, today)).toBe('open');
    expect(dueBy(today)).toBe('2026-06-22');
    expect(isDue({ dueDate: '2026-06-22' }, today)).toBe(true);
    expect(isDue({ dueDate: '2026-06-10', doneDate: '2026-06-11' }, today)).toBe(false);
  });

  it('keeps the earliest open due date per cadre', () => {
    const next = nextDueByCadre([
      { cadreId: 'a', dueDate: '2026-07-01' },
      { cadreId: 'a', dueDate: '2026-06-20' },
      { cadreId: 'a', dueDate: '2026-06-01', doneDate: '2026-06-02' },
      { cadreId: 'b' },
    ]);
    expect([...next]).toEqual([['a', '2026-06-20']]);
  });
});

describe('the fast paths agree with core/calendar', () => {
  const dates = fc
    .record({ y: fc.integer({ min: 1915, max: 1965 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  it('lunarYearOf is the lunar year of the day', () => {
    fc.assert(
      fc.property(dates, (date) => {
        expect(lunarYearOf(date)).toBe(solarToLunar(date).year);
      }),
      { numRuns: 300 },
    );
  });

  it('ageToday in 虚岁 is the nominal age', () => {
    fc.assert(
      fc.property(dates, (date) => {
        expect(ageToday(date, '2026-01-20', '虚岁')).toBe(nominalAge(date, '2026-01-20'));
      }),
      { numRuns: 200 },
    );
  });

  it('milestoneAgeInYear is the age of milestoneInYear, solar and lunar, 周岁 and 虚岁', () => {
    const rules = fc.record({ mode: fc.constantFrom('周岁' as const, '虚岁' as const), milestones: fc.constant([80, 81, 90, 91, 100, 101]) });
    fc.assert(
      fc.property(dates, fc.boolean(), fc.integer({ min: 1995, max: 2066 }), rules, (date, lunar, year, r) => {
        expect(milestoneAgeInYear(date, lunar, year, r)).toBe(milestoneInYear(date, lunar, year, r)?.age ?? 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('catches lunar anniversaries at the turn of the year', () => {
    // 腊月 births: the anniversary falls in January of the next solar year, or late December
    for (const date of ['1946-12-30', '1946-01-20', '1936-01-23', '1926-02-10', '1947-01-05']) {
      for (const year of [2025, 2026, 2027, 2036, 2046]) {
        expect(milestoneAgeInYear(date, true, year, RULES), `${date} ${year}`).toBe(milestoneInYear(date, true, year, RULES)?.age ?? 0);
      }
    }
  });
});
