import { festivalDate } from '../calendar/festivals';
import { lunarMonthDays } from '../calendar/lunar';
import type { IsoDate } from '../model/validators/dates';
import { dayNumber, fromDayNumber, yearOf } from './dates';

/**
 * Lunar birthdays for thousands of cadres at once. core/calendar converts one date at a time
 * (a few astronomy steps each, ~0.1 ms); the home screen needs the lunar date of every lunar
 * birthday, so it reads each lunar year's months once from core/calendar (春节 and the month
 * lengths) and then converts by table lookup. Same answers as `solarToLunar` and
 * `lunarAnniversary` (tests compare them).
 */

interface LunarYearTable {
  /** day numbers of the first day of each month, in order */
  starts: number[];
  months: number[];
  leaps: boolean[];
  lengths: number[];
}

const tables = new Map<number, LunarYearTable>();

function buildYear(year: number): LunarYearTable {
  const table: LunarYearTable = { starts: [], months: [], leaps: [], lengths: [] };
  let start = dayNumber(festivalDate('春节', year));
  const push = (month: number, leap: boolean, length: number) => {
    table.starts.push(start);
    table.months.push(month);
    table.leaps.push(leap);
    table.lengths.push(length);
    start += length;
  };
  let leapFound = false;
  for (let month = 1; month <= 12; month++) {
    push(month, false, lunarMonthDays(year, month));
    if (leapFound) continue;
    const leapLength = lunarMonthDays(year, month, true);
    if (leapLength > 0) {
      push(month, true, leapLength);
      leapFound = true;
    }
  }
  return table;
}

function yearTable(year: number): LunarYearTable {
  let table = tables.get(year);
  if (!table) {
    table = buildYear(year);
    tables.set(year, table);
  }
  return table;
}

/** 春节 of each solar year, by year (asked once per cadre: no string keys). */
const springFestivals: IsoDate[] = [];

/** The lunar year a solar day belongs to (it starts at 春节). */
export function lunarYearOf(date: IsoDate): number {
  const y = yearOf(date);
  const spring = (springFestivals[y] ??= festivalDate('春节', y));
  return date < spring ? y - 1 : y;
}

export interface LunarBirth {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** The lunar date of a solar day, by table. */
export function lunarDateOf(date: IsoDate): LunarBirth {
  const year = lunarYearOf(date);
  const t = yearTable(year);
  const n = dayNumber(date);
  let i = t.starts.length - 1;
  while (i > 0 && t.starts[i]! > n) i--;
  return { year, month: t.months[i]!, day: n - t.starts[i]! + 1, leap: t.leaps[i]! };
}

/**
 * The solar day of a lunar birthday in lunar year `year`, by the custom of core/calendar's
 * `lunarAnniversary`: a leap-month birthday keeps the leap month in years that have it and the
 * ordinary month otherwise; day 30 becomes day 29 in a short month.
 */
export function lunarBirthdayIn(born: LunarBirth, year: number): IsoDate {
  return fromDayNumber(lunarBirthdayNumberIn(born, year));
}

/** The day number of `lunarBirthdayIn(born, year)`, without building the date. */
export function lunarBirthdayNumberIn(born: LunarBirth, year: number): number {
  const t = yearTable(year);
  let ordinary = -1;
  let leap = -1;
  for (let i = 0; i < t.months.length; i++) {
    if (t.months[i] !== born.month) continue;
    if (t.leaps[i]) leap = i;
    else ordinary = i;
  }
  const i = born.leap && leap >= 0 ? leap : ordinary;
  return t.starts[i]! + Math.min(born.day, t.lengths[i]!) - 1;
}
