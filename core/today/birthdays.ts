import type { AgeMode } from '../calendar/age';
import { addDays, daysInMonth, toIsoDate, type IsoDate } from '../model/validators/dates';
import { dayKey, dayNumber, daysFromTo, fromDayNumber, monthDayOf, yearOf } from './dates';
import type { StandardRules } from '../model/standard';
import type { Subject } from './cadre-ref';
import { since } from './history';
import { lunarBirthdayNumberIn, lunarDateOf, lunarYearOf } from './lunar-table';
import type { TodayPolicy } from './policy';
import type { TemplatePicker } from './templates';
import type { BirthdayItem, TodayCadre } from './types';

/**
 * 寿辰: living cadres whose birthday falls from today to `daysAhead` days ahead at one of the
 * milestone ages. A lunar birthday (农历生日) is converted to its solar day that year. The age
 * celebrated: 周岁 = the birthday's year − the birth year, in solar years for a solar birthday
 * and in lunar years for a lunar one (born 腊月 1946, the 80th birthday is 腊月 2026, which may
 * fall in January 2027); 虚岁 = lunar year of the birthday − lunar year of birth + 1.
 */

export interface BirthdayContext {
  today: IsoDate;
  horizon: IsoDate;
  /** today and the horizon as day numbers and as `dayKey`s: a date is built only for a birthday in the window */
  todayNumber: number;
  horizonNumber: number;
  horizonKey: number;
  year: number;
  /** today's month and day as MMDD */
  monthDay: number;
  /** the lunar year today belongs to */
  lunarYear: number;
  ages: ReadonlySet<number>;
  ageMode: AgeMode;
  /** ages the standard in force funds a 生日寿辰 visit for */
  fundedAges: ReadonlySet<number>;
  /** a 生日寿辰 visit this many days before the birthday counts for it */
  visitLeadDays: number;
  templates: TemplatePicker;
}

/** The birthday settings for a day: the policy's ages, and the age mode of the policy or the standard. */
export function birthdayContext(policy: TodayPolicy, standard: StandardRules | undefined, today: IsoDate, templates: TemplatePicker): BirthdayContext {
  const horizon = addDays(today, policy.birthdays.daysAhead);
  return {
    today,
    horizon,
    todayNumber: dayNumber(today),
    horizonNumber: dayNumber(horizon),
    horizonKey: dayKey(horizon),
    year: yearOf(today),
    monthDay: monthDayOf(today),
    lunarYear: lunarYearOf(today),
    ages: new Set(policy.birthdays.ages),
    ageMode: policy.birthdays.ageMode ?? standard?.ageMode ?? '周岁',
    fundedAges: new Set(standard?.milestones ?? []),
    visitLeadDays: standard?.birthdayWindow?.before ?? 30,
    templates,
  };
}

interface Occurrence {
  date: IsoDate;
  age: number;
}

function solarAge(birthDate: IsoDate, birthYear: number, occurrence: IsoDate, mode: AgeMode): number {
  return mode === '虚岁' ? lunarYearOf(occurrence) - lunarYearOf(birthDate) + 1 : yearOf(occurrence) - birthYear;
}

/**
 * The solar birthday in the window, if any (29 February is kept on 28 February in common
 * years). In 周岁 the age is known from the year alone, so a non-milestone is dropped before
 * any date is built.
 */
function solarOccurrence(birthDate: IsoDate, birthYear: number, ctx: BirthdayContext): Occurrence | undefined {
  // the next birthday from today: this year's, unless it has passed (compared as MMDD numbers)
  const born = monthDayOf(birthDate);
  let year = ctx.year;
  if (keptOn(born, year) < ctx.monthDay) year++;
  if (ctx.ageMode === '周岁' && !ctx.ages.has(year - birthYear)) return undefined;
  // the day as core/calendar's solarBirthdayInYear makes it, as a number first
  const month = Math.floor(born / 100);
  const day = Math.min(born % 100, daysInMonth(year, month));
  if (year * 10_000 + month * 100 + day > ctx.horizonKey) return undefined;
  const date = toIsoDate(year, month, day);
  return { date, age: solarAge(birthDate, birthYear, date, ctx.ageMode) };
}

/** The MMDD a solar birthday is kept on in a year: 29 February on 28 February in common years. */
function keptOn(born: number, year: number): number {
  return born === 229 && daysInMonth(year, 2) === 28 ? 228 : born;
}

/**
 * Could a birthday within a year from today be a milestone? Spares the lunar lookups for most
 * cadres. Solar 周岁: the birthday falls in this solar year or the next; otherwise the age counts
 * lunar years, and the birthday falls in the lunar year before today's, today's or the next.
 */
function mayBeMilestone(birthDate: IsoDate, birthYear: number, lunar: boolean, ctx: BirthdayContext): boolean {
  if (ctx.ageMode === '周岁' && !lunar) return ctx.ages.has(ctx.year - birthYear) || ctx.ages.has(ctx.year + 1 - birthYear);
  const first = ctx.lunarYear - 1 - lunarYearOf(birthDate) + (ctx.ageMode === '虚岁' ? 1 : 0);
  return ctx.ages.has(first) || ctx.ages.has(first + 1) || ctx.ages.has(first + 2);
}

/** The lunar birthday in the window, if any: lunar years from the one before today's to the next. */
function lunarOccurrence(birthDate: IsoDate, ctx: BirthdayContext): Occurrence | undefined {
  const born = lunarDateOf(birthDate);
  for (let year = ctx.lunarYear - 1; year <= ctx.lunarYear + 1; year++) {
    const day = lunarBirthdayNumberIn(born, year);
    if (day >= ctx.todayNumber && day <= ctx.horizonNumber) return { date: fromDayNumber(day), age: year - born.year + (ctx.ageMode === '虚岁' ? 1 : 0) };
  }
  return undefined;
}

/** The cadre's milestone birthday in the window, or undefined. */
export function milestoneBirthday(s: Subject, ctx: BirthdayContext): BirthdayItem<TodayCadre> | undefined {
  const { c, h } = s;
  const birthDate = c.birthDate;
  if (!birthDate) return undefined;
  const birthYear = yearOf(birthDate);
  const lunar = c.lunarBirthday === true;
  if (!mayBeMilestone(birthDate, birthYear, lunar, ctx)) return undefined;
  const occ = lunar ? lunarOccurrence(birthDate, ctx) : solarOccurrence(birthDate, birthYear, ctx);
  if (!occ || !ctx.ages.has(occ.age)) return undefined;
  const tier = String(occ.age);
  return {
    cadre: s.c,
    date: occ.date,
    daysUntil: daysFromTo(ctx.today, occ.date),
    lunar,
    milestone: occ.age,
    ageMode: ctx.ageMode,
    funded: ctx.fundedAges.has(occ.age),
    visitedOn: since(h.lastBirthdayVisit, addDays(occ.date, -ctx.visitLeadDays)) ? h.lastBirthdayVisit : undefined,
    visit: ctx.templates.visit('生日寿辰', undefined, tier),
  };
}

/** Soonest first, then by name. */
export function compareBirthdays(a: BirthdayItem<TodayCadre>, b: BirthdayItem<TodayCadre>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.cadre.name < b.cadre.name ? -1 : a.cadre.name > b.cadre.name ? 1 : 0;
}
